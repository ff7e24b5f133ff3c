/**
 * Writes a kit to {@code out/<year>/} whole or not at all, and never leaves the year without one: a
 * staging folder beside it, filled from hard links to the previous kit where nothing changed,
 * exchanged with it in one system call; what builds that were killed left behind is put back or
 * removed by the next command.
 */
package presskit.write;
