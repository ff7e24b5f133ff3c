package presskit.export;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import presskit.kit.Document;
import presskit.kit.Kit;
import presskit.kit.Output;
import presskit.kit.OutputId;
import presskit.model.Campaign;
import presskit.model.CampaignYear;
import presskit.model.Contact;
import presskit.model.Link;
import presskit.model.LinkUse;
import presskit.variant.Editions;
import presskit.variant.VariantKind;

/**
 * What the press room at the top of the page shows a journalist: the national release to read and
 * download, the year's press contacts, the report and other documents, the press images with their
 * credits, the logo, the embargo while it holds, and the Open Graph description of the page.
 *
 * @param headline the national release's headline
 * @param lede the national release's lede, its figures said in words; also the page's description
 * @param article the national release's HTML as {@code release.html} has it, inside its {@code
 *     <article>}, headings two levels down to sit below the room's; null when the kit has none
 * @param releaseFiles the national release's files, PDF first
 * @param contacts the year's press contacts
 * @param documents the report and other documents: the release's "Läs mer" link, then the other
 *     links the release may carry that name a report or an appendix ("rapport", "bilaga")
 * @param images the press images in the kit
 * @param logo the logo's file in the kit, or null
 * @param shareImage the image link previews show, or null
 * @param embargo the embargo, or null
 * @param underEmbargo whether the embargo still held when the page was built
 */
public record PressRoom(
        String headline,
        String lede,
        String article,
        List<ReleaseFile> releaseFiles,
        List<RoomContact> contacts,
        List<Link> documents,
        List<PressImages.Placed> images,
        String logo,
        String shareImage,
        OffsetDateTime embargo,
        boolean underEmbargo) {

    private static final Pattern ARTICLE =
            Pattern.compile("<article[^>]*>(.*)</article>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);
    private static final Pattern DOCUMENT =
            Pattern.compile("rapport|bilag", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HEADING = Pattern.compile("<(/?)h([1-6])(?=[\\s>])");

    /** The order and the Swedish name of each of the release's formats. */
    private static final Map<String, String> FORMATS =
            Map.of("pdf", "PDF", "html", "webbsida (HTML)", "txt", "text", "md", "Markdown");

    private static final List<String> FORMAT_ORDER = List.of("pdf", "html", "txt", "md");

    public PressRoom {
        releaseFiles = List.copyOf(releaseFiles);
        contacts = List.copyOf(contacts);
        documents = List.copyOf(documents);
        images = List.copyOf(images);
    }

    /**
     * One of the release's files.
     *
     * @param path the file below {@code out/<year>/}
     * @param format its format in Swedish ("PDF", "text")
     */
    public record ReleaseFile(String path, String format) {}

    /**
     * A press contact as the room shows it.
     *
     * @param name the contact's name
     * @param role the contact's role
     * @param phones each number with its {@code tel:} address
     * @param email the e-mail address
     */
    public record RoomContact(String name, String role, List<Phone> phones, String email) {
        public RoomContact {
            phones = List.copyOf(phones);
        }
    }

    /**
     * A telephone number.
     *
     * @param number as the YAML writes it, for Swedish formatting ({@code sv.phone})
     * @param tel its {@code tel:} address in international form: {@code tel:+46761308997}
     */
    public record Phone(String number, String tel) {}

    /** The room for {@code kit}, its images placed by {@code images}, at the moment {@code now}. */
    public static PressRoom of(Kit kit, Campaign campaign, PressImages images, Instant now) {
        String lede =
                Editions.of(campaign, new Editions.Selection(true, false, false, null, null))
                        .get(0)
                        .lede();
        String article = null;
        List<ReleaseFile> files = new ArrayList<>();
        for (String format : FORMAT_ORDER) {
            for (Output o : kit.outputs()) {
                OutputId id = o.id();
                if (id.level() == VariantKind.NATIONAL
                        && id.form() == OutputId.Form.DOCUMENT
                        && id.family().equals("release")
                        && id.kind().equals(format)) {
                    files.add(new ReleaseFile(o.path(), FORMATS.get(format)));
                    if (o instanceof Document d && format.equals("html")) {
                        article = article(d.text());
                    }
                }
            }
        }
        OffsetDateTime embargo = campaign.year().report().embargo();
        return new PressRoom(
                campaign.year().release().headline(),
                lede,
                article,
                files,
                campaign.contacts().stream().map(PressRoom::contact).toList(),
                documents(campaign.year()),
                images.placed(),
                images.logo(),
                images.shareImage(),
                embargo,
                embargo != null && now.isBefore(embargo.toInstant()));
    }

    /** The credits file beside the images. */
    public String creditsFile() {
        return PressImages.CREDITS;
    }

    /** Whether the share image is a photo, which link previews show large. */
    public boolean largeShareImage() {
        return !images.isEmpty();
    }

    /** The embargo's end as the page's script reads it: {@code 2023-09-18T04:00:00Z}. */
    public String embargoInstant() {
        return embargo == null ? "" : embargo.toInstant().toString();
    }

    /** The release's article, its headings moved two levels down; null when it has no body. */
    static String article(String html) {
        Matcher m = ARTICLE.matcher(html);
        if (!m.find()) {
            m = BODY.matcher(html);
            if (!m.find()) {
                return null;
            }
        }
        return HEADING.matcher(m.group(1).strip())
                .replaceAll(
                        h ->
                                "<"
                                        + h.group(1)
                                        + "h"
                                        + Math.min(6, Integer.parseInt(h.group(2)) + 2));
    }

    private static List<Link> documents(CampaignYear year) {
        List<Link> documents = new ArrayList<>();
        year.releaseLink().ifPresent(documents::add);
        for (Link link : year.links(LinkUse.RELEASE)) {
            String words = (link.id() + " " + link.title() + " " + link.description());
            if (!documents.contains(link) && DOCUMENT.matcher(words).find()) {
                documents.add(link);
            }
        }
        return documents;
    }

    private static RoomContact contact(Contact c) {
        return new RoomContact(
                c.name(),
                c.role(),
                c.phones().stream().map(p -> new Phone(p, "tel:" + international(p))).toList(),
                c.email());
    }

    /** A Swedish number in international form: "076-130 89 97" → "+46761308997". */
    static String international(String number) {
        String digits = number.replaceAll("[^0-9+]", "");
        if (digits.startsWith("+")) {
            return digits;
        }
        if (digits.startsWith("00")) {
            return "+" + digits.substring(2);
        }
        if (digits.startsWith("0")) {
            return "+46" + digits.substring(1);
        }
        return digits;
    }
}
