package presskit.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What builds that no longer run left beside the kits in an out folder: staging folders, the
 * previous kits they moved aside and their lock files ({@link BuildSlot}), also those of presskit
 * versions before the lock files ({@code .staging-<year>-<pid>}, {@code .previous-<year>-<pid>}).
 *
 * <p>Where folders cannot be exchanged in one call, and in versions before that, a build moves
 * {@code out/<year>} aside before it moves the new kit in; killed between the two, it leaves the
 * year without a kit and the whole previous kit in {@code .previous-<year>-<id>}. {@link #restore}
 * puts such a kit back, and every command that reads {@code out/<year>} calls it first; every build
 * calls {@link #clear}, which also removes whatever the dead builds left.
 */
public final class Leftovers {

    private static final Pattern NAME =
            Pattern.compile("\\.(build|staging|previous)-(\\d{1,9})-([0-9a-f]+(?:-[0-9a-f]+)?)");

    private static final String LOCK = ".lock";

    private Leftovers() {}

    /**
     * Puts back every year's kit that a killed build left moved aside, where the year has none.
     *
     * @throws WriteFailure when a kit cannot be put back
     */
    public static void restore(Path out) {
        tidy(out, false);
    }

    /**
     * Restores as {@link #restore} does, then removes every folder and lock file of builds that no
     * longer run, whoever ran them; a running build's are left alone.
     *
     * @throws WriteFailure naming a leftover that cannot be removed
     */
    public static void clear(Path out) {
        tidy(out, true);
    }

    private static void tidy(Path out, boolean remove) {
        for (Build build : builds(out)) {
            if (BuildSlot.ownedHere(build.id())) {
                continue;
            }
            Path target = out.resolve(Integer.toString(build.year()));
            boolean restorable = build.kitAside().isPresent() && !exists(target);
            if (!restorable && !remove) {
                continue;
            }
            Path lock = BuildSlot.lockFile(out, build.year(), build.id());
            Path now = lock;
            try (BuildSlot.Probe dead = BuildSlot.probe(lock)) {
                if (dead == null) {
                    continue; // still running
                }
                if (restorable) {
                    now = build.kitAside().get();
                    putBack(now, target);
                }
                if (remove) {
                    for (Path leftover : build.folders()) {
                        now = leftover;
                        KitWriter.deleteTree(leftover);
                    }
                    now = lock;
                    Files.deleteIfExists(lock);
                }
            } catch (IOException e) {
                throw new WriteFailure(now, e);
            }
        }
    }

    /** Moves a whole previous kit back to the year's name, unless a kit got there meanwhile. */
    private static void putBack(Path previous, Path target) throws IOException {
        if (FolderSwap.place(previous, target) == FolderSwap.Outcome.UNSUPPORTED) {
            try {
                Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!exists(target)) {
                    throw e;
                }
            }
        }
    }

    /**
     * The builds with something in {@code out}; those whose previous kit is the newest come first,
     * so that the newest kit is the one put back when several are.
     */
    private static List<Build> builds(Path out) {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        Map<String, Build> builds = new LinkedHashMap<>();
        try (Stream<Path> entries = Files.list(out)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                boolean lock = name.endsWith(LOCK);
                Matcher m =
                        NAME.matcher(
                                lock ? name.substring(0, name.length() - LOCK.length()) : name);
                if (m.matches()) {
                    int year = Integer.parseInt(m.group(2));
                    Build build =
                            builds.computeIfAbsent(
                                    year + "-" + m.group(3),
                                    k -> new Build(year, m.group(3), new ArrayList<>()));
                    if (!lock) {
                        build.folders().add(entry);
                    }
                }
            }
        } catch (IOException e) {
            throw new WriteFailure(out, e);
        }
        return builds.values().stream()
                .sorted(Comparator.comparing(Build::kitTime).reversed())
                .toList();
    }

    private static boolean exists(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** One build's leftovers: its folders (its lock file is found by name). */
    private record Build(int year, String id, List<Path> folders) {

        /** The whole earlier {@code out/<year>} that this build moved aside with one rename. */
        Optional<Path> kitAside() {
            return folders.stream()
                    .filter(f -> f.getFileName().toString().startsWith(".previous-"))
                    .filter(f -> Files.isRegularFile(f.resolve("manifest.json")))
                    .findFirst();
        }

        /** When the kit this build moved aside was written; the epoch when it moved none. */
        FileTime kitTime() {
            try {
                return kitAside().isPresent()
                        ? Files.getLastModifiedTime(kitAside().get().resolve("manifest.json"))
                        : FileTime.fromMillis(0);
            } catch (IOException e) {
                return FileTime.fromMillis(0);
            }
        }
    }
}
