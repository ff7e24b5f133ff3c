package presskit.publish.bluesky;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * A link card's image as Bluesky takes it: downloaded within a size and time bound, then decoded
 * and written again as a JPEG of at most {@link #MAX_BYTES} and 2000 pixels a side. Writing it
 * again also drops whatever metadata the file carried (EXIF, a camera's GPS position).
 */
final class CardImage {

    /** The largest blob {@code app.bsky.embed.external}'s thumb takes. */
    static final int MAX_BYTES = 1_000_000;

    /** The lexicon's largest width and height. */
    static final int MAX_SIDE = 2000;

    /** The most presskit downloads for one image; a larger file is not a card picture. */
    static final int MAX_DOWNLOAD = 15_000_000;

    /** The most pixels presskit decodes, so a small file cannot unpack into gigabytes. */
    private static final long MAX_PIXELS = 50_000_000L;

    private final HttpClient client;
    private final Duration deadline;

    CardImage(Duration deadline) {
        this.deadline = deadline;
        this.client =
                HttpClient.newBuilder()
                        .connectTimeout(deadline)
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build();
    }

    /** Why an image cannot be the card's: said to the user, and the card goes without it. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message, null, false, false);
        }
    }

    /** The image at {@code url} as a JPEG of at most {@link #MAX_BYTES}. */
    byte[] fetch(String url) throws Unusable, InterruptedException {
        return fit(download(url));
    }

    private byte[] download(String url) throws Unusable, InterruptedException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new Unusable("its address is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new Unusable("its address is not http or https");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(deadline).GET().build();
        CompletableFuture<byte[]> body =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                        .thenApply(CardImage::bounded);
        try {
            return body.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            body.cancel(true);
            throw new Unusable("it did not arrive within " + deadline.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new Unusable(
                    cause instanceof Refused refused
                            ? refused.getMessage()
                            : "it cannot be downloaded ("
                                    + (cause == null
                                            ? "no answer"
                                            : cause.getClass().getSimpleName())
                                    + ")");
        }
    }

    /** A download that stopped for a reason the user should read. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private static byte[] bounded(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new Refused("its server answered " + response.statusCode());
            }
            byte[] bytes = in.readNBytes(MAX_DOWNLOAD + 1);
            if (bytes.length > MAX_DOWNLOAD) {
                throw new Refused("it is larger than " + MAX_DOWNLOAD / 1_000_000 + " MB");
            }
            return bytes;
        } catch (IOException e) {
            throw new Refused("it cannot be downloaded (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** {@code bytes} decoded and written as a JPEG small enough for a blob. */
    static byte[] fit(byte[] bytes) throws Unusable {
        BufferedImage image = decode(bytes);
        double scale =
                Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
        while (true) {
            BufferedImage flat = flatten(image, scale);
            for (float quality = 0.85f; quality >= 0.45f; quality -= 0.2f) {
                byte[] jpeg = jpeg(flat, quality);
                if (jpeg.length <= MAX_BYTES) {
                    return jpeg;
                }
            }
            scale *= 0.7;
            if (image.getWidth() * scale < 16 || image.getHeight() * scale < 16) {
                throw new Unusable("it cannot be made smaller than 1 MB");
            }
        }
    }

    private static BufferedImage decode(byte[] bytes) throws Unusable {
        try (ImageInputStream in =
                ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new Unusable("it is not an image the JDK can read (PNG, JPEG, GIF or BMP)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new Unusable("it has more than 50 million pixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Unusable(
                    "it cannot be read as an image (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The image at {@code scale}, on white where it was transparent: JPEG has no alpha. */
    private static BufferedImage flatten(BufferedImage image, double scale) {
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage flat = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        try {
            g.setRenderingHint(
                    RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return flat;
    }

    private static byte[] jpeg(BufferedImage image, float quality) throws Unusable {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new Unusable(
                    "it cannot be written as JPEG (" + e.getClass().getSimpleName() + ")");
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
