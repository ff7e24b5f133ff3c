package presskit.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Sweden's regions and municipalities, as SCB lists them. */
public record Sweden(List<Region> regions, List<Municipality> municipalities) {

    /** Swedish time: embargoes, plans and dates in texts are read and shown in it. */
    public static final ZoneId TIME_ZONE = ZoneId.of("Europe/Stockholm");

    public Sweden {
        regions = List.copyOf(regions);
        municipalities = List.copyOf(municipalities);
    }

    public static Sweden none() {
        return new Sweden(List.of(), List.of());
    }

    public Optional<Region> region(String code) {
        return regions.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public Optional<Municipality> municipality(String code) {
        return municipalities.stream().filter(m -> m.code().equals(code)).findFirst();
    }
}
