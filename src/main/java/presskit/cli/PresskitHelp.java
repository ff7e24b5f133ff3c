package presskit.cli;

/**
 * picocli's rendering of {@code presskit --help}, which {@link QuickCommands} prints. Kept as a
 * constant rather than a resource: reading a resource opens the jar's index of 14 000 entries,
 * which costs half as much as starting the JVM. Written by {@code QuickCommandsTest} with {@code
 * -Dgolden.update=true}, which also checks that it is what picocli renders; not edited by hand.
 */
final class PresskitHelp {

    private PresskitHelp() {}

    static final String TEXT =
            ""
                    + "Usage: presskit [-hV] [--debug] [COMMAND]\n"
                    + "Turn a year's campaign data in messages/ into launch-day posts, press releases\n"
                    + "and a press kit.\n"
                    + "      --debug     Print the stack trace of a failure, for a bug report.\n"
                    + "  -h, --help      Show this help message and exit.\n"
                    + "  -V, --version   Print version information and exit.\n"
                    + "Commands:\n"
                    + "  build       Build every output of a year into OUT/<year>/ (written whole or\n"
                    + "                not at all).\n"
                    + "  serve       Preview the kit at http://127.0.0.1:PORT/ while you edit: it is\n"
                    + "                built again on every save in the messages and templates\n"
                    + "                folders, and the open page reloads.\n"
                    + "  validate    Check a year without writing anything: post lengths, links,\n"
                    + "                hashtags, placeholders, embargo.\n"
                    + "  count       Print the length of TEXT (or of standard input) as a network\n"
                    + "                counts it.\n"
                    + "  links       Check every unique link once: HTTP status, redirects, page title,\n"
                    + "                link-preview tags.\n"
                    + "  export      Write the year's publishing plan as Hootsuite's or Buffer's CSV\n"
                    + "                import files, one per network, or as an iCalendar file.\n"
                    + "  approve     Approve the exact texts of a build's posts and threads, or list\n"
                    + "                what is approved.\n"
                    + "  publish     Post a build's posts and threads to a network; a dry run unless\n"
                    + "                --live.\n"
                    + "  branch      Start the branch file of a municipality, DIR/branches/<code>.\n"
                    + "                yaml: the year's committee and a commented example politician\n"
                    + "                to copy.\n"
                    + "  init        Start a campaign's folder: organisation.yaml and this year's file\n"
                    + "                as forms to fill in.\n"
                    + "  new-year    Start a year's file from an earlier year's: what stays carried\n"
                    + "                over, the facts left to fill in.\n"
                    + "  help        Display help information about the specified command.\n"
                    + "  completion  Print a completion script for bash or zsh: commands, options and\n"
                    + "                their values.\n"
                    + "  man         Print presskit's manual page in roff: every command, its options\n"
                    + "                and examples.\n"
                    + "\n"
                    + "Exit status:\n"
                    + "   0   ok\n"
                    + "   1   findings, a text over the limit, a broken link, or something not\n"
                    + "         published\n"
                    + "   2   usage error, or input that cannot be loaded\n"
                    + "   3   network or API failure\n"
                    + "   4   a file or folder that cannot be written or read (full disk, read-only,\n"
                    + "         permission)\n"
                    + "  70   a bug in presskit: run again with --debug and send the output to its\n"
                    + "         maintainers\n"
                    + "\n"
                    + "Examples:\n"
                    + "  presskit init                  # start a campaign's folder, messages/\n"
                    + "  presskit validate              # check the newest year\n"
                    + "  presskit build --no-pdf        # build it into out/<year>/\n"
                    + "  presskit help build            # the help of one command\n";
}
