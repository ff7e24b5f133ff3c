/**
 * The application layer: {@link presskit.build.KitBuild} is the one pipeline every command that
 * needs a kit runs — check the folders, load, make the editions, render and fit, validate, add the
 * exports, write.
 */
package presskit.build;
