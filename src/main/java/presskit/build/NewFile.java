package presskit.build;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Supplier;
import presskit.diagnostic.DiagnosticException;
import presskit.write.WriteFailure;

/**
 * A new campaign file ({@code presskit branch}, {@code presskit new-year}): written whole under a
 * temporary name first and linked into place, which fails when the file exists, so it is never
 * written over and never half written.
 */
final class NewFile {

    private NewFile() {}

    /**
     * Writes {@code content} to {@code file}.
     *
     * @throws DiagnosticException the one {@code exists} gives, when the file exists already
     * @throws WriteFailure when the file cannot be written
     */
    static void write(Path file, byte[] content, Supplier<DiagnosticException> exists) {
        Path temp = file.resolveSibling("." + file.getFileName() + ".new-" + UUID.randomUUID());
        try {
            Files.write(temp, content);
            try {
                Files.createLink(file, temp);
            } catch (UnsupportedOperationException e) {
                Files.move(temp, file);
            }
        } catch (FileAlreadyExistsException e) {
            throw exists.get();
        } catch (IOException e) {
            throw new WriteFailure(file, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // A hidden leftover harms nothing; the new file is whole.
            }
        }
    }
}
