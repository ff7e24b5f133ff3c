package presskit.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import presskit.diagnostic.Diagnostic;
import presskit.kit.Kit;
import presskit.model.CampaignYear;
import presskit.model.Placeholder;
import presskit.source.LoadedCampaign;
import presskit.source.SourceMap;
import presskit.variant.FigurePhrase;

/**
 * The year's own texts follow two rules of Swedish press style (Svenska skrivregler, TT-språket): a
 * sentence does not open with digits, written ("53 procent av …") or from a figure that is said in
 * digits ("{andel} av lärarna …" where the value is 53 procent), and "kommer" takes "att" before
 * its verb ("kommer att bli"). Both are warnings at the text's line: the build still runs.
 */
final class SwedishStyleRule implements Rule {

    /** The texts that open sentences in a release, a sheet or a post. */
    private static final Pattern CHECKED =
            Pattern.compile(
                    "release\\.(lede|body\\[\\d+\\])"
                            + "|messages\\.(key|short)\\[\\d+\\](\\.(text|short))?"
                            + "|quotes\\[\\d+\\]\\.text|call_to_action|local\\.question");

    /** Texts checked for "kommer" only: a figure's claim goes inside a sentence. */
    private static final Pattern CLAIM = Pattern.compile("figures\\[\\d+\\]\\.claim");

    /** A sentence's start: the text's start, or after . ! ? and a space. */
    private static final Pattern SENTENCE = Pattern.compile("(?:^|[.!?]\\s+)(\\S)");

    /** "kommer bli", "kommer också fler vilja": an infinitive within two words, without "att". */
    private static final Pattern KOMMER_WITHOUT_ATT =
            Pattern.compile(
                    "\\bkommer\\s+(?:(?!att\\b)\\p{L}+\\s+){0,2}?"
                            + "(bli|vara|ha|få|göra|kunna|behöva|vilja|stanna|ge|ta|gå|fortsätta"
                            + "|öka|minska|krävas|finnas|leda|påverka|drabba)\\b",
                    Pattern.UNICODE_CHARACTER_CLASS);

    @Override
    public List<Diagnostic> check(LoadedCampaign campaign, Kit kit) {
        List<Diagnostic> found = new ArrayList<>();
        SourceMap sources = campaign.year();
        CampaignYear year = campaign.campaign().year();
        for (Map.Entry<String, String> e : sources.texts().entrySet()) {
            String field = e.getKey();
            String text = e.getValue();
            if (CHECKED.matcher(field).matches()) {
                digitOpening(year, text)
                        .ifPresent(start -> found.add(sources.warning(field, digitMessage(start))));
            }
            if (CHECKED.matcher(field).matches() || CLAIM.matcher(field).matches()) {
                Matcher m = KOMMER_WITHOUT_ATT.matcher(text);
                if (m.find()) {
                    found.add(
                            sources.warning(
                                    field,
                                    "'"
                                            + m.group()
                                            + "': Swedish press style writes \"kommer att\" before"
                                            + " the verb (\"kommer att bli\")"));
                }
            }
        }
        return found;
    }

    /**
     * The first sentence start of {@code text} that is digits, or a figure said in digits, as the
     * reader would see it ("53 procent av"); empty when every sentence opens with a word.
     */
    static Optional<String> digitOpening(CampaignYear year, String text) {
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            int at = m.start(1);
            String rest = text.substring(at);
            if (Character.isDigit(rest.charAt(0))) {
                return Optional.of(firstWords(rest));
            }
            Matcher p = Placeholder.IN_TEXT.matcher(rest);
            if (p.lookingAt()) {
                String id = p.group(1);
                var said = year.figure(id).map(f -> FigurePhrase.said(f, f.value()));
                if (said.isPresent()
                        && !said.get().isEmpty()
                        && Character.isDigit(said.get().charAt(0))) {
                    return Optional.of(
                            firstWords(said.get() + rest.substring(p.end())) + " ({" + id + "})");
                }
            }
        }
        return Optional.empty();
    }

    private static String digitMessage(String start) {
        return "a sentence opens with digits: '"
                + start
                + " …'; Swedish press style opens with a word: put the verb or the group first"
                + " (\"Av lärarna har 53 procent …\", \"Totalt svarade 1 214 lärare\") or write the"
                + " number in words";
    }

    private static String firstWords(String text) {
        String[] words = text.replace('\u00A0', ' ').strip().split("\\s+", 5);
        return String.join(" ", Arrays.asList(words).subList(0, Math.min(4, words.length)));
    }
}
