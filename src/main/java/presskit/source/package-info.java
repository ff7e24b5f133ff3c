/**
 * A loaded campaign together with where each of its values was written, so that any later check can
 * point at the file, line and column.
 */
package presskit.source;
