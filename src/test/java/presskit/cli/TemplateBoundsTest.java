package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's template that would run without end, nest without end or grow without end stops as one
 * located error (exit 2, no stack trace), however many outputs use it, and nothing is written.
 */
class TemplateBoundsTest {

    /** Only a guard against hanging: the bounds themselves are seconds. */
    private static final Duration HANG = Duration.ofSeconds(90);

    private static final String STOPPED =
            "presskit: stopped with 1 error, 0 warnings; nothing was written.\n";

    @TempDir Path tmp;

    private Cli.Run buildWith(String template, String content) throws IOException {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve(template).getParent());
        Files.writeString(templates.resolve(template), content);
        // The national edition renders x/short.txt.ftl once per short message.
        return assertTimeoutPreemptively(
                HANG,
                () ->
                        Cli.run(
                                "build",
                                "--only",
                                "national",
                                "--no-pdf",
                                "--templates",
                                templates.toString(),
                                "--out",
                                tmp.resolve("out").toString()));
    }

    private String shortPost() {
        return tmp.resolve("templates/x/short.txt.ftl").toString();
    }

    @Test
    void aMacroThatCallsItselfWithoutEndIsBlamedOnTheCall() throws IOException {
        Cli.Run run = buildWith("x/short.txt.ftl", "<#macro r n><@r n+1/></#macro><@r 0/>\n");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        shortPost()
                                + ":1:13: error: rendering went more than 500 levels deep"
                                + " (directives, macro and function calls and includes inside each"
                                + " other): a macro or function that calls itself, or a template"
                                + " that includes itself, needs a condition that ends it\n"
                                + STOPPED);
        assertThat(tmp.resolve("out/2023")).doesNotExist();
    }

    @Test
    void aTemplateThatIncludesItselfIsBlamedOnTheInclude() throws IOException {
        Cli.Run run =
                buildWith("x/short.txt.ftl", "${message.text}\n<#include \"short.txt.ftl\">\n");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .startsWith(shortPost() + ":2:1: error: rendering went more than 500 levels deep")
                .endsWith(STOPPED)
                .doesNotContain("StackOverflowError", "\tat ");
    }

    @Test
    void aLoopThatNeverEndsStopsAtItsDeadline() throws IOException {
        Cli.Run run = buildWith("x/short.txt.ftl", "${message.text}\n<#list 1.. as i></#list>\n");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        shortPost()
                                + ":2:1: error: rendering this output took longer than 5 s, the most"
                                + " one output may take: a loop that does not end (such as <#list 1.."
                                + " as i>) or one far too long; loop over the view's lists instead\n"
                                + STOPPED);
    }

    @Test
    void anOutputThatGrowsWithoutEndStopsAtItsSizeLimit() throws IOException {
        String line = "x".repeat(1000);
        Cli.Run run = buildWith("x/short.txt.ftl", "<#list 1.. as i>\n" + line + "\n</#list>\n");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        shortPost()
                                + ":2:1: error: the output grew past 16 Mi characters, the most one"
                                + " output may have: a loop that writes without end, or a value"
                                + " repeated far too often\n"
                                + STOPPED);
    }

    @Test
    void aValueTooLargeForMemoryIsBlamedOnItsLine() throws IOException {
        // Longer than any Java string may be, so it fails at once whatever the heap; the attack's
        // ?left_pad(2000000000) fails as fast only under the launcher's heap bound (PresskitIT).
        Cli.Run run =
                buildWith("x/short.txt.ftl", "${message.text}\n${\"x\"?left_pad(2147483647)}\n");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        shortPost()
                                + ":2:1: error: rendering ran out of memory here: a value grown far"
                                + " too large, such as ?left_pad or ?right_pad with a huge width, or"
                                + " text doubled in a loop\n"
                                + STOPPED);
    }

    @Test
    void aTemplateNestedTooDeeplyToParseIsReportedNotCrashedOn() throws IOException {
        String deep = "(".repeat(100_000) + "message.text" + ")".repeat(100_000);
        Cli.Run run = buildWith("x/short.txt.ftl", "${" + deep + "}\n");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        shortPost()
                                + ": error: is nested too deeply to read: brackets, directives or"
                                + " interpolations thousands of levels inside each other\n"
                                + STOPPED);
    }
}
