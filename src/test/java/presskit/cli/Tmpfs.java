package presskit.cli;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small in-memory file system mounted on a test folder, to run out of space or turn read-only for
 * real. Only root may mount; elsewhere the test fails and says so, rather than passing without
 * having checked anything.
 */
final class Tmpfs implements AutoCloseable {

    private final Path folder;

    private Tmpfs(Path folder) {
        this.folder = folder;
    }

    /** Mounts a tmpfs of {@code size} (as mount writes it: 1m, 512k) on an existing folder. */
    static Tmpfs mount(Path folder, String size) {
        run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString());
        return new Tmpfs(folder);
    }

    /** Makes the mounted file system read-only; chmod would not stop root. */
    void readOnly() {
        run("mount", "-o", "remount,ro", folder.toString());
    }

    @Override
    public void close() {
        run("umount", folder.toString());
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            String said = new String(output, StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                fail(
                        "'"
                                + String.join(" ", command)
                                + "' failed ("
                                + said
                                + "). This test mounts a"
                                + " tmpfs to check real write failures and must run as root (user id here: "
                                + userId()
                                + ").");
            }
        } catch (IOException e) {
            fail("cannot run '" + command[0] + "': " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while running '" + command[0] + "'");
        }
    }

    private static String userId() throws IOException, InterruptedException {
        Process id = new ProcessBuilder(new ArrayList<>(List.of("id", "-u"))).start();
        String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        id.waitFor();
        return uid;
    }
}
