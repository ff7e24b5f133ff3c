package presskit.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import presskit.kit.Output;
import presskit.kit.OutputId;
import presskit.kit.OutputKind;

/**
 * The zips per audience, placed beside the kit: {@code presskit-<year>-press.zip} (every release in
 * every format, the message sheets as fact sheets, {@code contacts.vcf}, the press images and the
 * logo in {@code images/} with their credits), {@code presskit-<year>-social.zip} (every post and
 * thread part as text, the schedule export when there is one) and {@code
 * presskit-<year>-region-<code>.zip} for each region's branches (the region's and its
 * municipalities' outputs, and the contacts). Outputs made from example data ({@code example:
 * true}) are in no zip: the kit and its page show them, marked, but a zip is what is handed on and
 * sent.
 *
 * @param year the report year, part of every zip's name
 * @param regionOf municipality code → its region code
 */
public record Audiences(int year, Map<String, String> regionOf) {

    public Audiences {
        regionOf = Map.copyOf(regionOf);
    }

    /** Zip name → zip bytes, given the kit's outputs and every file written (path → content). */
    public Map<String, byte[]> zips(List<Output> outputs, Map<String, byte[]> files) {
        Map<String, byte[]> zips = new LinkedHashMap<>();
        List<String> press =
                paths(outputs, o -> o.kind() == OutputKind.RELEASE || o.kind() == OutputKind.SHEET);
        press.add(VCards.FILE);
        // The press images, the logo and their credits: what a journalist may print.
        files.keySet().stream()
                .filter(p -> p.startsWith(PressImages.FOLDER + "/"))
                .sorted()
                .forEach(press::add);
        zips.put(name("press"), pack(press, files));
        List<String> social = paths(outputs, o -> o.kind().isPost());
        files.keySet().stream().filter(p -> p.startsWith("schedule/")).forEach(social::add);
        zips.put(name("social"), pack(social, files));
        TreeSet<String> regions = new TreeSet<>();
        outputs.forEach(o -> regionOfVariant(o.id()).ifPresent(regions::add));
        for (String region : regions) {
            List<String> local =
                    paths(outputs, o -> regionOfVariant(o.id()).filter(region::equals).isPresent());
            local.add(VCards.FILE);
            zips.put(name("region-" + region), pack(local, files));
        }
        return zips;
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

    /** The files of the wanted outputs; never of one made from example data, which is not sent. */
    private static List<String> paths(List<Output> outputs, Predicate<Output> wanted) {
        List<String> paths = new ArrayList<>();
        for (Output o : outputs) {
            if (!o.example() && wanted.test(o)) {
                paths.addAll(o.paths());
            }
        }
        return paths;
    }

    private static byte[] pack(List<String> paths, Map<String, byte[]> files) {
        Map<String, byte[]> entries = new TreeMap<>();
        for (String path : paths) {
            byte[] content = files.get(path);
            if (content != null) {
                entries.put(path, content);
            }
        }
        return ZipArchive.of(entries);
    }
}
