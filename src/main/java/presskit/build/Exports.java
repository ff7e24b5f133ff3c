package presskit.build;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import presskit.channel.Channels;
import presskit.export.Audiences;
import presskit.export.Download;
import presskit.export.PressImages;
import presskit.export.PressKitPage;
import presskit.export.PressRoom;
import presskit.export.ReleasePdfs;
import presskit.export.VCards;
import presskit.kit.Kit;
import presskit.model.Approval;
import presskit.model.Campaign;
import presskit.render.TemplateEngine;
import presskit.source.LoadedCampaign;

/**
 * Completes a rendered kit with what is made from it for people who do not run commands: a PDF of
 * every release, {@code contacts.vcf} (and a card per contact in {@code contacts/}), the press
 * images and logo in {@code images/}, a zip per audience and the press-kit page {@code index.html}.
 *
 * @param kit the kit with the PDF releases added to its outputs, with their bytes
 * @param files the files to write besides the outputs: path below {@code out/<year>/} → bytes
 */
public record Exports(Kit kit, Map<String, byte[]> files) {

    /**
     * What to make; the PDFs are the only slow part, so they can be left out. {@code now} decides
     * whether the page says the embargo still holds.
     */
    public static Exports of(
            LoadedCampaign loaded,
            Channels channels,
            Kit rendered,
            TemplateEngine engine,
            boolean pdf,
            Instant now) {
        return of(loaded, channels, rendered, engine, pdf, now, List.of());
    }

    /** The same, with the year's approvals, which the page marks on the posts they approve. */
    public static Exports of(
            LoadedCampaign loaded,
            Channels channels,
            Kit rendered,
            TemplateEngine engine,
            boolean pdf,
            Instant now,
            List<Approval> approvals) {
        ReleasePdfs.Pending pdfs =
                pdf ? ReleasePdfs.of(rendered, loaded.campaign()).start(rendered) : null;
        return packed(lazily(loaded, channels, rendered, engine, pdfs, now, approvals));
    }

    /**
     * The exports {@link #lazily} leaves to make, made: every zip packed, several at once (each is
     * made of the finished kit alone, and deflating them is most of a build's last step).
     */
    public static Exports packed(Lazy made) {
        Map<String, byte[]> files = new TreeMap<>(made.files());
        made.zips().entrySet().parallelStream()
                .map(zip -> Map.entry(zip.getKey(), zip.getValue().get()))
                .toList()
                .forEach(zip -> files.put(zip.getKey(), zip.getValue()));
        return new Exports(made.kit(), files);
    }

    /**
     * The same exports with each zip packed only when asked for, for a preview that shows the page
     * at once and hands out a zip seldom: the same bytes as {@link #of} makes, in the same kit.
     *
     * @param kit the kit with the PDF releases added to its outputs, with their bytes
     * @param files the files besides the outputs and the zips (the page, contacts, images)
     * @param zips zip name → what packs it, each time it is called
     */
    public record Lazy(Kit kit, Map<String, byte[]> files, Map<String, Supplier<byte[]>> zips) {}

    /**
     * The exports with the release PDFs already rendering ({@link ReleasePdfs#start}), or null for
     * none, and the zips left to pack on demand: the contacts and images are made while the PDFs
     * render, the page once they are done.
     */
    public static Lazy lazily(
            LoadedCampaign loaded,
            Channels channels,
            Kit rendered,
            TemplateEngine engine,
            ReleasePdfs.Pending pdfs,
            Instant now,
            List<Approval> approvals) {
        try {
            return made(loaded.campaign(), channels, rendered, engine, pdfs, now, approvals);
        } finally {
            // Ends the PDF threads: idle once joined, and after a failure what was still to render.
            if (pdfs != null) {
                pdfs.cancel();
            }
        }
    }

    private static Lazy made(
            Campaign campaign,
            Channels channels,
            Kit rendered,
            TemplateEngine engine,
            ReleasePdfs.Pending pdfs,
            Instant now,
            List<Approval> approvals) {
        String organisation = campaign.organisation().name();
        Map<String, byte[]> files = new TreeMap<>();
        VCards cards =
                new VCards(campaign.contacts(), organisation, campaign.organisation().website());
        files.putAll(cards.files());
        PressImages images = PressImages.of(campaign);
        files.putAll(images.files(campaign.year().report().title(), organisation));
        Kit kit = pdfs == null ? rendered : rendered.with(pdfs.join());

        // What the zips pack: the outputs' files and the ones made here (the manifest is the
        // writer's, and no zip holds it).
        Map<String, byte[]> everything = new HashMap<>();
        kit.outputs().forEach(o -> everything.putAll(o.files()));
        everything.putAll(files);
        Map<String, Supplier<byte[]>> zips =
                Audiences.of(campaign, channels, cards).packers(kit.outputs(), everything);

        List<Download> downloads = new ArrayList<>();
        zips.keySet().forEach(zip -> downloads.add(download(zip, campaign)));
        downloads.add(new Download(VCards.FILE, "contacts", null));
        downloads.add(new Download("manifest.json", "manifest", null));
        PressRoom room = PressRoom.of(kit, campaign, images, now);
        String page =
                new PressKitPage(engine)
                        .render(kit, campaign, channels, downloads, room, approvals);
        files.put("index.html", utf8(page));
        return new Lazy(kit, files, zips);
    }

    private static Download download(String zip, Campaign campaign) {
        if (zip.endsWith("-press.zip")) {
            return new Download(zip, "press", null);
        }
        if (zip.endsWith("-social.zip")) {
            return new Download(zip, "social", null);
        }
        String code = zip.replaceAll("^.*-region-(\\w+)\\.zip$", "$1");
        String region = campaign.sweden().region(code).map(r -> r.name()).orElse(code);
        return new Download(zip, "region", region);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
