package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;

/**
 * The invented school-staff union of {@code fixtures/other-organisation} with a press room to show:
 * its logo (the tests' invented {@code logo/exempel-logo.png}) and press images that this class
 * invents: a portrait of its invented chair in the year file and a picture of a classroom in the
 * organisation's, each a small PNG drawn here, with a made-up photographer and licence. The year's
 * embargo lifts on 12 March 2025 at 06.00 (05:00 UTC).
 */
public final class PressRoomFixture {

    /** When the fixture's embargo lifts. */
    public static final Instant EMBARGO = Instant.parse("2025-03-12T05:00:00Z");

    /** The year's image: first in the room, and the one link previews show. */
    public static final String PORTRAIT = "bilder/ordforande.png";

    /** The organisation's image. */
    public static final String CLASSROOM = "bilder/klassrum.png";

    private PressRoomFixture() {}

    /** The fixture's campaign folder, written into {@code tmp/messages}. */
    public static Path messages(Path tmp) {
        try {
            Path messages =
                    OtherOrganisationTest.copy(
                            OtherOrganisationTest.FIXTURE, tmp.resolve("messages"));
            Files.createDirectories(messages.resolve("bilder"));
            Files.createDirectories(messages.resolve("logo"));
            Files.copy(
                    Path.of("src/test/resources/logo/exempel-logo.png"),
                    messages.resolve("logo/skolfacket.png"));
            Files.write(messages.resolve(PORTRAIT), png(new Color(0x2a, 0x6f, 0x97)));
            Files.write(messages.resolve(CLASSROOM), png(new Color(0xe0, 0x9f, 0x3e)));
            append(
                    messages.resolve("organisation.yaml"),
                    "logo: logo/skolfacket.png\n"
                            + "images:\n"
                            + "  - file: "
                            + CLASSROOM
                            + "\n"
                            + "    caption: Ett klassrum efter skoldagen\n"
                            + "    photographer: Påhittad Fotograf\n"
                            + "    licence: fri att använda i redaktionellt syfte\n"
                            + "    alt: Ett tomt klassrum med bänkar i rader och en whiteboard.\n");
            append(
                    messages.resolve("2025.yaml"),
                    "\nimages:\n"
                            + "  - file: "
                            + PORTRAIT
                            + "\n"
                            + "    caption: Maja Ek, förbundsordförande i Skolfacket\n"
                            + "    photographer: Ola Bild\n"
                            + "    licence: CC BY 4.0\n"
                            + "    alt: Maja Ek står framför en skolbyggnad och ler.\n");
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture built without PDFs into {@code tmp/out} on a clock at {@code now}: the year. */
    public static Path build(Path tmp, Instant now) {
        Path messages = messages(tmp);
        Path out = tmp.resolve("out");
        Cli.Run run =
                new Cli()
                        .clock(Clock.fixed(now, ZoneOffset.UTC))
                        .execute(
                                "build",
                                "--no-pdf",
                                "--messages",
                                messages.toString(),
                                "--out",
                                out.toString());
        assertThat(run.status()).as(run.all()).isZero();
        return out.resolve("2025");
    }

    /** A 40 × 30 PNG of one colour with a white stripe, drawn for the test. */
    static byte[] png(Color colour) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 40, 30);
        g.setColor(Color.WHITE);
        g.fillRect(0, 12, 40, 6);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
