package presskit.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Adds an "Examples:" section to every command's help, after the options and before the footer,
 * from the command's {@link Examples}; the section is part of the picocli model, so the man page
 * shows the same examples.
 */
final class HelpSections {

    static final String EXAMPLES = "examples";

    /** Examples for picocli's own {@code help} command, which presskit cannot annotate. */
    private static final List<String> HELP_EXAMPLES =
            List.of("presskit help build", "presskit help completion");

    private HelpSections() {}

    /** Installs the section on {@code cli} and every command below it. */
    static void install(CommandLine cli) {
        List<String> examples = examples(cli.getCommandSpec());
        if (!examples.isEmpty()) {
            List<String> keys = new ArrayList<>(cli.getHelpSectionKeys());
            // Setting the keys sets them on every command below too: added once, at the root.
            if (!keys.contains(EXAMPLES)) {
                keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), EXAMPLES);
                cli.setHelpSectionKeys(keys);
            }
            cli.getHelpSectionMap()
                    .put(
                            EXAMPLES,
                            help -> {
                                StringBuilder text = new StringBuilder("\nExamples:\n");
                                for (String example : examples) {
                                    text.append("  ").append(example).append('\n');
                                }
                                return text.toString();
                            });
        }
        for (CommandLine sub : cli.getSubcommands().values()) {
            install(sub);
        }
    }

    /** The examples of a command, as its {@link Examples} lists them (none when it has none). */
    static List<String> examples(CommandSpec spec) {
        Object command = spec.userObject();
        if (command instanceof CommandLine.HelpCommand) {
            return HELP_EXAMPLES;
        }
        Examples examples = command.getClass().getAnnotation(Examples.class);
        return examples == null ? List.of() : List.of(examples.value());
    }
}
