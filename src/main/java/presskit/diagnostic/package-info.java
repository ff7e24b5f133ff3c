/**
 * Problems found in the user's input or output, located so the user can go straight to them: {@code
 * file:line:col: error: 'field': message}.
 */
package presskit.diagnostic;
