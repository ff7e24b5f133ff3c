/**
 * The social networks presskit writes for: how each counts a post, its limit, hashtag and mention
 * syntax, share links, and fitting a text to it (dropping optional hashtags, splitting into a
 * thread). Adapter for twitter-text and ICU4J.
 */
package presskit.channel;
