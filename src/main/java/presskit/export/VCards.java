package presskit.export;

import java.util.List;
import presskit.model.Contact;

/**
 * Writes press contacts as vCard 3.0 ({@code contacts.vcf}, RFC 2426), the version every address
 * book imports: one card per contact with name, title, organisation, phones and e-mail; CRLF line
 * ends, values escaped, and lines folded at 75 bytes without splitting a UTF-8 character.
 */
public final class VCards {

    /** Where the cards go, beside the kit's other files. */
    public static final String FILE = "contacts.vcf";

    private VCards() {}

    public static String of(List<Contact> contacts, String organisation) {
        StringBuilder out = new StringBuilder();
        for (Contact c : contacts) {
            line(out, "BEGIN:VCARD");
            line(out, "VERSION:3.0");
            line(out, "FN:" + escape(c.name()));
            line(out, "N:" + structuredName(c.name()));
            line(out, "ORG:" + escape(organisation));
            if (c.role() != null && !c.role().isBlank()) {
                line(out, "TITLE:" + escape(c.role()));
            }
            for (String phone : c.phones()) {
                // Swedish mobile numbers start with 07; address books offer "call mobile" and texts
                // for those.
                String type =
                        phone.strip().startsWith("07") || phone.strip().startsWith("+467")
                                ? "CELL"
                                : "WORK,VOICE";
                line(out, "TEL;TYPE=" + type + ":" + escape(international(phone)));
            }
            if (c.email() != null && !c.email().isBlank()) {
                line(out, "EMAIL;TYPE=INTERNET,WORK:" + escape(c.email()));
            }
            line(out, "END:VCARD");
        }
        return out.toString();
    }

    /**
     * A Swedish number in the international form an address book dials from abroad too: "076 130 89
     * 97" → "+46 76 130 89 97", "08-789 63 42" → "+46 8 789 63 42". The release shows the national
     * form; a number already written "+…" is kept.
     */
    static String international(String phone) {
        String p = phone.strip();
        if (p.length() < 2 || p.charAt(0) != '0' || !Character.isDigit(p.charAt(1))) {
            return p;
        }
        return "+46 " + p.substring(1).replace('-', ' ').replace('\u00A0', ' ');
    }

    /**
     * {@code N:} is family;given;additional;prefix;suffix: the last word is taken as the family
     * name.
     */
    static String structuredName(String name) {
        String n = name.strip();
        int space = n.lastIndexOf(' ');
        String family = space < 0 ? n : n.substring(space + 1);
        String given = space < 0 ? "" : n.substring(0, space);
        return escape(family) + ";" + escape(given) + ";;;";
    }

    /** RFC 2426 §4: backslash, comma, semicolon and newline are escaped in text values. */
    static String escape(String value) {
        return value.replace("\\", "\\\\")
                .replace(",", "\\,")
                .replace(";", "\\;")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    private static void line(StringBuilder out, String line) {
        ContentLines.append(out, line);
    }
}
