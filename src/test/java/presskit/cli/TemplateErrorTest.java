package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's template overrides the built-in one by name; its mistakes are located, and the sandbox holds. */
class TemplateErrorTest {

    @TempDir
    Path tmp;

    private Cli.Run buildWith(String template, String content) throws IOException {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve(template).getParent());
        Files.writeString(templates.resolve(template), content);
        return Cli.run("build", "--templates", templates.toString(), "--out", tmp.resolve("out").toString());
    }

    @Test
    void aUserTemplateOverridesTheBuiltInOneByName() throws IOException {
        Cli.Run run = buildWith("x/short.txt.ftl", "Eget inlägg: ${message.text()}\n");

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(Files.readString(tmp.resolve("out/2023/national/x/short-1.txt"))).startsWith("Eget inlägg: Åtta av tio");
    }

    @Test
    void anUndefinedValueIsReportedWithTemplateLineAndExpression() throws IOException {
        Cli.Run run = buildWith("x/short.txt.ftl", "${message.text()}\n${nosuchthing}\n");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(tmp.resolve("templates/x/short.txt.ftl") + ":2:3: error: 'nosuchthing':")
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
    void templatesCannotInstantiateClassesOrReachTheJavaApi() throws IOException {
        Cli.Run created = buildWith("x/short.txt.ftl",
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
        assertThat(created.status()).isEqualTo(2);
        assertThat(created.err()).contains("x/short.txt.ftl:1:").doesNotContain("uid=");

        Cli.Run api = buildWith("x/short.txt.ftl", "${message?api.getClass().getName()}\n");
        assertThat(api.status()).isEqualTo(2);
        assertThat(api.err()).contains("x/short.txt.ftl:1:").doesNotContain("presskit.model.Message\n");
    }
}
