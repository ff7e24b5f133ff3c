/**
 * Writes a kit to {@code out/<year>/} whole or not at all: a staging folder beside it, filled from
 * hard links to the previous kit where nothing changed, swapped in by renames.
 */
package presskit.write;
