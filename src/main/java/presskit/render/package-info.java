/**
 * The one configured, sandboxed FreeMarker engine: templates from the user's folder over the
 * built-in set, HTML auto-escaped, Markdown with its own escaping, Swedish formatting; template
 * errors become located diagnostics. Adapter for FreeMarker.
 */
package presskit.render;
