package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.channel.Graphemes;
import presskit.publish.BuildFixture;
import presskit.publish.FakeBluesky;

/**
 * {@code publish --channel bluesky --live} against a PDS on 127.0.0.1: the records' text and
 * facets, a thread's reply refs, the link card with its uploaded image, one session a run, and what
 * the server's errors lead to. The campaign and its addresses are invented.
 */
class BlueskyPublishTest {

    static final String PASSWORD = "abcd-Zq9e-fgh2-ijk3";
    static final String LINK =
            "https://skolfacket.example.se/rapporter/arbetsmiljö-2026"
                    + "?utm_source=bluesky&utm_medium=social&utm_campaign=skolrapporten";
    static final List<String> THREAD =
            List.of(
                    "1/3 Sju av tio lärare säger att arbetsbelastningen har ökat. Läs rapporten: "
                            + LINK
                            + " #välfärd",
                    "2/3 Hör av dig till @skolfacket-ost.bsky.social eller"
                            + " @okand-avdelning.bsky.social 👩‍🏫 #Skola.",
                    "3/3 Mer stöd på https://Skolfacket.EXAMPLE.se/Stöd och i #välfärd!");

    @TempDir Path dir;

    @Test
    void aThreadIsOneReplyChainWithFacetsOverItsBytesALinkCardAndOneSession() throws Exception {
        byte[] photo = noisyPng(1400, 1400);
        assertThat(photo.length)
                .as("the served image is over the blob limit")
                .isGreaterThan(1_000_000);
        try (FakeBluesky pds = new FakeBluesky(PASSWORD)) {
            pds.account("skolfacket-ost.bsky.social", "did:plc:skolfacketost");
            String image = pds.image("rapport.png", photo);
            new BuildFixture(dir.resolve("out"), 2026)
                    .channel("bluesky")
                    .link(
                            "https://skolfacket.example.se/rapporter/arbetsmiljö-2026",
                            "Arbetsmiljön i skolan 2026",
                            "Sju av tio lärare har fått mer att göra.",
                            image)
                    .thread("national/bluesky/key-1", "national", THREAD)
                    .post("national/bluesky/short-1", "national", "Läs rapporten. #välfärd")
                    .approveAll(dir.resolve("messages"))
                    .write();
            // The access token expires once the first part is written: the run refreshes it.
            AtomicInteger writes = new AtomicInteger();
            pds.holdWrites(
                    record -> {
                        if (writes.incrementAndGet() == 1) {
                            pds.expireAccessTokens();
                        }
                    });

            Cli.Run run = live(pds.root());

            assertThat(run.status()).as(run.err()).isZero();
            List<FakeBluesky.Stored> records = pds.records();
            assertThat(records).hasSize(4);
            assertThat(pds.calls("com.atproto.server.createSession")).isEqualTo(1);
            assertThat(pds.calls("com.atproto.server.refreshSession")).isEqualTo(1);
            for (FakeBluesky.Stored record : records) {
                assertThat(record.rkey())
                        .matches("^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$");
                assertThat(Graphemes.count(record.text())).isLessThanOrEqualTo(300);
                assertThat(record.value().path("langs").toString()).isEqualTo("[\"sv\"]");
                assertThat(record.value().path("createdAt").asText())
                        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            }

            FakeBluesky.Stored first = records.get(0);
            FakeBluesky.Stored second = records.get(1);
            FakeBluesky.Stored third = records.get(2);
            assertThat(facets(first))
                    .containsExactly(
                            "link skolfacket.example.se/rapporter/ar... " + LINK,
                            "tag #välfärd välfärd");
            assertThat(facets(second))
                    .as("a handle that does not resolve stays plain text")
                    .containsExactly(
                            "mention @skolfacket-ost.bsky.social did:plc:skolfacketost",
                            "tag #Skola Skola");
            assertThat(facets(third))
                    .containsExactly(
                            "link skolfacket.example.se/St%C3%B6d https://Skolfacket.EXAMPLE.se/Stöd",
                            "tag #välfärd välfärd");
            assertThat(run.err())
                    .contains(
                            "national/bluesky/key-1 part 2/3: @okand-avdelning.bsky.social is not"
                                    + " a Bluesky account");

            assertThat(first.value().has("reply")).isFalse();
            assertThat(reply(second))
                    .isEqualTo(List.of(first.uri(), first.cid(), first.uri(), first.cid()));
            assertThat(reply(third))
                    .isEqualTo(List.of(first.uri(), first.cid(), second.uri(), second.cid()));
            assertThat(records.get(3).value().has("reply")).isFalse();

            JsonNode external = first.value().path("embed").path("external");
            assertThat(first.value().path("embed").path("$type").asText())
                    .isEqualTo("app.bsky.embed.external");
            assertThat(external.path("uri").asText()).isEqualTo(LINK);
            assertThat(external.path("title").asText()).isEqualTo("Arbetsmiljön i skolan 2026");
            assertThat(external.path("description").asText())
                    .isEqualTo("Sju av tio lärare har fått mer att göra.");
            assertThat(pds.blobs()).hasSize(1);
            byte[] blob = pds.blobs().get(0);
            assertThat(blob.length).isLessThanOrEqualTo(1_000_000);
            assertThat(ImageIO.read(new ByteArrayInputStream(blob))).isNotNull();
            assertThat(external.path("thumb").path("size").asInt()).isEqualTo(blob.length);
            assertThat(external.path("thumb").path("mimeType").asText()).isEqualTo("image/jpeg");
            assertThat(second.value().has("embed"))
                    .as("only the first part has the card")
                    .isFalse();
        }
    }

    @Test
    void aCardWhoseImageCannotBeFetchedGoesWithoutItAndSaysSo() throws Exception {
        try (FakeBluesky pds = new FakeBluesky(PASSWORD)) {
            new BuildFixture(dir.resolve("out"), 2026)
                    .channel("bluesky")
                    .link(
                            "https://skolfacket.example.se/rapporter/arbetsmiljö-2026",
                            "Arbetsmiljön i skolan 2026",
                            "Sju av tio lärare har fått mer att göra.",
                            pds.root() + "/og/borta.png")
                    .post("national/bluesky/short-1", "national", THREAD.get(0))
                    .approveAll(dir.resolve("messages"))
                    .write();

            Cli.Run run = live(pds.root());

            assertThat(run.status()).as(run.err()).isZero();
            JsonNode external = pds.records().get(0).value().path("embed").path("external");
            assertThat(external.path("title").asText()).isEqualTo("Arbetsmiljön i skolan 2026");
            assertThat(external.has("thumb")).isFalse();
            assertThat(pds.blobs()).isEmpty();
            assertThat(run.err())
                    .contains(
                            "national/bluesky/short-1: the link card goes without its image "
                                    + pds.root()
                                    + "/og/borta.png: its server answered 404");
        }
    }

    @Test
    void aServerErrorAfterWritingAndARateLimitEndWithEachPartOnce() throws Exception {
        try (FakeBluesky pds = new FakeBluesky(PASSWORD)) {
            new BuildFixture(dir.resolve("out"), 2026)
                    .channel("bluesky")
                    .thread("national/bluesky/key-1", "national", List.of("1/2 Ett", "2/2 Två"))
                    .approveAll(dir.resolve("messages"))
                    .write();
            pds.failAfterWriting(1).rateLimitWrites(1, Instant.now().getEpochSecond() + 30);

            Cli.Run run = live(pds.root());

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(pds.records())
                    .extracting(FakeBluesky.Stored::text)
                    .containsExactly("1/2 Ett", "2/2 Två");
            assertThat(pds.calls("com.atproto.repo.getRecord"))
                    .as("the record written before the 503 is found, not written again")
                    .isEqualTo(1);
            assertThat(run.out())
                    .contains("an earlier request did arrive", "rate-limited; waiting");
            assertThat(reply(pds.records().get(1)).get(3)).isEqualTo(pds.records().get(0).cid());
        }
    }

    @Test
    void aWrongAppPasswordStopsTheRunWithAdviceAndWithoutThePassword() throws Exception {
        try (FakeBluesky pds = new FakeBluesky("another-password")) {
            new BuildFixture(dir.resolve("out"), 2026)
                    .channel("bluesky")
                    .post("national/bluesky/short-1", "national", "Kort")
                    .approveAll(dir.resolve("messages"))
                    .write();

            Cli.Run run = live(pds.root());

            assertThat(run.status()).isEqualTo(ExitCode.NETWORK.code());
            assertThat(run.err())
                    .contains(
                            "401 AuthenticationRequired: Invalid identifier or password",
                            "Settings → Privacy and security → App passwords")
                    .doesNotContain(PASSWORD);
            assertThat(pds.records()).isEmpty();
        }
    }

    private Cli.Run live(String root) {
        return new Cli()
                .environment(account("@" + FakeBluesky.HANDLE, PASSWORD))
                .execute(liveArguments(dir, root));
    }

    /** {@code BLUESKY_HANDLE} and {@code BLUESKY_APP_PASSWORD} as the environment has them. */
    static Map<String, String> account(String handle, String password) {
        return Map.of("BLUESKY_HANDLE", handle, "BLUESKY_APP_PASSWORD", password);
    }

    /** {@code publish --channel bluesky --live} on the build in {@code folder/out}. */
    static String[] liveArguments(Path folder, String root, String... extra) {
        List<String> all =
                new ArrayList<>(
                        List.of(
                                "publish",
                                "--channel",
                                "bluesky",
                                "--live",
                                "--out",
                                folder.resolve("out").toString(),
                                "--messages",
                                folder.resolve("messages").toString(),
                                "--ledger-dir",
                                folder.resolve("state").toString(),
                                "--api-base-url",
                                root));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    /** Each facet as "kind label value", its label sliced from the text's UTF-8 bytes. */
    static List<String> facets(FakeBluesky.Stored record) {
        byte[] text = record.text().getBytes(StandardCharsets.UTF_8);
        List<String> found = new ArrayList<>();
        for (JsonNode facet : record.value().path("facets")) {
            String label =
                    new String(
                            Arrays.copyOfRange(
                                    text,
                                    facet.path("index").path("byteStart").asInt(),
                                    facet.path("index").path("byteEnd").asInt()),
                            StandardCharsets.UTF_8);
            JsonNode feature = facet.path("features").get(0);
            String type = feature.path("$type").asText();
            found.add(
                    switch (type) {
                        case "app.bsky.richtext.facet#link" ->
                                "link " + label + " " + feature.path("uri").asText();
                        case "app.bsky.richtext.facet#tag" ->
                                "tag " + label + " " + feature.path("tag").asText();
                        case "app.bsky.richtext.facet#mention" ->
                                "mention " + label + " " + feature.path("did").asText();
                        default -> type;
                    });
        }
        return found;
    }

    /** root uri, root cid, parent uri, parent cid. */
    static List<String> reply(FakeBluesky.Stored record) {
        JsonNode reply = record.value().path("reply");
        return List.of(
                reply.path("root").path("uri").asText(),
                reply.path("root").path("cid").asText(),
                reply.path("parent").path("uri").asText(),
                reply.path("parent").path("cid").asText());
    }

    /** A PNG of random pixels: it does not compress, so it stays large. */
    static byte[] noisyPng(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(17);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
