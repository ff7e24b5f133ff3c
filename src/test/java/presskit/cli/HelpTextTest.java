package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each command's {@code --help}, word for word: option descriptions are user interface. */
class HelpTextTest {

    @Test
    void thePresskitHelp() {
        assertHelp(
                new String[] {"--help"},
                """
            Usage: presskit [-hV] [--debug] [COMMAND]
            Turn a year's campaign data in messages/ into launch-day posts, press releases
            and a press kit.
                  --debug     Print the stack trace of a failure, for a bug report.
              -h, --help      Show this help message and exit.
              -V, --version   Print version information and exit.
            Commands:
              build     Render every output of a year into OUT/<year>/ (written whole or
                          not at all).
              validate  Check a year without writing anything: post lengths, links,
                          hashtags, placeholders, embargo.
              count     Print the length of TEXT (or of standard input) as a network counts
                          it.
              links     Check every unique link once: HTTP status, redirects, page title,
                          link-preview tags.
              export    Write the year's publishing plan as Hootsuite's bulk-composer CSV
                          or as an iCalendar file.
              publish   Post a build's posts and threads to a network; a dry run unless
                          --live.
              branch    Start the branch file of a municipality, DIR/branches/<code>.yaml:
                          the year's committee and a commented example politician to copy.
              init      Start a campaign's folder: organisation.yaml and this year's file
                          as forms to fill in.
              new-year  Start a year's file from an earlier year's: what stays carried
                          over, the facts left to fill in.

            Exit status:
               0   ok
               1   findings, a text over the limit, a broken link, or something not
                     published
               2   usage error, or input that cannot be loaded
               3   network or API failure
               4   a file or folder that cannot be written or read (full disk, read-only,
                     permission)
              70   a bug in presskit: run again with --debug and send the output to its
                     maintainers
            """);
    }

    @Test
    void theBuildHelp() {
        assertHelp(
                new String[] {"build", "--help"},
                """
            Usage: presskit build [-hqvV] [--debug] [--no-pdf] [--messages=DIR]
                                  [--municipality=NAME] [--out=DIR] [--region=CODE]
                                  [--templates=DIR] [--year=YEAR] [--only=LEVEL[,
                                  LEVEL...]]...
            Render every output of a year into OUT/<year>/ (written whole or not at all).
            With --region or --municipality, only those editions are rendered, into the kit
            already there; every other file of it stays as it was.
                  --debug               Print the stack trace of a failure, for a bug
                                          report.
              -h, --help                Show this help message and exit.
                  --messages=DIR        Folder with the campaign's YAML (default: messages).
                  --municipality=NAME   Only this municipality: its code or its name (2584,
                                          kiruna).
                  --no-pdf              Skip the PDF releases (the slowest part of a build).
                  --only=LEVEL[,LEVEL...]
                                        Only these levels: national, regions,
                                          municipalities (comma-separated).
                  --out=DIR             Output folder (default: out).
              -q, --quiet               Print only errors: no progress, no summary, no
                                          warnings.
                  --region=CODE         Only this region (two-digit code) and its
                                          municipalities.
                  --templates=DIR       Folder with templates overriding the built-in ones
                                          (default: templates, when it exists).
              -v, --verbose             Print each step with its time, and every finding on
                                          its own line.
              -V, --version             Print version information and exit.
                  --year=YEAR           Report year (default: the newest in the messages
                                          folder).

            Exit status: 0 written, 1 written but with error findings (fix them before
            publishing), 2 usage error or input that cannot be loaded.
            """);
    }

    @Test
    void theValidateHelp() {
        assertHelp(
                new String[] {"validate", "--help"},
                """
            Usage: presskit validate [-hqvV] [--debug] [--online] [--cache-dir=DIR]
                                     [--format=FORMAT] [--messages=DIR]
                                     [--municipality=NAME] [--region=CODE]
                                     [--templates=DIR] [--year=YEAR] [--only=LEVEL[,
                                     LEVEL...]]...
            Check a year without writing anything: post lengths, links, hashtags,
            placeholders, embargo.
            With --online, also check that every link works.
            Exit status: 0 clean, 1 findings, 2 input that cannot be loaded or a usage
            error.
                  --cache-dir=DIR       Link-check cache (default: .presskit/cache).
                  --debug               Print the stack trace of a failure, for a bug
                                          report.
                  --format=FORMAT       text (default) or json.
              -h, --help                Show this help message and exit.
                  --messages=DIR        Folder with the campaign's YAML (default: messages).
                  --municipality=NAME   Only this municipality: its code or its name (2584,
                                          kiruna).
                  --online              Also check that every link works (each unique
                                          address once, concurrently).
                  --only=LEVEL[,LEVEL...]
                                        Only these levels: national, regions,
                                          municipalities (comma-separated).
              -q, --quiet               Print only errors: no progress, no summary, no
                                          warnings.
                  --region=CODE         Only this region (two-digit code) and its
                                          municipalities.
                  --templates=DIR       Folder with templates overriding the built-in ones
                                          (default: templates, when it exists).
              -v, --verbose             Print each step with its time, and every finding on
                                          its own line.
              -V, --version             Print version information and exit.
                  --year=YEAR           Report year (default: the newest in the messages
                                          folder).
            """);
    }

    @Test
    void theCountHelp() {
        assertHelp(
                new String[] {"count", "--help"},
                """
            Usage: presskit count [-hV] [--debug] [--each-line] [--channel=CHANNEL]
                                  [--format=FORMAT] [TEXT...]
            Print the length of TEXT (or of standard input) as a network counts it.
            Exit status: 0 when it fits, 1 when it is over the limit.
                  [TEXT...]           The text; its words are joined by spaces. Without it,
                                        standard input is read.
                  --channel=CHANNEL   Network whose rule to use (default: x).
                  --debug             Print the stack trace of a failure, for a bug report.
                  --each-line         Count every line of standard input as its own text.
                  --format=FORMAT     text (default) or json.
              -h, --help              Show this help message and exit.
              -V, --version           Print version information and exit.
            """);
    }

    @Test
    void theLinksHelp() {
        assertHelp(
                new String[] {"links", "--help"},
                """
            Usage: presskit links [-hV] [--debug] [--no-cache] [--cache-dir=DIR]
                                  [--cache-ttl=MINUTES] [--format=FORMAT] [--from=FILE]
                                  [--messages=DIR] [--municipality=NAME] [--region=CODE]
                                  [--templates=DIR] [--timeout=SECONDS] [--year=YEAR]
                                  [--only=LEVEL[,LEVEL...]]... [URL...]
            Check every unique link once: HTTP status, redirects, page title, link-preview
            tags.
            Checks the URLs given, those in --from FILE, or else the year's links; a year's
            results are saved in <messages>/<year>.links.json, which the next build shows.
            Exit status: 0 all links work, 1 a link must be fixed or could not be confirmed
            (timeout, rate-limited), 2 usage error, 3 no host could be resolved (offline).
                  [URL...]              URLs to check instead of the year's.
                  --cache-dir=DIR       Link-check cache (default: .presskit/cache).
                  --cache-ttl=MINUTES   How long a working link's result is reused
                                          (default: 60).
                  --debug               Print the stack trace of a failure, for a bug
                                          report.
                  --format=FORMAT       text (a table, the default) or json.
                  --from=FILE           Check the URLs in FILE, one per line; blank lines
                                          and lines starting with # are skipped.
              -h, --help                Show this help message and exit.
                  --messages=DIR        Folder with the campaign's YAML (default: messages).
                  --municipality=NAME   Only this municipality: its code or its name (2584,
                                          kiruna).
                  --no-cache            Check every link again, even those checked recently.
                  --only=LEVEL[,LEVEL...]
                                        Only these levels: national, regions,
                                          municipalities (comma-separated).
                  --region=CODE         Only this region (two-digit code) and its
                                          municipalities.
                  --templates=DIR       Folder with templates overriding the built-in ones
                                          (default: templates, when it exists).
                  --timeout=SECONDS     Time allowed for the whole check of one URL, 0.001
                                          to 600 (default: 10).
              -V, --version             Print version information and exit.
                  --year=YEAR           Report year (default: the newest in the messages
                                          folder).
            """);
    }

    @Test
    void theExportHelp() {
        assertHelp(
                new String[] {"export", "--help"},
                """
            Usage: presskit export [-hV] [--debug] [--messages=DIR] [--municipality=NAME]
                                   [--output=FILE] [--region=CODE] --schedule=FORMAT
                                   [--templates=DIR] [--year=YEAR] [--only=LEVEL[,
                                   LEVEL...]]...
            Write the year's publishing plan as Hootsuite's bulk-composer CSV or as an
            iCalendar file.
            Times are Europe/Stockholm; nothing is scheduled before the embargo.
                  --debug               Print the stack trace of a failure, for a bug
                                          report.
              -h, --help                Show this help message and exit.
                  --messages=DIR        Folder with the campaign's YAML (default: messages).
                  --municipality=NAME   Only this municipality: its code or its name (2584,
                                          kiruna).
                  --only=LEVEL[,LEVEL...]
                                        Only these levels: national, regions,
                                          municipalities (comma-separated).
                  --output=FILE         Write to FILE instead of standard output.
                  --region=CODE         Only this region (two-digit code) and its
                                          municipalities.
                  --schedule=FORMAT     hootsuite or ics.
                  --templates=DIR       Folder with templates overriding the built-in ones
                                          (default: templates, when it exists).
              -V, --version             Print version information and exit.
                  --year=YEAR           Report year (default: the newest in the messages
                                          folder).
            """);
    }

    @Test
    void thePublishHelp() {
        assertHelp(
                new String[] {"publish", "--help"},
                """
            Usage: presskit publish [-hV] [--debug] [--live] [--api-base-url=URL]
                                    --channel=CHANNEL [--credentials=FILE]
                                    [--ledger-dir=DIR] [--max-wait=DURATION]
                                    [--messages=DIR] [--out=DIR] [--templates=DIR]
                                    [--variant=VARIANT] [--year=YEAR] [--only=ID...]...
            Post a build's posts and threads to a network; a dry run unless --live.
            A ledger in --ledger-dir records what is posted, so a re-run never posts
            anything twice.
                  --api-base-url=URL    API root; posts go to <URL>/2/tweets (default:
                                          https://api.x.com).
                  --channel=CHANNEL     Network to post to: x.
                  --credentials=FILE    Properties file with X_API_KEY, X_API_KEY_SECRET,
                                          X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET, outside
                                          the repository (default: the same names in the
                                          environment).
                  --debug               Print the stack trace of a failure, for a bug
                                          report.
              -h, --help                Show this help message and exit.
                  --ledger-dir=DIR      Folder with the ledger of posted ids, .presskit by
                                          default.
                  --live                Post for real; without it nothing is sent.
                  --max-wait=DURATION   Longest wait for a rate limit to reset, such as
                                          90s, 15m, 1h (default: 15m).
                  --messages=DIR        Folder with the campaign's YAML (default: messages).
                  --only=ID...          Only these output ids, such as national/x/key-1.
                  --out=DIR             Folder with the builds (default: out); the year is
                                          built into it first when it has no build.
                  --templates=DIR       Folder with templates overriding the built-in ones
                                          (default: templates, when it exists).
              -V, --version             Print version information and exit.
                  --variant=VARIANT     national, a 2-digit region or a 4-digit
                                          municipality code (default: national).
                  --year=YEAR           Report year (default: the newest in the messages
                                          folder).
            """);
    }

    @Test
    void theBranchHelp() {
        assertHelp(
                new String[] {"branch", "--help"},
                """
            Usage: presskit branch [-hV] [--debug] [--messages=DIR] [--year=YEAR]
                                   MUNICIPALITY
            Start the branch file of a municipality, DIR/branches/<code>.yaml: the year's
            committee and a commented example politician to copy.
            An existing file is never overwritten.
                  MUNICIPALITY     Its code or its name, case and å, ä, ö optional: 2584,
                                     kiruna.
                  --debug          Print the stack trace of a failure, for a bug report.
              -h, --help           Show this help message and exit.
                  --messages=DIR   Folder with the campaign's YAML (default: messages).
              -V, --version        Print version information and exit.
                  --year=YEAR      Report year whose committee to write (default: the
                                     newest in the messages folder).
            """);
    }

    @Test
    void theInitHelp() {
        assertHelp(
                new String[] {"init", "--help"},
                """
            Usage: presskit init [-hV] [--debug] [DIR]
            Start a campaign's folder: organisation.yaml and this year's file as forms to
            fill in.
            Also writes copies of the schemas for editors (presskit checks against its own)
            and a README of the next steps. A folder that holds a campaign is never written
            into.
                  [DIR]       The campaign's folder (default: messages).
                  --debug     Print the stack trace of a failure, for a bug report.
              -h, --help      Show this help message and exit.
              -V, --version   Print version information and exit.
            """);
    }

    @Test
    void theNewYearHelp() {
        assertHelp(
                new String[] {"new-year", "--help"},
                """
            Usage: presskit new-year [-hV] [--debug] [--from=YEAR] [--messages=DIR] YEAR
            Start a year's file from an earlier year's: what stays carried over, the facts
            left to fill in.
            Writes DIR/YEAR.yaml: hashtags, links (to check again), contacts,
            call_to_action, local and tracking carried over; title, survey, figures'
            values, release text, messages, quotes, plan and embargo to fill in. An
            existing file is never overwritten.
                  YEAR             The new report year: 2025.
                  --debug          Print the stack trace of a failure, for a bug report.
                  --from=YEAR      The year to start from (default: the newest before YEAR).
              -h, --help           Show this help message and exit.
                  --messages=DIR   Folder with the campaign's YAML (default: messages).
              -V, --version        Print version information and exit.
            """);
    }

    private static void assertHelp(String[] args, String expected) {
        Cli.Run run = Cli.run(args);

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(expected);
    }
}
