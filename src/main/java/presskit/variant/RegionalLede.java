package presskit.variant;

import java.util.ArrayList;
import java.util.List;

/**
 * The lede of a region's release, built from the region's own figures: each said as the region's,
 * with the national value beside it as the national one.
 */
final class RegionalLede {

    private RegionalLede() {}

    /**
     * "I Uppsala län hinner åtta av tio lärare inte planera …, visar Skolenkäten 2025. I hela
     * landet är det sju av tio. I länet har också 71 procent av lärarna fått …, mot 62 procent i
     * hela landet."
     *
     * @param regional the region's own figures, at least one
     * @param report the report's title, named as the source once
     */
    static String of(List<FigureView> regional, String report) {
        if (regional.isEmpty()) {
            throw new IllegalArgumentException("'regional' must hold at least one figure");
        }
        List<String> sentences = new ArrayList<>();
        FigureView first = regional.get(0);
        sentences.add(FigurePhrase.capitalise(first.placeFirst()) + ", visar " + report + ".");
        sentences.add("I hela landet är det " + first.national() + ".");
        for (FigureView f : regional.subList(1, regional.size())) {
            sentences.add(
                    FigurePhrase.capitalise(f.openingAt("i länet"))
                            + ", mot "
                            + f.national()
                            + " i hela landet.");
        }
        return String.join(" ", sentences);
    }
}
