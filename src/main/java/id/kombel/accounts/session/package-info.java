/**
 * Web sessions in the shared database: what of them is written, and when.
 */
package id.kombel.accounts.session;
