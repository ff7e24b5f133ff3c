package presskit.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import presskit.build.BuildRequest;
import presskit.build.Timings;
import presskit.build.WarmBuild;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.diagnostic.Diagnostics;

/**
 * {@code presskit serve}: builds the kit in memory, serves it on 127.0.0.1, and builds it again in
 * the same process whenever a file in the messages or templates folder is saved; open pages reload.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Preview the kit at http://127.0.0.1:PORT/ while you edit: it is built again on every"
                    + " save in the messages and templates folders, and the open page reloads.",
            "After the first build, a file that cannot be loaded shows its error at the top of"
                    + " every page, over the last kit that could be built. Nothing is written."
        },
        footer = {
            "%nExit status: 130 stopped with Ctrl-C (143 with SIGTERM), 2 a port that is taken or"
                    + " a first build that cannot load its input."
        })
@Examples({
    "presskit serve                           # the newest year at http://127.0.0.1:8080/",
    "presskit serve --port 0                  # any free port; the address is printed",
    "presskit serve --year 2025 --pdf         # with the PDF releases, rebuilt on each save"
})
final class ServeCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Mixin CampaignSource campaign;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8080",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(
            names = "--pdf",
            description =
                    "Also render the release PDFs on every build (slower; without it the page"
                            + " and zips leave them out, as build --no-pdf does).")
    boolean pdf;

    @Spec CommandSpec spec;

    private final Context context;

    ServeCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new CommandFailure(
                    ExitCode.USAGE_OR_INPUT, "--port must be 0 to 65535, not " + port + ".");
        }
        BuildRequest request = campaign.request().withPdf(pdf);
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch signal = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        // Ctrl-C and SIGTERM run the shutdown hooks, and the process then ends with the signal's
        // status (130, 143). This hook holds the end until the server and the watch are closed.
        Thread hook =
                new Thread(
                        () -> {
                            signal.countDown();
                            try {
                                closed.await(5, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "presskit-serve-stop");
        WarmBuild builds = new WarmBuild(request, context.clock());
        try (KitServer server = KitServer.start(port);
                SourceWatch watch = new SourceWatch(watched(request))) {
            // The first kit must build, as with build: there is nothing to show before it.
            long start = System.nanoTime();
            server.show(files(builds.run(timings()), start));
            out.printf(
                    "Serving at http://127.0.0.1:%d/ (watching %s; Ctrl-C stops).%n",
                    server.address().getPort(),
                    String.join(" and ", watched(request).stream().map(Path::toString).toList()));
            Thread rebuilds = new Thread(() -> rebuild(builds, watch, server), "presskit-watch");
            rebuilds.setDaemon(true);
            rebuilds.start();
            Runtime.getRuntime().addShutdownHook(hook);
            signal.await();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // The process is ending and the hook runs, or it was never added.
            }
        }
        out.println("Stopped serving.");
        out.flush();
        closed.countDown();
        return ExitCode.OK.code();
    }

    /** The folders a build reads that exist: the messages folder, the templates folder. */
    private static List<Path> watched(BuildRequest request) {
        return Stream.of(request.messages(), request.templates())
                .filter(Files::isDirectory)
                .toList();
    }

    /** Builds the kit again after each change until the watch is closed. */
    private void rebuild(WarmBuild builds, SourceWatch watch, KitServer server) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            while (watch.awaitChange()) {
                long start = System.nanoTime();
                try {
                    server.show(files(builds.run(timings()), start));
                } catch (DiagnosticException e) {
                    List<String> lines = e.diagnostics().stream().map(Diagnostic::format).toList();
                    lines.forEach(err::println);
                    long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
                    err.printf(
                            "%s cannot build the kit: %s; the last kit built is still served.%n",
                            now(), Diagnostics.summary(errors, lines.size() - errors));
                    server.showProblems(lines);
                } catch (UncheckedIOException e) {
                    String line = "cannot read a file: " + ErrorReporter.describe(e.getCause());
                    err.println(now() + " " + line);
                    server.showProblems(List.of(line));
                } catch (RuntimeException e) {
                    // A bug must not end the watch: the next save may build again.
                    String line =
                            "stopped by a bug in presskit, not by anything in your files: run"
                                    + " presskit --debug build with the same options and send"
                                    + " the whole output to presskit's maintainers.";
                    err.println(now() + " " + line);
                    server.showProblems(List.of(line));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every file of a built kit, path below the year's folder → bytes; its line printed. */
    private Map<String, Supplier<byte[]>> files(WarmBuild.Preview result, long start) {
        Map<String, Supplier<byte[]>> files = result.files();
        spec.commandLine()
                .getOut()
                .printf(
                        "%s built the kit in %d ms: %d files%s.%n",
                        now(),
                        (System.nanoTime() - start) / 1_000_000,
                        files.size(),
                        findings(result.findings()));
        return files;
    }

    private Timings timings() {
        return Commands.timings(spec, context);
    }

    /** The findings of a build that succeeded, as a count after its line. */
    private static String findings(Diagnostics findings) {
        List<FindingGroups.Group> groups = FindingGroups.of(findings.all());
        long errors = groups.stream().filter(FindingGroups.Group::isError).count();
        return groups.isEmpty()
                ? ""
                : ", "
                        + Diagnostics.summary(errors, groups.size() - errors)
                        + " (presskit validate lists them)";
    }

    private String now() {
        return LocalTime.now(context.clock().withZone(ZoneId.systemDefault())).format(TIME);
    }
}
