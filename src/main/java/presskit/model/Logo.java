package presskit.model;

import java.util.Arrays;

/**
 * The organisation's logo, read from the messages folder, as printed at the top of the first page
 * of every release PDF.
 *
 * @param file the path as {@code organisation.yaml} writes it, relative to the messages folder
 * @param mediaType {@code image/png} or {@code image/jpeg}
 * @param bytes the file's content; copied in and out, so the record stays immutable
 */
public record Logo(String file, String mediaType, byte[] bytes) {

    public Logo {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Logo o
                && file.equals(o.file)
                && mediaType.equals(o.mediaType)
                && Arrays.equals(bytes, o.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * file.hashCode() + mediaType.hashCode()) + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Logo[" + file + ", " + mediaType + ", " + bytes.length + " bytes]";
    }
}
