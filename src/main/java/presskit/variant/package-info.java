/**
 * National, regional and municipal editions as pure functions: which figures each gets (the
 * region's own, or the national one said to be national), texts with their figures filled in, and a
 * municipality's politicians in order of role.
 */
package presskit.variant;
