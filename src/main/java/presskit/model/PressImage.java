package presskit.model;

import java.util.Arrays;

/**
 * A press image the organisation or the year offers journalists, read from the messages folder: it
 * is copied into the kit, shown on the press-kit page with its credit and packed in the press zip.
 *
 * @param file the path as the YAML writes it, relative to the messages folder
 * @param mediaType {@code image/png} or {@code image/jpeg}
 * @param bytes the file's content; copied in and out, so the record stays immutable
 * @param caption what the image shows, as a caption under it
 * @param photographer who took it, for the credit ("Foto: …")
 * @param licence on what terms it may be used ("fri att använda i redaktionellt syfte")
 * @param alt the text a screen reader says in its place
 */
public record PressImage(
        String file,
        String mediaType,
        byte[] bytes,
        String caption,
        String photographer,
        String licence,
        String alt) {

    public PressImage {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The file's name without its folders: {@code bilder/ordforande.jpg} → {@code ordforande.jpg}.
     */
    public String fileName() {
        return file.substring(file.lastIndexOf('/') + 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PressImage o
                && file.equals(o.file)
                && mediaType.equals(o.mediaType)
                && Arrays.equals(bytes, o.bytes)
                && caption.equals(o.caption)
                && photographer.equals(o.photographer)
                && licence.equals(o.licence)
                && alt.equals(o.alt);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * file.hashCode() + caption.hashCode()) + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "PressImage[" + file + ", " + mediaType + ", " + bytes.length + " bytes]";
    }
}
