package presskit.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import presskit.channel.Channel;
import presskit.channel.Channels;
import presskit.kit.Output;
import presskit.kit.OutputId;
import presskit.kit.OutputKind;
import presskit.kit.PostThread;
import presskit.model.Campaign;
import presskit.model.Report;
import presskit.model.Sweden;
import presskit.render.SwedishFormat;

/**
 * The zips per audience, placed beside the kit, each with one top folder named as the zip and a
 * {@code LÄSMIG.txt} in it, its files named in Swedish words (see {@link EntryNames}):
 *
 * <ul>
 *   <li>{@code presskit-<year>-press.zip}, for journalists: each release as PDF and text (HTML when
 *       the build made no PDF), the contacts as vCards, the press images and the logo with their
 *       credits; no message sheet, no Markdown;
 *   <li>{@code presskit-<year>-social.zip}: every post as text, a thread as its parts (not the
 *       whole thread, which no network takes), and the schedule export when there is one;
 *   <li>{@code presskit-<year>-region-<code>.zip} for each region's branches: the region's release,
 *       message sheet and posts, its municipalities' posts, and the contacts.
 * </ul>
 *
 * Every entry is dated the report's publication day at 09:00; a year without one takes its
 * embargo's day, else 1 January of the year, so the zips stay byte-identical for the same input.
 * Outputs made from example data ({@code example: true}) are in no zip: the kit and its page show
 * them, marked, but a zip is what is handed on and sent.
 *
 * @param year the report year, part of every zip's name
 * @param time the time of every entry
 * @param regionOf municipality code → its region code
 * @param sweden the regions, for a region zip's name in words
 * @param localUnits what the organisation calls its local units, or null
 * @param channels the networks, for the names and limits
 * @param names the entries' names
 * @param readMe the zips' LÄSMIG
 * @param cards the contacts
 */
public record Audiences(
        int year,
        LocalDateTime time,
        Map<String, String> regionOf,
        Sweden sweden,
        String localUnits,
        Channels channels,
        EntryNames names,
        ReadMe readMe,
        VCards cards) {

    /** The time of day of every entry on the publication day. */
    static final LocalTime ENTRY_TIME = LocalTime.of(9, 0);

    public Audiences {
        regionOf = Map.copyOf(regionOf);
    }

    /** The zips of {@code campaign}'s kit, with its networks and contacts. */
    public static Audiences of(Campaign campaign, Channels channels, VCards cards) {
        Map<String, String> regionOf = new HashMap<>();
        campaign.sweden().municipalities().forEach(m -> regionOf.put(m.code(), m.regionCode()));
        Report report = campaign.year().report();
        LocalDate day = publicationDay(report, campaign.year().year());
        ReadMe readMe =
                new ReadMe(
                        campaign.organisation().name(),
                        report.title(),
                        report.published() == null
                                ? null
                                : new SwedishFormat().date(report.published()),
                        campaign.contacts());
        return new Audiences(
                campaign.year().year(),
                day.atTime(ENTRY_TIME),
                regionOf,
                campaign.sweden(),
                campaign.organisation().localUnits(),
                channels,
                new EntryNames(channels, PressKitPage.figureSentences(campaign)),
                readMe,
                cards);
    }

    /** The day the zips' entries carry: published, else the embargo's, else 1 January. */
    static LocalDate publicationDay(Report report, int year) {
        if (report.published() != null) {
            return report.published();
        }
        if (report.embargo() != null) {
            return report.embargo().atZoneSameInstant(Sweden.TIME_ZONE).toLocalDate();
        }
        return LocalDate.of(year, 1, 1);
    }

    /** Zip name → zip bytes, given the kit's outputs and every file written (path → content). */
    public Map<String, byte[]> zips(List<Output> outputs, Map<String, byte[]> files) {
        Map<String, byte[]> zips = new LinkedHashMap<>();
        packers(outputs, files).forEach((name, packer) -> zips.put(name, packer.get()));
        return zips;
    }

    /**
     * Zip name → what packs it: the names at once, each zip only when asked for (a preview shows
     * the page long before anyone downloads a zip). Each packer gives the bytes {@link #zips}
     * gives; {@code outputs} and {@code files} must not change after this call.
     */
    public Map<String, Supplier<byte[]>> packers(List<Output> outputs, Map<String, byte[]> files) {
        Map<String, Supplier<byte[]>> zips = new LinkedHashMap<>();
        boolean pdf = outputs.stream().anyMatch(o -> o.path().endsWith(".pdf"));
        zips.put(name("press"), () -> press(outputs, files, pdf));
        zips.put(name("social"), () -> social(outputs, files));
        // Each region's outputs, found in one pass over the kit rather than one pass per region.
        Map<String, List<Output>> byRegion = new TreeMap<>();
        outputs.forEach(
                o ->
                        regionOfVariant(o.id())
                                .ifPresent(
                                        r ->
                                                byRegion.computeIfAbsent(r, k -> new ArrayList<>())
                                                        .add(o)));
        byRegion.forEach(
                (region, local) ->
                        zips.put(
                                name("region-" + region), () -> region(region, local, files, pdf)));
        return zips;
    }

    private byte[] press(List<Output> outputs, Map<String, byte[]> files, boolean pdf) {
        Map<String, byte[]> press = new LinkedHashMap<>();
        releases(press, outputs, files, o -> true, false);
        press.putAll(cards.readable("Presskontakter"));
        // The press images, the logo and their credits: what a journalist may print.
        boolean images = false;
        for (String path : new TreeSet<>(files.keySet())) {
            if (path.startsWith(PressImages.FOLDER + "/")) {
                add(
                        press,
                        "Pressbilder/" + path.substring(PressImages.FOLDER.length() + 1),
                        files.get(path));
                images = true;
            }
        }
        press.put(ReadMe.FILE, readMe.press(pdf, images));
        return pack("press", press);
    }

    private byte[] social(List<Output> outputs, Map<String, byte[]> files) {
        Map<String, byte[]> social = new LinkedHashMap<>();
        Set<String> networks = new HashSet<>();
        posts(social, outputs, files, o -> true, false, networks);
        boolean schedule = false;
        for (String path : new TreeSet<>(files.keySet())) {
            if (path.startsWith("schedule/")) {
                add(
                        social,
                        "Publiceringsplan/" + path.substring("schedule/".length()),
                        files.get(path));
                schedule = true;
            }
        }
        List<Channel> used = new ArrayList<>();
        channels.idsByUse().stream()
                .filter(networks::contains)
                .forEach(id -> used.add(channels.get(id)));
        social.put(ReadMe.FILE, readMe.social(used, schedule));
        return pack("social", social);
    }

    private byte[] region(
            String region, List<Output> local, Map<String, byte[]> files, boolean pdf) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        releases(entries, local, files, o -> true, true);
        posts(entries, local, files, o -> true, true, new HashSet<>());
        entries.putAll(cards.readable("Presskontakter"));
        String regionName = sweden.region(region).map(r -> r.name()).orElse(region);
        entries.put(ReadMe.FILE, readMe.region(regionName, localUnits, pdf));
        return pack("region-" + region, entries);
    }

    /**
     * Each wanted edition's release as PDF and text (HTML where it has no PDF) and, for a region's
     * branches, its message sheet as HTML; never Markdown, which is for editors.
     */
    private void releases(
            Map<String, byte[]> entries,
            List<Output> outputs,
            Map<String, byte[]> files,
            Predicate<Output> wanted,
            boolean forBranches) {
        Set<String> withPdf = new HashSet<>();
        outputs.stream()
                .filter(o -> o.kind() == OutputKind.RELEASE && o.path().endsWith(".pdf"))
                .forEach(o -> withPdf.add(o.id().variantCode()));
        for (Output o : outputs) {
            if (o.example() || !wanted.test(o)) {
                continue;
            }
            String extension = o.path().substring(o.path().lastIndexOf('.') + 1);
            boolean take =
                    switch (o.kind()) {
                        case RELEASE ->
                                extension.equals("pdf")
                                        || extension.equals("txt")
                                        || (extension.equals("html")
                                                && !withPdf.contains(o.id().variantCode()));
                        case SHEET -> forBranches && extension.equals("html");
                        default -> false;
                    };
            if (take) {
                String entry =
                        names.folder(o.id(), forBranches)
                                + "/"
                                + EntryNames.document(o.id())
                                + "."
                                + extension;
                add(entries, entry, files.get(o.path()));
            }
        }
    }

    /** Each wanted post in its network's folder; a thread as its parts. */
    private void posts(
            Map<String, byte[]> entries,
            List<Output> outputs,
            Map<String, byte[]> files,
            Predicate<Output> wanted,
            boolean regionAtTop,
            Set<String> networks) {
        for (Output o : outputs) {
            if (o.example() || !o.kind().isPost() || !wanted.test(o)) {
                continue;
            }
            networks.add(o.id().family());
            String folder = names.folder(o.id(), regionAtTop) + "/" + names.network(o.id()) + "/";
            if (o instanceof PostThread thread) {
                int count = thread.parts().size();
                for (int i = 0; i < count; i++) {
                    add(
                            entries,
                            folder + names.part(o.id(), i + 1, count) + ".txt",
                            files.get(thread.parts().get(i).path()));
                }
            } else {
                add(entries, folder + names.post(o.id()) + ".txt", files.get(o.path()));
            }
        }
    }

    /** An output's region: its own for a regional output, the one it lies in for a municipal. */
    private Optional<String> regionOfVariant(OutputId id) {
        return switch (id.level()) {
            case NATIONAL -> Optional.empty();
            case REGION -> Optional.of(id.variantCode());
            case MUNICIPALITY -> Optional.ofNullable(regionOf.get(id.variantCode()));
        };
    }

    private String name(String audience) {
        return "presskit-" + year + "-" + audience + ".zip";
    }

    /** {@code entry} with {@code content}; " (2)" before the extension if the name is taken. */
    private static void add(Map<String, byte[]> entries, String entry, byte[] content) {
        if (content == null) {
            return;
        }
        int dot = entry.lastIndexOf('.');
        String stem = dot > entry.lastIndexOf('/') ? entry.substring(0, dot) : entry;
        String extension = entry.substring(stem.length());
        String name = entry;
        for (int n = 2; entries.containsKey(name); n++) {
            name = stem + " (" + n + ")" + extension;
        }
        entries.put(name, content);
    }

    /** The entries below the zip's one top folder, "presskit-2023-press/". */
    private byte[] pack(String audience, Map<String, byte[]> entries) {
        String top = "presskit-" + year + "-" + audience + "/";
        Map<String, byte[]> inside = new TreeMap<>();
        entries.forEach((path, content) -> inside.put(top + path, content));
        return ZipArchive.of(inside, time);
    }
}
