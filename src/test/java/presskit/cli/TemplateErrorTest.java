package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's template overrides the built-in one by name; its mistakes are located, and the sandbox
 * holds.
 */
class TemplateErrorTest {

    @TempDir Path tmp;

    private Cli.Run buildWith(String template, String content) throws IOException {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve(template).getParent());
        Files.writeString(templates.resolve(template), content);
        return build(templates);
    }

    private Cli.Run build(Path templates) {
        // The national edition uses every template but the local and regional posts'.
        return Cli.run(
                "build",
                "--only",
                "national",
                "--no-pdf",
                "--templates",
                templates.toString(),
                "--out",
                tmp.resolve("out").toString());
    }

    @Test
    void aUserTemplateOverridesTheBuiltInOneByName() throws IOException {
        Cli.Run run = buildWith("x/short.txt.ftl", "Eget inlägg: ${message.text}\n");

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(Files.readString(tmp.resolve("out/2023/national/x/short-1.txt")))
                .startsWith("Eget inlägg: Åtta av tio");
    }

    @Test
    void anUndefinedValueIsReportedWithTemplateLineAndExpression() throws IOException {
        Cli.Run run = buildWith("x/short.txt.ftl", "${message.text}\n${nosuchthing}\n");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(tmp.resolve("templates/x/short.txt.ftl") + ":2:3: error: 'nosuchthing':")
                .doesNotContain("\tat ");
        assertThat(tmp.resolve("out/2023")).doesNotExist();
    }

    @Test
    void aSyntaxErrorIsReportedBeforeAnythingIsRendered() throws IOException {
        Cli.Run run = buildWith("release/release.txt.ftl", "<#if report>\n");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(tmp.resolve("templates/release/release.txt.ftl") + ":");
        assertThat(tmp.resolve("out/2023")).doesNotExist();
    }

    @Test
    void aSyntaxErrorInAUsersLibraryIsReportedOnceAtItsOwnLine() throws IOException {
        Cli.Run run =
                buildWith(
                        "lib/posts.ftl",
                        """
                <#-- A library with a broken macro. -->
                <#macro messagePost>
                ${message.text}
                <#if>
                </#macro>
                """);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        tmp.resolve("templates/lib/posts.ftl")
                                + ":4:2: error: #if is an existing directive, but the tag is malformed.\n"
                                + "presskit: stopped with 1 error, 0 warnings; nothing was written.\n");
        assertThat(tmp.resolve("out/2023")).doesNotExist();
    }

    /** Templates are parsed in parallel; every broken one is still reported, in name order. */
    @Test
    void everyBrokenTemplateIsReportedInTheSameOrderEachTime() throws IOException {
        Path templates = tmp.resolve("templates");
        for (String name : List.of("x/short.txt.ftl", "release/release.md.ftl", "lib/sv.ftl")) {
            Files.createDirectories(templates.resolve(name).getParent());
            Files.writeString(templates.resolve(name), "Text\n<#if>\n");
        }

        Cli.Run first = build(templates);
        Cli.Run second = build(templates);

        assertThat(first.status()).isEqualTo(2);
        assertThat(first.err())
                .isEqualTo(
                        templates.resolve("lib/sv.ftl")
                                + ":2:2: error: #if is an existing directive, but the tag is malformed.\n"
                                + templates.resolve("release/release.md.ftl")
                                + ":2:2: error: #if is an existing directive, but the tag is malformed.\n"
                                + templates.resolve("x/short.txt.ftl")
                                + ":2:2: error: #if is an existing directive, but the tag is malformed.\n"
                                + "presskit: stopped with 3 errors, 0 warnings; nothing was written.\n")
                .isEqualTo(second.err());
    }

    @Test
    void aSyntaxErrorSaysInWordsWhatTheParserExpected() throws IOException {
        Cli.Run post = buildWith("x/short.txt.ftl", "${message.text}\n${message.text +}\n");

        assertThat(post.status()).isEqualTo(2);
        assertThat(post.err())
                .isEqualTo(
                        tmp.resolve("templates/x/short.txt.ftl")
                                + ":2:17: error: Encountered \"}\", but was expecting a value here"
                                + " (a name, a number or text in quotes)\n"
                                + "presskit: stopped with 1 error, 0 warnings; nothing was written.\n");

        Files.delete(tmp.resolve("templates/x/short.txt.ftl"));
        Cli.Run release =
                buildWith(
                        "release/release.html.ftlh",
                        "<#list quotes as q>\n<p>${sv.quote(q)}</#if>\n</#list>\n");

        assertThat(release.status()).isEqualTo(2);
        assertThat(release.err())
                .isEqualTo(
                        tmp.resolve("templates/release/release.html.ftlh")
                                + ":2:18: error: Encountered \"</#if>\", but only \"#list\" can be"
                                + " closed here. An end-tag before it may be missing or misspelt."
                                + " (Note that FreeMarker end-tags must have # or @ after the /"
                                + " character.)\n"
                                + "presskit: stopped with 1 error, 0 warnings; nothing was written.\n");
    }

    @Test
    void aSyntaxErrorInTheSwedishLibraryIsReportedOnceAtItsOwnLine() throws IOException {
        String sv =
                Files.readString(Path.of("templates/lib/sv.ftl"))
                        .replace("<#function date day>", "<#function date day");
        long line = sv.lines().takeWhile(l -> !l.contains("<#function date day<")).count() + 1;

        Cli.Run run = buildWith("lib/sv.ftl", sv);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        tmp.resolve("templates/lib/sv.ftl")
                                + ":"
                                + line
                                + ":20: error: Encountered \"<\", but was expecting \"=\", \"...\","
                                + " \",\", \")\", a name or \">\"\n"
                                + "presskit: stopped with 1 error, 0 warnings; nothing was written.\n");
    }

    @Test
    void templatesReadTheViewButNoJavaMethods() throws IOException {
        Cli.Run run = buildWith("x/short.txt.ftl", "${message.getClass().getName()}\n");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .startsWith(
                        tmp.resolve("templates/x/short.txt.ftl")
                                + ":1:3: error: 'message.getClass': no such value here, or it is"
                                + " null: a template sees only the values presskit gives it")
                .doesNotContain("presskit.model");
        assertThat(tmp.resolve("out/2023")).doesNotExist();

        // Nor as a property, nor on a value of the JDK's (a LocalDate).
        for (String expression : List.of("message.class.name", "report.published.plusDays(1)")) {
            Cli.Run other = buildWith("x/short.txt.ftl", "${" + expression + "}\n");
            assertThat(other.status()).as(expression).isEqualTo(2);
            assertThat(other.err()).as(expression).contains("x/short.txt.ftl:1:3: error: '");
        }
    }

    @Test
    void aTemplateThatLinksOutOfTheTemplatesFolderIsRefusedSayingWhereItLeads() throws IOException {
        // Invented content standing in for a file the templates must not read (the attack used
        // /etc/passwd).
        Path secret = tmp.resolve("elsewhere/secret.txt");
        Files.createDirectories(secret.getParent());
        Files.writeString(secret, "hemligt\n");
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve("x"));
        Files.createSymbolicLink(templates.resolve("x/short.txt.ftl"), secret);

        Cli.Run run = build(templates);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        templates.resolve("x/short.txt.ftl")
                                + ": error: the file is a link to "
                                + secret.toRealPath()
                                + ", outside the templates folder; presskit reads templates only"
                                + " from inside it: copy the file into the folder instead of linking"
                                + " to it\n"
                                + "presskit: stopped with 1 error, 0 warnings; nothing was written.\n");

        // Included rather than used by name: blamed on the include.
        Files.delete(templates.resolve("x/short.txt.ftl"));
        Files.createSymbolicLink(templates.resolve("x/secret.ftl"), secret);
        Files.writeString(
                templates.resolve("x/short.txt.ftl"),
                "${message.text}\n<#include \"secret.ftl\">\n");

        Cli.Run included = build(templates);

        assertThat(included.status()).isEqualTo(2);
        assertThat(included.err())
                .startsWith(
                        templates.resolve("x/short.txt.ftl")
                                + ":2:1: error: cannot include x/secret.ftl: the file is a link to "
                                + secret.toRealPath())
                .doesNotContain("hemligt");
        assertThat(tmp.resolve("out/2023")).doesNotExist();
    }

    @Test
    void anUndefinedValueInAUsersLibraryIsReportedOnceAtItsOwnLine() throws IOException {
        Cli.Run run =
                buildWith(
                        "lib/posts.ftl",
                        """
                <#-- A library that reads a value nobody gives. -->
                ${nosuch}
                """);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        tmp.resolve("templates/lib/posts.ftl")
                                + ":2:3: error: 'nosuch': no such value here, or it is null: a"
                                + " template sees only the values presskit gives it (README,"
                                + " \"Templates\"), not Java methods; if it may be missing, test it"
                                + " with nosuch?? or give it a default with nosuch!\"…\"\n"
                                + "presskit: stopped with 1 error, 0 warnings; nothing was written.\n");

        Cli.Run debug =
                Cli.run(
                        "--debug",
                        "build",
                        "--templates",
                        tmp.resolve("templates").toString(),
                        "--out",
                        tmp.resolve("out").toString());
        assertThat(debug.err())
                .as("--debug shows FreeMarker's own exception")
                .contains(
                        "Caused by: freemarker.core.InvalidReferenceException: The following has"
                                + " evaluated to null or missing:");
    }

    @Test
    void aSyntaxErrorInAUsersPageTemplateIsReportedBeforeAnythingRenders() throws IOException {
        String page =
                Files.readString(Path.of("templates/page/index.html.ftlh"))
                        .replace(
                                "<h1>Presskit: ${report.title}</h1>",
                                "<h1>Presskit: ${report.title</h1>");
        long line = page.lines().takeWhile(l -> !l.contains("${report.title</h1>")).count() + 1;
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve("page"));
        Files.writeString(templates.resolve("page/index.html.ftlh"), page);
        // A release that fails only while rendering, long before the PDFs and the page: the page's
        // mistake alone is reported, so it was found first.
        Files.createDirectories(templates.resolve("release"));
        Files.writeString(templates.resolve("release/release.txt.ftl"), "${nosuchthing}\n");

        Cli.Run run =
                Cli.run(
                        "build",
                        "--templates",
                        templates.toString(),
                        "--out",
                        tmp.resolve("out").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        templates.resolve("page/index.html.ftlh")
                                + ":"
                                + line
                                + ":30: error: Encountered \"/\", but was expecting a value here (a"
                                + " name, a number or text in quotes)\n"
                                + "presskit: stopped with 1 error, 0 warnings; nothing was written.\n");
        assertThat(tmp.resolve("out/2023")).doesNotExist();
    }

    @Test
    void templatesCannotInstantiateClassesOrReachTheJavaApi() throws IOException {
        Cli.Run created =
                buildWith(
                        "x/short.txt.ftl",
                        "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
        assertThat(created.status()).isEqualTo(2);
        assertThat(created.err()).contains("x/short.txt.ftl:1:").doesNotContain("uid=");

        Cli.Run api = buildWith("x/short.txt.ftl", "${message?api.getClass().getName()}\n");
        assertThat(api.status()).isEqualTo(2);
        assertThat(api.err())
                .contains("x/short.txt.ftl:1:")
                .doesNotContain("presskit.model.Message\n");
    }
}
