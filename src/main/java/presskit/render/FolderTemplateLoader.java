package presskit.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The user's templates folder as FreeMarker reads it. Only files inside the folder are templates: a
 * file that is a link to somewhere outside it is refused, saying where it points, before FreeMarker
 * would refuse it with a {@code SecurityException}.
 */
final class FolderTemplateLoader implements TemplateLoader {

    private final Path folder;
    private final Path realFolder;
    private final FileTemplateLoader files;

    FolderTemplateLoader(Path folder) throws IOException {
        this.folder = folder;
        this.realFolder = folder.toRealPath();
        this.files = new FileTemplateLoader(folder.toFile(), false);
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Path file = folder.resolve(name);
        if (Files.exists(file)) {
            Path real = file.toRealPath();
            if (!real.startsWith(realFolder)) {
                throw new OutsideFolderException(name, real);
            }
        }
        return files.findTemplateSource(name);
    }

    @Override
    public long getLastModified(Object templateSource) {
        return files.getLastModified(templateSource);
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        return files.getReader(templateSource, encoding);
    }

    @Override
    public void closeTemplateSource(Object templateSource) throws IOException {
        files.closeTemplateSource(templateSource);
    }

    /** A template file that leads out of the templates folder, and where it leads. */
    static final class OutsideFolderException extends IOException {
        private static final long serialVersionUID = 1L;

        private final String name;
        private final transient Path target;

        OutsideFolderException(String name, Path target) {
            super(name + " leads outside the templates folder, to " + target);
            this.name = name;
            this.target = target;
        }

        /** The template's name, as FreeMarker asked for it. */
        String name() {
            return name;
        }

        /** Where the file really is. */
        Path target() {
            return target;
        }
    }
}
