package presskit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
                            List.of("+46 8 789 64 77", "+46 70-123 45 67"),
                            "asa@example.se"));

    private static final VCards CARDS =
            new VCards(CONTACTS, "Vision, fackförbundet", "https://vision.se/");

    @Test
    void cardsParseBackWithEveryField() {
        String vcf = CARDS.all();
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
                .containsEntry("TEL;TYPE=CELL", "+46 70 123 45 67")
                .containsEntry("TITLE", CONTACTS.get(1).role());
    }

    @Test
    void specialCharactersAreEscapedAndLongLinesFoldedWithoutSplittingALetter() {
        String vcf = CARDS.all();
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

    @Test
    void everyNumberIsInInternationalFormTypedMobileOrWork() {
        assertThat(VCards.international("076 130 89 97")).isEqualTo("+46 76 130 89 97");
        assertThat(VCards.international("08-789 63 42")).isEqualTo("+46 8 789 63 42");
        assertThat(VCards.international("+46 (0)70-123 45 67")).isEqualTo("+46 70 123 45 67");
        assertThat(VCards.international("0046 8 789 63 42")).isEqualTo("+46 8 789 63 42");
        assertThat(VCards.mobile("076 130 89 97")).isTrue();
        assertThat(VCards.mobile("+46 70-123 45 67")).isTrue();
        assertThat(VCards.mobile("+46 (0)73 123 45 67")).isTrue();
        assertThat(VCards.mobile("08 789 63 42")).isFalse();
        assertThat(VCards.mobile("+46 8 789 64 77")).isFalse();
    }

    @Test
    void eachCardHasAStableUidAndTheOrganisationsWebSite() {
        List<Map<String, String>> cards = parse(CARDS.all());
        List<Map<String, String>> again =
                parse(new VCards(CONTACTS, "Vision, fackförbundet", "https://vision.se/").all());
        assertThat(cards.get(0).get("UID"))
                .startsWith("urn:uuid:")
                .isEqualTo(again.get(0).get("UID"));
        assertThat(cards.get(1).get("UID")).isNotEqualTo(cards.get(0).get("UID"));
        // Another organisation's contact of the same name is another card.
        assertThat(parse(new VCards(CONTACTS, "Skolfacket", null).all()).get(0))
                .doesNotContainKey("URL")
                .doesNotContainEntry("UID", cards.get(0).get("UID"));
        assertThat(cards).allSatisfy(c -> assertThat(c).containsEntry("URL", "https://vision.se/"));
    }

    @Test
    void eachContactAlsoHasAFileOfItsOwn() {
        Map<String, byte[]> files = CARDS.files();
        assertThat(files)
                .containsOnlyKeys(
                        "contacts.vcf",
                        "contacts/caroline-cederquist.vcf",
                        "contacts/asa-oberg-arlig.vcf");
        assertThat(new String(files.get("contacts.vcf"), StandardCharsets.UTF_8))
                .isEqualTo(CARDS.all());
        List<Map<String, String>> one =
                parse(
                        new String(
                                files.get("contacts/asa-oberg-arlig.vcf"), StandardCharsets.UTF_8));
        assertThat(one).hasSize(1);
        assertThat(one.get(0)).containsEntry("FN", "Åsa Öberg-Ärlig");
        assertThat(CARDS.readable("Presskontakter"))
                .containsOnlyKeys(
                        "Presskontakter/Alla presskontakter.vcf",
                        "Presskontakter/Caroline Cederquist.vcf",
                        "Presskontakter/Åsa Öberg-Ärlig.vcf");
    }

    /**
     * python-vobject, the reader the review used, reads and validates every file, and sees the
     * types, the UID and the URL. Needs Debian's python3-vobject (.ci/run installs it).
     */
    @Test
    void pythonVobjectValidatesEveryFile(@TempDir Path tmp) throws Exception {
        List<String> args = new ArrayList<>(List.of("/usr/bin/python3", "-c", VOBJECT));
        for (Map.Entry<String, byte[]> f : CARDS.files().entrySet()) {
            Path file = tmp.resolve(f.getKey().replace('/', '_'));
            Files.write(file, f.getValue());
            args.add(file.toString());
        }
        Process python = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor()).as(out).isZero();
        assertThat(out)
                .contains(
                        "contacts.vcf 2\n",
                        "Caroline Cederquist|['CELL']|+46 76 130 89 97|https://vision.se/|urn:uuid:",
                        "Åsa Öberg-Ärlig|['CELL']|+46 70 123 45 67|")
                .contains("contacts_asa-oberg-arlig.vcf 1\n");
    }

    private static final String VOBJECT =
            String.join(
                    "\n",
                    "import sys, vobject",
                    "for name in sys.argv[1:]:",
                    "    cards = list(vobject.readComponents(open(name, encoding='utf-8').read(),"
                            + " validate=True))",
                    "    print(name.rsplit('/', 1)[-1], len(cards), end='\\n')",
                    "    for c in cards:",
                    "        for t in c.contents['tel']:",
                    "            print('|'.join([c.fn.value, str(t.params['TYPE']), t.value,"
                            + " c.url.value if 'url' in c.contents else '', c.uid.value]))");

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
