package presskit.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import presskit.channel.Channel;
import presskit.model.Contact;
import presskit.render.SwedishFormat;

/**
 * The {@code LÄSMIG.txt} at the top of each zip: in Swedish, what is in the zip, for whom, and how
 * to use it. Plain text with CRLF line ends, so Notepad on an older Windows shows its lines too.
 *
 * @param organisation the organisation's name
 * @param report the report's title
 * @param published the publication day in words ("18 september 2023"), or null
 * @param contacts the press contacts, named at the end of every file
 */
record ReadMe(String organisation, String report, String published, List<Contact> contacts) {

    private static final SwedishFormat SWEDISH = new SwedishFormat();

    static final String FILE = "LÄSMIG.txt";

    ReadMe {
        contacts = List.copyOf(contacts);
    }

    /** The press zip's. */
    byte[] press(boolean pdf, boolean images) {
        StringBuilder t = new StringBuilder();
        title(t, "Pressmaterial från " + organisation + ": " + report);
        t.append("För journalister och redaktioner.\n\n");
        t.append("Det här finns i mappen:\n\n");
        t.append(
                "- Hela landet: pressmeddelandet för hela landet"
                        + (pdf
                                ? ", som PDF och som text att klistra in"
                                : ", som webbsida (HTML) och som text att klistra in")
                        + ".\n");
        t.append("- Län: pressmeddelandet för varje län, en mapp per län.\n");
        t.append(
                "- Presskontakter: den som svarar på frågor, som kontaktkort (vCard). Öppna en fil"
                        + " för att lägga till personen i adressboken. \"Alla presskontakter.vcf\""
                        + " har alla i en fil; vissa program, som Outlook, läser bara det första"
                        + " kortet i en sådan fil.\n");
        if (images) {
            t.append(
                    "- Pressbilder: logotypen och pressbilderna. I bildinformation.txt står vem"
                            + " som tagit varje bild och hur den får användas; ange fotografen när"
                            + " du publicerar en bild.\n");
        }
        return close(t);
    }

    /** The social zip's, with each network's limit. */
    byte[] social(List<Channel> networks, boolean schedule) {
        StringBuilder t = new StringBuilder();
        title(t, "Inlägg för sociala medier från " + organisation + ": " + report);
        t.append(
                "För den som publicerar inläggen i organisationens eller avdelningens konton.\n\n");
        t.append("Så hittar du:\n\n");
        t.append("- Hela landet: inläggen för hela landet.\n");
        t.append("- Län: inläggen för varje län, med länets egna siffror där de finns.\n");
        t.append("- Kommuner: det lokala inlägget för varje kommun.\n\n");
        t.append(
                "I varje mapp finns en mapp per nätverk och en textfil per inlägg. Öppna filen,"
                        + " markera allt, kopiera och klistra in i nätverket. Texten är redan"
                        + " anpassad till nätverkets gräns.\n\n");
        t.append(
                "Ett inlägg som är för långt för nätverket är delat i en tråd, en fil per del"
                        + " (\"… – tråd, del 1 av 2.txt\"). Publicera del 1 och svara sedan på ditt"
                        + " eget inlägg med del 2, och så vidare.\n\n");
        if (!networks.isEmpty()) {
            t.append("Nätverkens gränser:\n\n");
            for (Channel c : networks) {
                t.append("- ").append(c.name()).append(": ").append(count(c.limit()));
                t.append(" tecken per inlägg\n");
            }
            t.append('\n');
        }
        if (schedule) {
            t.append(
                    "Publiceringsplan: planen som fil att importera i ett verktyg för"
                            + " schemalagda inlägg och som kalender.\n\n");
        }
        return close(t);
    }

    /** A region's zip. */
    byte[] region(String region, String localUnits, boolean pdf) {
        StringBuilder t = new StringBuilder();
        title(t, "Material för " + region + " från " + organisation + ": " + report);
        t.append(
                "För "
                        + (localUnits == null ? "den som arbetar lokalt" : localUnits)
                        + " i "
                        + region
                        + ".\n\n");
        t.append("Det här finns i mappen:\n\n");
        t.append(
                "- "
                        + region
                        + ": pressmeddelandet för länet"
                        + (pdf ? " som PDF och som text" : " som webbsida (HTML) och som text")
                        + ", budskapen med länkar, och inläggen för länet, en mapp per nätverk.\n");
        t.append(
                "- Kommuner: det lokala inlägget för varje kommun i länet, en mapp per nätverk.\n");
        t.append("- Presskontakter: kontaktkort (vCard) att ge journalister.\n\n");
        t.append(
                "Varje inlägg är en textfil: öppna den, markera allt, kopiera och klistra in."
                        + " Ett inlägg som är för långt för nätverket är delat i en tråd, en fil per"
                        + " del: publicera del 1 och svara sedan på ditt eget inlägg med del 2.\n\n");
        return close(t);
    }

    private void title(StringBuilder t, String title) {
        t.append(title).append('\n');
        if (published != null) {
            t.append("Publiceringsdag: ").append(published).append(".\n");
        }
        t.append('\n');
    }

    /** The contacts, then the text with CRLF line ends. */
    private byte[] close(StringBuilder t) {
        if (!contacts.isEmpty()) {
            if (t.charAt(t.length() - 2) != '\n') {
                t.append('\n');
            }
            t.append("Frågor om materialet:\n\n");
            for (Contact c : contacts) {
                t.append("- ").append(c.name());
                if (c.role() != null && !c.role().isBlank()) {
                    t.append(", ").append(c.role());
                }
                for (String phone : c.phones()) {
                    // As the releases write it: "Mobil: 076-130 89 97".
                    t.append(", ")
                            .append(SWEDISH.phoneLabel(phone))
                            .append(": ")
                            .append(SWEDISH.phone(phone));
                }
                if (c.email() != null && !c.email().isBlank()) {
                    t.append(", ").append(c.email());
                }
                t.append('\n');
            }
        }
        return t.toString().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** "3 000", with a non-breaking space as Swedish writes thousands. */
    private static String count(int n) {
        String digits = Integer.toString(n);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('\u00A0');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
