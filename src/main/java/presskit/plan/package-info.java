/**
 * Decides which outputs each edition gets and renders them: one job per output, every template
 * prepared before anything renders, each post fitted to its network.
 */
package presskit.plan;
