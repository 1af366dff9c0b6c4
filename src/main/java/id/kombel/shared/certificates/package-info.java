/**
 * The one public page that verifies certificates, and the port through which modules
 * answer for theirs.
 */
package id.kombel.shared.certificates;
