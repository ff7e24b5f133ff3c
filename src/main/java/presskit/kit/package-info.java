/**
 * A year's kit in memory: every output with its text, and {@code manifest.json}, the kit's table of
 * contents.
 */
package presskit.kit;
