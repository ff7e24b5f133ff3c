package presskit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import presskit.model.Contact;

/**
 * contacts.vcf: one vCard 3.0 per contact that an address book reads back with every field intact.
 */
class VCardsTest {

    private static final List<Contact> CONTACTS =
            List.of(
                    new Contact(
                            "Caroline Cederquist",
                            "press- och opinionschef",
                            List.of("076 130 89 97", "08 789 63 42"),
                            "caroline.cederquist@vision.se"),
                    new Contact(
                            "Åsa Öberg-Ärlig",
                            "chef; press, opinion\\politik och en mycket lång titel som måste vikas på flera rader",
                            List.of("+46 8 789 64 77"),
                            "asa@example.se"));

    @Test
    void cardsParseBackWithEveryField() {
        String vcf = VCards.of(CONTACTS, "Vision, fackförbundet");
        List<Map<String, String>> cards = parse(vcf);
        assertThat(cards).hasSize(2);
        assertThat(cards.get(0))
                .containsEntry("VERSION", "3.0")
                .containsEntry("FN", "Caroline Cederquist")
                .containsEntry("N", "Cederquist;Caroline;;;")
                .containsEntry("ORG", "Vision, fackförbundet")
                .containsEntry("TITLE", "press- och opinionschef")
                .containsEntry("TEL;TYPE=CELL", "+46 76 130 89 97")
                .containsEntry("TEL;TYPE=WORK,VOICE", "+46 8 789 63 42")
                .containsEntry("EMAIL;TYPE=INTERNET,WORK", "caroline.cederquist@vision.se");
        assertThat(cards.get(1))
                .containsEntry("FN", "Åsa Öberg-Ärlig")
                .containsEntry("TEL;TYPE=WORK,VOICE", "+46 8 789 64 77")
                .containsEntry("TITLE", CONTACTS.get(1).role());
    }

    @Test
    void specialCharactersAreEscapedAndLongLinesFoldedWithoutSplittingALetter() {
        String vcf = VCards.of(CONTACTS, "Vision, fackförbundet");
        assertThat(vcf)
                .contains("ORG:Vision\\, fackförbundet")
                .contains("TITLE:chef\\; press\\, opinion\\\\politik");
        assertThat(vcf).doesNotContain("\n\n").endsWith("END:VCARD\r\n");
        for (String line : vcf.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                    .as(line)
                    .isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        assertThat(vcf.replace("\r\n", "")).doesNotContain("\n");
    }

    /** A small reader: unfold, split each line at the first unescaped ':', unescape the value. */
    private static List<Map<String, String>> parse(String vcf) {
        List<Map<String, String>> cards = new ArrayList<>();
        Map<String, String> card = null;
        for (String line : vcf.replace("\r\n ", "").split("\r\n")) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1);
            if (line.equals("BEGIN:VCARD")) {
                card = new LinkedHashMap<>();
            } else if (line.equals("END:VCARD")) {
                cards.add(card);
            } else {
                card.put(name, name.equals("N") ? value : unescape(value));
            }
        }
        return cards;
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
