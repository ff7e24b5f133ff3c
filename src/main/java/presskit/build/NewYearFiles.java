package presskit.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.load.CampaignLoader;
import presskit.load.YamlOutline;
import presskit.model.CampaignYear;
import presskit.model.Figure;
import presskit.model.FillIn;
import presskit.source.LoadedCampaign;
import presskit.source.SourceFiles;
import presskit.write.WriteFailure;

/**
 * Starts next year's file from a year's ({@code presskit new-year}): what stays from year to year
 * is carried over as it was written (hashtags, links, contacts, the call to action, the {@code
 * local:} block) and the tracking campaign renamed for the year; the facts are left as forms to
 * fill in ({@link FillIn}), with none of the earlier year's values: title, survey, figures (each
 * keeping its id, unit and who), release text, messages, quotes, plan and embargo. An existing file
 * is never overwritten.
 */
public final class NewYearFiles {

    /** The fields taken over as the earlier year wrote them, in the order the new file has them. */
    private static final List<String> CARRIED =
            List.of("hashtags", "links", "contacts", "call_to_action", "local");

    private NewYearFiles() {}

    /** The file written, and the year it started from. */
    public record Written(Path file, int from) {}

    /**
     * Writes {@code messages/<year>.yaml} from {@code from}'s file, by default the newest year
     * before {@code year}.
     *
     * @throws DiagnosticException when the file exists, there is no year to start from, or the
     *     earlier year cannot be loaded
     * @throws WriteFailure when the file cannot be written
     */
    public static Written create(Path messages, int year, Optional<Integer> from) {
        if (year < 2000 || year > 2099) {
            throw new DiagnosticException(
                    Diagnostic.error(
                            "",
                            0,
                            0,
                            "YEAR",
                            year + " is no report year presskit takes; write one of 2000–2099"));
        }
        CampaignLoader loader = new CampaignLoader(messages);
        List<Integer> years = loader.years();
        Path file = messages.resolve(year + ".yaml");
        if (years.contains(year)) {
            throw exists(file, year);
        }
        int earlier = from.orElseGet(() -> before(messages, years, year));
        if (!years.contains(earlier)) {
            throw new DiagnosticException(
                    Diagnostic.error(
                            SourceFiles.display(messages.resolve(earlier + ".yaml")),
                            0,
                            0,
                            "--from",
                            "there is no year "
                                    + earlier
                                    + " to start from; the years there are: "
                                    + names(years)));
        }
        LoadedCampaign campaign = loader.load(Optional.of(earlier));
        Path source = messages.resolve(earlier + ".yaml");
        String text;
        try {
            text = Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WriteFailure(source, e);
        }
        String written = text(text, campaign, year, earlier);
        NewFile.write(file, written.getBytes(StandardCharsets.UTF_8), () -> exists(file, year));
        return new Written(file, earlier);
    }

    private static int before(Path messages, List<Integer> years, int year) {
        return years.stream()
                .filter(y -> y < year)
                .reduce((a, b) -> b)
                .orElseThrow(
                        () ->
                                new DiagnosticException(
                                        Diagnostic.error(
                                                SourceFiles.display(messages),
                                                0,
                                                0,
                                                "",
                                                "there is no year before "
                                                        + year
                                                        + " to start from; the years there are: "
                                                        + names(years)
                                                        + "; name one with --from")));
    }

    private static String names(List<Integer> years) {
        return years.isEmpty()
                ? "none (start a campaign with presskit init)"
                : years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    static String text(String earlierText, LoadedCampaign campaign, int year, int earlier) {
        CampaignYear y0 = campaign.campaign().year();
        String[] lines = earlierText.split("\n", -1);
        Map<String, YamlOutline.Field> fields =
                YamlOutline.of(earlierText).stream()
                        .collect(
                                Collectors.toMap(
                                        YamlOutline.Field::key, Function.identity(), (a, b) -> a));
        StringBuilder out = new StringBuilder();
        if (lines[0].startsWith("# yaml-language-server:")) {
            out.append(lines[0]).append('\n');
        }
        out.append(header(year, earlier));
        out.append("year: ").append(year).append("\n\n");
        report(out, campaign, year);
        survey(out, y0, year);
        figures(out, y0);
        release(out, y0);
        out.append(
                """
                messages:
                  key:
                    - "%s"
                  short:
                    - "%s"

                # Årets citat: kopiera blocket för fler. Pressmeddelandet tar bara med citat med
                # in_release: true, när personen har godkänt citatet för årets pressmeddelande.
                # This year's quotes: copy the block for more. The release carries only those with
                # in_release: true, once the speaker has approved the quote for this year's release.
                #  - id: citat-1
                #    speaker: Förnamn Efternamn
                #    role: ordförande
                #    text: Citatet.
                #    in_release: false
                quotes: []
                """
                        .formatted(
                                FillIn.of("ett nyckelbudskap (a key message)"),
                                FillIn.of("ett kort budskap (a short message)")));
        for (String key : CARRIED) {
            YamlOutline.Field field = fields.get(key);
            if (field != null) {
                out.append('\n');
                carried(out, lines, field, key.equals("links") ? earlier : 0);
            }
        }
        if (y0.tracked()) {
            out.append("\ntracking:\n  campaign: ")
                    .append(
                            YamlText.scalar(
                                    y0.trackingCampaign()
                                            .replace(
                                                    String.valueOf(earlier), String.valueOf(year))))
                    .append('\n');
        }
        if (!y0.plan().isEmpty()) {
            out.append(
                    """

                    # The publishing plan is cleared: write this year's, as in %d.yaml.
                    # Publiceringsplanen är tömd: skriv in årets, som i %d.yaml.
                    """
                            .formatted(earlier, earlier));
        }
        return out.toString();
    }

    private static String header(int year, int earlier) {
        return """
                #
                # Rapportåret %1$d, påbörjat med presskit new-year från %2$d.yaml. Hashtaggar, länkar,
                # kontakter, call_to_action, local och tracking är överförda; skriv in det riktiga värdet
                # i stället för varje "FYLL I: …" (presskit validate listar dem) och kontrollera länkarna
                # igen med presskit links.
                # The report year %1$d, started by presskit new-year from %2$d.yaml. Hashtags, links,
                # contacts, call_to_action, local and tracking are carried over; write the real value in
                # place of each "FYLL I: …" (presskit validate lists them) and check the links again with
                # presskit links.
                """
                .formatted(year, earlier);
    }

    private static void report(StringBuilder out, LoadedCampaign campaign, int year) {
        CampaignYear y0 = campaign.campaign().year();
        out.append("report:\n");
        out.append("  title: \"")
                .append(FillIn.of("rapportens titel (the report's title)"))
                .append("\"\n");
        out.append("  subtitle: \"")
                .append(
                        FillIn.of(
                                "rapportens undertitel (the report's subtitle; delete the line if"
                                        + " there is none)"))
                .append("\"\n");
        String publisher = y0.report().publisher();
        if (publisher != null && !publisher.equals(campaign.campaign().organisation().name())) {
            out.append("  publisher: ").append(YamlText.scalar(publisher)).append('\n');
        }
        out.append(
                """
                  # Publiceringsdagen och embargot, valfria: ta bort '#' och skriv in dem.
                  # The publication day and the embargo, optional: remove the '#' and write them in.
                  # published: %1$d-09-18
                  # embargo: %1$d-09-18T06:00:00+02:00

                """
                        .formatted(year));
    }

    private static void survey(StringBuilder out, CampaignYear y0, int year) {
        if (y0.survey() == null) {
            return;
        }
        out.append(
                """
                # Om undersökningen: skriv också in datumen (from, to), respondents och response_rate.
                # About the survey: write in the dates (from, to), respondents and response_rate too.
                survey:
                  method: "%2$s"
                  from: %1$d-01-01
                  to: %1$d-01-01
                  population: "%3$s"
                  respondents: 1
                  respondent_unit: "%4$s"
                  response_rate: 0

                """
                        .formatted(
                                year,
                                FillIn.of("hur frågorna ställdes (how it was asked)"),
                                FillIn.of("vilka som tillfrågades (who was asked)"),
                                FillIn.of(
                                        "vad en svarande är, i plural (what one respondent is,"
                                                + " plural)")));
    }

    private static void figures(StringBuilder out, CampaignYear y0) {
        out.append(
                """
                # Årets siffror: samma id, enhet och vem som förra året; skriv in värdet (value), vad de
                # säger eller gör (claim) och källan, och vid behov said och regions.
                # This year's figures: the same ids, units and who as last year; write in the value,
                # the claim and the source, and said and regions where needed.
                figures:
                """);
        for (Figure f : y0.figures()) {
            out.append("  - id: ").append(YamlText.scalar(f.id())).append('\n');
            out.append("    value: 0                  # FYLL I: värdet (the value)\n");
            out.append("    unit: ").append(YamlText.scalar(f.unit().word())).append('\n');
            if (f.who() != null) {
                out.append("    who: ").append(YamlText.scalar(f.who())).append('\n');
            }
            out.append("    claim: \"")
                    .append(FillIn.of("vad de säger eller gör (what they say or do)"))
                    .append("\"\n");
            out.append("    source: \"")
                    .append(FillIn.of("varifrån siffran kommer (where the figure comes from)"))
                    .append("\"\n");
        }
        out.append('\n');
    }

    private static void release(StringBuilder out, CampaignYear y0) {
        out.append("release:\n");
        out.append("  lede: \"").append(FillIn.of("ingressen (the lede)")).append("\"\n");
        out.append("  body:\n    - \"")
                .append(FillIn.of("ett stycke brödtext (a paragraph of the body)"))
                .append("\"\n");
        if (!y0.release().figureIds().isEmpty()) {
            out.append("  figures: [")
                    .append(String.join(", ", y0.release().figureIds()))
                    .append("]\n");
        }
        out.append('\n');
    }

    /**
     * The field as the earlier year wrote it; with {@code linksOf} a year, each item marked as
     * carried over from it (the whole field, where its items do not each start a line with '-').
     */
    private static void carried(
            StringBuilder out, String[] lines, YamlOutline.Field field, int linksOf) {
        int to = field.to();
        while (to > field.from() && lines[to - 1].isBlank()) {
            to--;
        }
        String mark =
                "# Carried over from " + linksOf + ".yaml: check it again with presskit links.\n";
        boolean eachItem =
                field.items().stream().allMatch(l -> lines[l].stripLeading().startsWith("-"));
        if (linksOf != 0 && !eachItem) {
            out.append(mark);
        }
        for (int i = field.from(); i < to; i++) {
            if (linksOf != 0 && eachItem && field.items().contains(i)) {
                out.append(lines[i], 0, lines[i].indexOf('-')).append(mark);
            }
            out.append(lines[i]).append('\n');
        }
    }

    private static DiagnosticException exists(Path file, int year) {
        return new DiagnosticException(
                Diagnostic.error(
                        SourceFiles.display(file),
                        0,
                        0,
                        "",
                        "the file of "
                                + year
                                + " exists already and is left as it is; edit it, or remove it"
                                + " first to start it again"));
    }
}
