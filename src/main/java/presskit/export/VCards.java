package presskit.export;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import presskit.model.Contact;

/**
 * Writes press contacts as vCard 3.0 (RFC 2426), the version every address book imports: one card
 * per contact with name, title, organisation, its web site, phones in international form and
 * e-mail, and a UID that stays the same from build to build, so a second import updates the card
 * instead of adding another. CRLF line ends, values escaped, and lines folded at 75 bytes without
 * splitting a UTF-8 character.
 *
 * <p>All cards go in {@code contacts.vcf}; each card also goes in a file of its own in {@code
 * contacts/}, because Outlook for Windows imports only the first card of a file.
 *
 * @param contacts the press contacts, in the year's order
 * @param organisation the organisation's name
 * @param website the organisation's web site, or null
 */
public record VCards(List<Contact> contacts, String organisation, String website) {

    /** The file with every card, beside the kit's other files. */
    public static final String FILE = "contacts.vcf";

    /** The folder of the one-card files. */
    public static final String FOLDER = "contacts";

    public VCards {
        contacts = List.copyOf(contacts);
    }

    /** Every card, in one text. */
    public String all() {
        StringBuilder out = new StringBuilder();
        contacts.forEach(c -> out.append(card(c)));
        return out.toString();
    }

    /**
     * The kit's contact files, path → content: {@code contacts.vcf} and {@code contacts/<name>.vcf}
     * per contact, its name in ASCII ({@code caroline-cederquist.vcf}).
     */
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(FILE, utf8(all()));
        Set<String> taken = new HashSet<>();
        for (Contact c : contacts) {
            files.put(FOLDER + "/" + unique(slug(c.name()), taken) + ".vcf", utf8(card(c)));
        }
        return files;
    }

    /**
     * The same cards for a zip, below {@code folder}: every card in "Alla presskontakter.vcf" and
     * one file per contact under the contact's own name ("Caroline Cederquist.vcf").
     */
    public Map<String, byte[]> readable(String folder) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(folder + "/Alla presskontakter.vcf", utf8(all()));
        Set<String> taken = new HashSet<>();
        for (Contact c : contacts) {
            String name = unique(EntryNames.safe(c.name()), taken);
            files.put(folder + "/" + name + ".vcf", utf8(card(c)));
        }
        return files;
    }

    /** One contact's card. */
    public String card(Contact c) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCARD");
        line(out, "VERSION:3.0");
        line(out, "UID:" + uid(c));
        line(out, "FN:" + escape(c.name()));
        line(out, "N:" + structuredName(c.name()));
        line(out, "ORG:" + escape(organisation));
        if (c.role() != null && !c.role().isBlank()) {
            line(out, "TITLE:" + escape(c.role()));
        }
        for (String phone : c.phones()) {
            // Address books offer "call mobile" and texts for a mobile number.
            String type = mobile(phone) ? "CELL" : "WORK,VOICE";
            line(out, "TEL;TYPE=" + type + ":" + escape(international(phone)));
        }
        if (c.email() != null && !c.email().isBlank()) {
            line(out, "EMAIL;TYPE=INTERNET,WORK:" + escape(c.email()));
        }
        if (website != null && !website.isBlank()) {
            line(out, "URL:" + website.strip());
        }
        line(out, "END:VCARD");
        return out.toString();
    }

    /**
     * A name-based UUID of the organisation and the contact's name: the same person of the same
     * organisation keeps the same UID across builds and years, whatever else of the card changes.
     */
    String uid(Contact c) {
        String key = organisation + "\n" + c.name().strip();
        return "urn:uuid:" + UUID.nameUUIDFromBytes(utf8(key));
    }

    /**
     * A Swedish number in the international form an address book dials from abroad too: "076 130 89
     * 97" → "+46 76 130 89 97", "08-789 63 42" → "+46 8 789 63 42", "+46 (0)70-123 45 67" → "+46 70
     * 123 45 67". The release shows the national form.
     */
    static String international(String phone) {
        String p = phone.strip().replace('\u00A0', ' ').replace("(0)", " ").replace('-', ' ');
        if (p.startsWith("00")) {
            p = "+" + p.substring(2);
        } else if (p.length() >= 2 && p.charAt(0) == '0' && Character.isDigit(p.charAt(1))) {
            p = "+46 " + p.substring(1);
        }
        return p.replaceAll(" +", " ").strip();
    }

    /** Whether a Swedish number is a mobile one: 07… nationally, +46 7… internationally. */
    static boolean mobile(String phone) {
        String digits = international(phone).replaceAll("[^0-9+]", "");
        return digits.startsWith("+467");
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

    /** "Åsa Öberg-Ärlig" → "asa-oberg-arlig": a file name any system and URL keeps as it is. */
    static String slug(String name) {
        String ascii =
                Normalizer.normalize(name, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "kontakt" : slug;
    }

    /** {@code name}, or {@code name-2}, {@code name-3} … when an earlier contact has it. */
    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + "-" + n;
        }
        return candidate;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, String line) {
        ContentLines.append(out, line);
    }
}
