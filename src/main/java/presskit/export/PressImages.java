package presskit.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import presskit.model.Campaign;
import presskit.model.Logo;
import presskit.model.PressImage;

/**
 * The press images and the logo as the kit holds them: copied into {@code images/} under their own
 * file names (numbered when two share one), with {@code images/bildinformation.txt}, a Swedish list
 * of every image with its caption, photographer and licence, so the credits travel with the
 * pictures in the press zip.
 *
 * @param placed each press image with its file in the kit, the year's first
 * @param logo the logo's file in the kit, or null when the organisation names none
 * @param logoBytes the logo's content, or null
 */
public record PressImages(List<Placed> placed, String logo, byte[] logoBytes) {

    /** The folder of the kit (and of the press zip) that holds the images. */
    public static final String FOLDER = "images";

    /** The credits file beside the images. */
    public static final String CREDITS = FOLDER + "/bildinformation.txt";

    /**
     * A press image and its file in the kit.
     *
     * @param path the file below {@code out/<year>/}: {@code images/ordforande.jpg}
     * @param image the image as the YAML describes it
     */
    public record Placed(String path, PressImage image) {

        /** The credit under the image: "Foto: Anna Berg, licens CC BY 4.0". */
        public String credit() {
            return "Foto: " + image.photographer() + ", licens " + image.licence();
        }

        /** The file's name in the kit, without its folder. */
        public String fileName() {
            return path.substring(FOLDER.length() + 1);
        }
    }

    public PressImages {
        placed = List.copyOf(placed);
        logoBytes = logoBytes == null ? null : logoBytes.clone();
    }

    /** The campaign's images and logo, each given a file name no other takes. */
    public static PressImages of(Campaign campaign) {
        Set<String> taken = new HashSet<>();
        taken.add(CREDITS.substring(FOLDER.length() + 1));
        Logo logo = campaign.organisation().logo();
        String logoPath = null;
        if (logo != null) {
            logoPath =
                    FOLDER
                            + "/"
                            + unique(
                                    "logotyp"
                                            + (logo.mediaType().equals("image/png")
                                                    ? ".png"
                                                    : ".jpg"),
                                    taken);
        }
        List<Placed> placed = new ArrayList<>();
        for (PressImage image : campaign.images()) {
            placed.add(new Placed(FOLDER + "/" + unique(image.fileName(), taken), image));
        }
        return new PressImages(placed, logoPath, logo == null ? null : logo.bytes());
    }

    /** The files to write into the kit: every image, the logo and, with images, the credits. */
    public Map<String, byte[]> files(String title, String organisation) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (logo != null) {
            files.put(logo, logoBytes.clone());
        }
        placed.forEach(p -> files.put(p.path(), p.image().bytes()));
        if (!placed.isEmpty() || logo != null) {
            files.put(CREDITS, credits(title, organisation).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /** The credits file: each image's name, caption, photographer and licence, in Swedish. */
    String credits(String title, String organisation) {
        StringBuilder out = new StringBuilder();
        out.append("Pressbilder till ")
                .append(title)
                .append(" (")
                .append(organisation)
                .append(")\n");
        out.append("Ange fotograf och licens när du publicerar en bild.\n");
        for (Placed p : placed) {
            out.append('\n').append(p.fileName()).append('\n');
            if (!p.image().caption().isEmpty()) {
                out.append(p.image().caption()).append('\n');
            }
            out.append("Foto: ").append(p.image().photographer()).append('\n');
            out.append("Licens: ").append(p.image().licence()).append('\n');
            out.append("Beskrivning: ").append(p.image().alt()).append('\n');
        }
        if (logo != null) {
            out.append('\n').append(logo.substring(FOLDER.length() + 1)).append('\n');
            out.append(organisation).append(": logotyp\n");
        }
        return out.toString();
    }

    /** The image for Open Graph: the first press image's file, else the logo's; null when none. */
    public String shareImage() {
        return placed.isEmpty() ? logo : placed.get(0).path();
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = n + "-" + name;
        }
        return candidate;
    }

    @Override
    public byte[] logoBytes() {
        return logoBytes == null ? null : logoBytes.clone();
    }
}
