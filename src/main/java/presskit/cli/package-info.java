/**
 * The command line: thin picocli commands that parse options, call the application layer and print.
 * {@link presskit.cli.Main} is the only place that exits. Adapter for picocli.
 */
package presskit.cli;
