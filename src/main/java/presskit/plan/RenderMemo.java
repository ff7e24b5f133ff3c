package presskit.plan;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import presskit.kit.Document;
import presskit.kit.Output;
import presskit.kit.Post;
import presskit.kit.PostFrame;
import presskit.kit.PostThread;

/**
 * What a build rendered, kept in a file beside the kit ({@code out/.rendered-<year>}) for the next
 * build in another process: each output's {@link JobKeys key}, its text as fitted and its frame for
 * the page. The next build takes every output whose job has the same key instead of rendering it,
 * so a rebuild after a one-message edit renders the outputs that say that message and no others.
 *
 * <p>Only a shortcut: a file that is missing, of another format, cut short or changed (a CRC-32
 * over all of it) is ignored as a whole, and everything is rendered. What it holds never decides
 * what a kit says: an entry is taken only for a job whose key, which covers all the job renders
 * from, equals the one it was stored under.
 */
public final class RenderMemo {

    /** Nothing kept: every output is rendered. */
    public static final RenderMemo NONE = new RenderMemo(Map.of());

    private static final String FORMAT = "presskit rendered outputs 1";
    private static final int DOCUMENT = 1;
    private static final int POST = 2;
    private static final int THREAD = 3;

    /** Bounds that no kit comes near; a file beyond them is not one this class wrote. */
    private static final int MAX_ENTRIES = 1 << 20;

    private static final int MAX_TEXT = 1 << 26;

    private final Map<JobKeys.Key, Entry> entries;

    private RenderMemo(Map<JobKeys.Key, Entry> entries) {
        this.entries = entries;
    }

    /** The file a build of {@code year} into {@code out} keeps its outputs in. */
    public static String fileName(int year) {
        return ".rendered-" + year;
    }

    /** The outputs kept in {@code file}; {@link #NONE} when it is missing or unreadable. */
    public static RenderMemo read(Path file) {
        try (InputStream raw = Files.newInputStream(file)) {
            CheckedInputStream checked =
                    new CheckedInputStream(new BufferedInputStream(raw, 1 << 16), new CRC32());
            DataInputStream in = new DataInputStream(checked);
            if (!FORMAT.equals(in.readUTF())) {
                return NONE;
            }
            int count = in.readInt();
            if (count < 0 || count > MAX_ENTRIES) {
                return NONE;
            }
            Map<JobKeys.Key, Entry> entries = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                JobKeys.Key key = new JobKeys.Key(in.readLong(), in.readLong());
                entries.put(key, Entry.read(in));
            }
            long sum = checked.getChecksum().getValue();
            if (in.readLong() != sum || in.read() != -1) {
                return NONE;
            }
            return new RenderMemo(entries);
        } catch (NoSuchFileException e) {
            return NONE;
        } catch (IOException | RuntimeException e) {
            // Cut short, bounds crossed, not this format: a shortcut lost, nothing more.
            return NONE;
        }
    }

    /** How many outputs are kept. */
    public int size() {
        return entries.size();
    }

    /** What {@code job}, of key {@code key}, rendered to last time; null when not kept. */
    Rendered.Done take(Job job, JobKeys.Key key) {
        Entry entry = key == null ? null : entries.get(key);
        if (entry == null) {
            return null;
        }
        Output output = entry.output(job);
        if (output == null) {
            return null;
        }
        PostFrame frame =
                entry.frame == null || job.frames() == null
                        ? null
                        : new PostFrame(
                                job.id(),
                                entry.frame.get(0),
                                entry.frame.get(1),
                                entry.frame.get(2),
                                entry.frame.get(3));
        return new Rendered.Done(job, output, frame, key);
    }

    /**
     * Writes every keyed output of {@code rendered} to {@code out}, which this method leaves open.
     */
    public static void write(Rendered rendered, OutputStream out) throws IOException {
        Map<JobKeys.Key, Entry> keyed = new LinkedHashMap<>();
        for (Rendered.Done done : rendered.done()) {
            Entry entry = done.key() == null ? null : Entry.of(done);
            if (entry != null) {
                keyed.put(done.key(), entry);
            }
        }
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        CheckedOutputStream checked = new CheckedOutputStream(buffered, new CRC32());
        DataOutputStream data = new DataOutputStream(checked);
        data.writeUTF(FORMAT);
        data.writeInt(keyed.size());
        for (Map.Entry<JobKeys.Key, Entry> each : keyed.entrySet()) {
            data.writeLong(each.getKey().high());
            data.writeLong(each.getKey().low());
            each.getValue().write(data);
        }
        data.writeLong(checked.getChecksum().getValue());
        data.flush();
    }

    /**
     * One output as kept: what rendering and fitting decided (its id, path and example mark come
     * from the job that takes it), and its frame's committee and texts, or null.
     */
    private record Entry(
            int form,
            List<String> texts,
            List<String> paths,
            int[] numbers,
            boolean[] fits,
            List<String> dropped,
            List<String> frame) {

        /** The entry of {@code done}; null for an output rendering does not make. */
        static Entry of(Rendered.Done done) {
            List<String> frame =
                    done.frame() == null
                            ? null
                            : Arrays.asList(
                                    done.frame().committee(),
                                    done.frame().bare(),
                                    done.frame().tagged(),
                                    done.frame().replied());
            if (done.output() instanceof Document d) {
                return new Entry(
                        DOCUMENT,
                        List.of(d.text()),
                        List.of(),
                        new int[0],
                        new boolean[0],
                        List.of(),
                        frame);
            }
            if (done.output() instanceof Post p) {
                return new Entry(
                        POST,
                        List.of(p.text()),
                        List.of(),
                        new int[] {p.length(), p.limit()},
                        new boolean[] {p.fits()},
                        p.droppedHashtags(),
                        frame);
            }
            if (done.output() instanceof PostThread t) {
                List<String> texts = new ArrayList<>();
                List<String> paths = new ArrayList<>();
                int[] numbers = new int[3 + t.parts().size()];
                boolean[] fits = new boolean[t.parts().size()];
                numbers[0] = t.length();
                numbers[1] = t.limit();
                numbers[2] = t.asOnePost();
                for (int i = 0; i < t.parts().size(); i++) {
                    PostThread.Part part = t.parts().get(i);
                    texts.add(part.text());
                    paths.add(part.path());
                    numbers[3 + i] = part.length();
                    fits[i] = part.fits();
                }
                return new Entry(THREAD, texts, paths, numbers, fits, t.droppedHashtags(), frame);
            }
            return null;
        }

        /** The output for {@code job}; null when the entry is not of the job's form. */
        Output output(Job job) {
            boolean post = job.channel() != null;
            if (form == DOCUMENT && !post) {
                return new Document(job.id(), job.kind(), job.path(), texts.get(0), job.example());
            }
            if (form == POST && post) {
                return new Post(
                        job.id(),
                        job.path(),
                        texts.get(0),
                        numbers[0],
                        numbers[1],
                        fits[0],
                        dropped,
                        job.example());
            }
            if (form == THREAD && post && texts.size() >= 2) {
                List<PostThread.Part> parts = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) {
                    parts.add(
                            new PostThread.Part(
                                    paths.get(i), texts.get(i), numbers[3 + i], fits[i]));
                }
                return new PostThread(
                        job.id(),
                        job.path(),
                        parts,
                        numbers[0],
                        numbers[1],
                        dropped,
                        job.example(),
                        numbers[2]);
            }
            return null;
        }

        void write(DataOutputStream out) throws IOException {
            out.writeByte(form);
            strings(out, texts);
            strings(out, paths);
            out.writeInt(numbers.length);
            for (int n : numbers) {
                out.writeInt(n);
            }
            out.writeInt(fits.length);
            for (boolean f : fits) {
                out.writeBoolean(f);
            }
            strings(out, dropped);
            out.writeBoolean(frame != null);
            if (frame != null) {
                strings(out, frame);
            }
        }

        static Entry read(DataInputStream in) throws IOException {
            int form = in.readByte();
            List<String> texts = strings(in, false);
            List<String> paths = strings(in, false);
            int[] numbers = new int[count(in)];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = in.readInt();
            }
            boolean[] fits = new boolean[count(in)];
            for (int i = 0; i < fits.length; i++) {
                fits[i] = in.readBoolean();
            }
            List<String> dropped = strings(in, false);
            List<String> frame = in.readBoolean() ? strings(in, true) : null;
            boolean whole =
                    switch (form) {
                        case DOCUMENT -> texts.size() == 1;
                        case POST -> texts.size() == 1 && numbers.length == 2 && fits.length == 1;
                        case THREAD ->
                                paths.size() == texts.size()
                                        && numbers.length == 3 + texts.size()
                                        && fits.length == texts.size();
                        default -> false;
                    };
            boolean frameWhole =
                    frame == null
                            || (frame.size() == 4
                                    && frame.subList(1, 4).stream().allMatch(t -> t != null));
            if (!whole || !frameWhole) {
                throw new IOException("not an entry this class wrote");
            }
            return new Entry(form, texts, paths, numbers, fits, dropped, frame);
        }

        private static void strings(DataOutputStream out, List<String> strings) throws IOException {
            out.writeInt(strings.size());
            for (String s : strings) {
                if (s == null) {
                    out.writeInt(-1);
                } else {
                    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(bytes.length);
                    out.write(bytes);
                }
            }
        }

        /**
         * Texts as {@link #strings(DataOutputStream, List)} wrote them; null only if {@code nulls}.
         */
        private static List<String> strings(DataInputStream in, boolean nulls) throws IOException {
            int n = count(in);
            List<String> strings = new ArrayList<>(Math.min(n, 64));
            for (int i = 0; i < n; i++) {
                int length = in.readInt();
                if (length == -1 && nulls) {
                    strings.add(null);
                    continue;
                }
                if (length < 0 || length > MAX_TEXT) {
                    throw new IOException("not a text this class wrote");
                }
                byte[] bytes = new byte[length];
                in.readFully(bytes);
                strings.add(new String(bytes, StandardCharsets.UTF_8));
            }
            return strings;
        }

        private static int count(DataInputStream in) throws IOException {
            int n = in.readInt();
            if (n < 0 || n > MAX_ENTRIES) {
                throw new IOException("not a count this class wrote");
            }
            return n;
        }
    }
}
