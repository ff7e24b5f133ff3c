package presskit.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes presskit's manual page in roff (the man(7) macros) from the picocli model that also gives
 * the help and the completion: one page with the global options, then every command with its
 * synopsis, description, options and examples, then the exit statuses.
 */
final class ManPage {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final StringBuilder page = new StringBuilder();

    private ManPage() {}

    /** The page of the command line whose root is {@code root}. */
    static String of(CommandLine root) {
        ManPage man = new ManPage();
        man.write(root);
        return man.page.toString();
    }

    private void write(CommandLine root) {
        CommandSpec spec = root.getCommandSpec();
        String version = spec.version().length == 0 ? spec.name() : spec.version()[0];
        line(".TH PRESSKIT 1 \"\" \"" + escape(version) + "\" \"presskit manual\"");
        line(".nh"); // no hyphenation and a ragged right edge, as in most pages
        line(".ad l");
        line(".SH NAME");
        line(spec.name() + " \\- " + escape(spec.usageMessage().description()[0]));
        line(".SH SYNOPSIS");
        synopsis(root);
        line(".SH DESCRIPTION");
        paragraphs(List.of(spec.usageMessage().description()));
        line(".SH OPTIONS");
        options(spec);
        line(".SH COMMANDS");
        for (CommandLine sub : root.getSubcommands().values()) {
            CommandSpec command = sub.getCommandSpec();
            line(".SS " + quoted(command.qualifiedName()));
            synopsis(sub);
            paragraphs(List.of(command.usageMessage().description()));
            options(command);
            examples(command);
        }
        line(".SH EXIT STATUS");
        for (Map.Entry<String, String> e : spec.usageMessage().exitCodeList().entrySet()) {
            line(".TP");
            line(".B " + e.getKey().strip());
            line(escape(e.getValue()));
        }
        line(".SH EXAMPLES");
        examplesBlock(HelpSections.examples(spec));
    }

    private void synopsis(CommandLine command) {
        String text = SPACES.matcher(command.getHelp().synopsis(0)).replaceAll(" ").strip();
        line(".PP");
        line(escape(text));
    }

    private void paragraphs(List<String> lines) {
        for (String text : lines) {
            line(".PP");
            line(escape(unformat(text)));
        }
    }

    /** A description line as picocli's help shows it, whose format strings may hold %n and %%. */
    private static String unformat(String text) {
        return text.replace("%n", " ").replace("%%", "%").strip();
    }

    private void options(CommandSpec spec) {
        boolean sub = spec.parent() != null;
        for (PositionalParamSpec p : spec.positionalParameters()) {
            item(p.paramLabel(), p.description());
        }
        List<OptionSpec> sorted =
                spec.options().stream()
                        .sorted(Comparator.comparing(o -> o.longestName().replace("-", "")))
                        .toList();
        for (OptionSpec o : sorted) {
            if (sub && (o.inherited() || o.usageHelp() || o.versionHelp())) {
                continue; // the same in every command: told once, under OPTIONS
            }
            String names = String.join(", ", o.names());
            item(o.arity().max() > 0 ? names + "=" + o.paramLabel() : names, o.description());
        }
    }

    private void item(String term, String[] description) {
        line(".TP");
        line("\\fB" + escape(term) + "\\fR");
        line(escape(unformat(String.join(" ", description))));
    }

    private void examples(CommandSpec spec) {
        List<String> examples = HelpSections.examples(spec);
        if (!examples.isEmpty()) {
            line(".PP");
            line("Examples:");
            examplesBlock(examples);
        }
    }

    private void examplesBlock(List<String> examples) {
        if (examples.isEmpty()) {
            return;
        }
        line(".PP");
        line(".RS 4");
        line(".nf");
        examples.forEach(e -> line(escape(e)));
        line(".fi");
        line(".RE");
    }

    private void line(String text) {
        page.append(text).append('\n');
    }

    private static String quoted(String text) {
        return '"' + escape(text) + '"';
    }

    /** Roff text: backslashes and minus signs escaped, and no line taken for a request. */
    private static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }
}
