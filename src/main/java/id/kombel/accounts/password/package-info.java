/**
 * The rule a new password must pass (not guessable), apart from the account services that
 * apply it.
 */
package id.kombel.accounts.password;
