package presskit.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import presskit.channel.Channels;
import presskit.diagnostic.Diagnostics;
import presskit.kit.Kit;
import presskit.kit.Manifest;
import presskit.kit.Output;
import presskit.model.ChannelSettings;
import presskit.plan.Rendered;
import presskit.render.TemplateEngine;
import presskit.source.LoadedCampaign;

/**
 * Builds the same kit again and again in one process, for a preview: each build is a whole {@link
 * KitBuild}, but keeps the template engine (its parsed templates) while no file in the templates
 * folder changed and the channels (with the lengths they measured) while {@code channels.yaml} says
 * the same, and the outputs whose job (template, channel and view) is the one rendered last time;
 * it makes the manifest and each zip only when it is asked for. What it gives is byte for byte what
 * {@code presskit build} writes for the same input.
 */
public final class WarmBuild {

    private static final String MANIFEST = "manifest.json";

    private final BuildRequest request;
    private final Clock clock;

    private List<String> templatesSeen;
    private TemplateEngine engine;
    private Map<String, ChannelSettings> channelSettings;
    private Channels channels;
    private Rendered rendered = Rendered.NOTHING;

    /** Builds of {@code request}, whose page tells whether the embargo holds by {@code clock}. */
    public WarmBuild(BuildRequest request, Clock clock) {
        this.request = request;
        this.clock = clock;
    }

    /**
     * The kit as it is now: every file {@code build} would write below the year's folder, path →
     * its bytes, made once, when first asked for.
     *
     * @throws presskit.diagnostic.DiagnosticException when the input cannot be built, as {@link
     *     KitBuild#run} does; the next build then starts afresh
     */
    public Preview run(Timings timings) {
        Kept kept = new Kept();
        try {
            KitBuild.Previewed previewed = new KitBuild(request, timings, clock, kept).preview();
            KitBuild.Checked checked = previewed.checked();
            kept.keep();
            return new Preview(checked.campaign(), files(previewed.exports()), checked.findings());
        } catch (RuntimeException | Error e) {
            // A template that crossed a bound leaves its engine stopped: nothing failed is kept.
            engine = null;
            channels = null;
            rendered = Rendered.NOTHING;
            throw e;
        }
    }

    /** The files of the kit as {@code KitWriter} lays them out, the slow ones made on demand. */
    private static Map<String, Supplier<byte[]>> files(Exports.Lazy exports) {
        Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
        // An output's text is made bytes when its file is asked for: most never are.
        for (Output o : exports.kit().outputs()) {
            Supplier<Map<String, byte[]>> made = once(o::files);
            o.paths().forEach(path -> files.put(path, () -> made.get().get(path)));
        }
        Kit kit = exports.kit();
        files.put(MANIFEST, once(() -> Manifest.json(kit).getBytes(StandardCharsets.UTF_8)));
        exports.files().forEach((path, bytes) -> files.put(path, () -> bytes));
        exports.zips().forEach((zip, packer) -> files.put(zip, once(packer)));
        return files;
    }

    /** What {@code make} makes, made by the first call and kept: callers may run at once. */
    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T made;

            @Override
            public synchronized T get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }

    /**
     * A kit built in memory: the campaign it came from, its files (path below the year's folder →
     * their bytes, made when first asked for) and what validation found.
     */
    public record Preview(
            LoadedCampaign campaign, Map<String, Supplier<byte[]>> files, Diagnostics findings) {

        public Preview {
            files = Map.copyOf(files);
        }
    }

    /** The templates folder's files, each as path, size and time of change; none when absent. */
    private static List<String> seen(Path templates) {
        List<String> seen = new ArrayList<>();
        if (templates == null || !Files.isDirectory(templates)) {
            return seen;
        }
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path file : files.sorted().toList()) {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                seen.add(file + " " + a.fileKey() + " " + a.size() + " " + a.lastModifiedTime());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seen;
    }

    /** What one build takes from the last, and what it leaves for the next once it succeeds. */
    private final class Kept implements KitBuild.Kept {

        private List<String> templatesNow;
        private TemplateEngine engineNow;
        private Map<String, ChannelSettings> settingsNow;
        private Channels channelsNow;
        private Rendered renderedNow = Rendered.NOTHING;

        @Override
        public TemplateEngine engine(Path templates) {
            templatesNow = seen(templates);
            engineNow =
                    engine != null && templatesNow.equals(templatesSeen)
                            ? engine
                            : NOTHING.engine(templates);
            return engineNow;
        }

        @Override
        public Channels channels(LoadedCampaign campaign) {
            settingsNow = Map.copyOf(campaign.channelSettings());
            channelsNow =
                    channels != null && settingsNow.equals(channelSettings)
                            ? channels
                            : NOTHING.channels(campaign);
            return channelsNow;
        }

        @Override
        public Rendered rendered() {
            return rendered;
        }

        @Override
        public void rendered(Rendered now) {
            renderedNow = now;
        }

        void keep() {
            templatesSeen = templatesNow;
            engine = engineNow;
            channelSettings = settingsNow;
            channels = channelsNow;
            rendered = renderedNow;
        }
    }
}
