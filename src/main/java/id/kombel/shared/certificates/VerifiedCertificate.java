package id.kombel.shared.certificates;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the public verification page says about a certificate, whichever module issued it.
 *
 * @param role the holder's role, already in the reader's words (participant, speaker
 * ...), or null
 * @param what the activity or event the certificate is for
 * @param issuedBy the community or programme that held it
 * @param hours training hours (JP) awarded, or null where none are
 * @param revoked a revoked certificate is still shown, as no longer valid
 */
public record VerifiedCertificate(String number, String holderName, String role, String what, String issuedBy,
		LocalDate heldOn, Integer hours, Instant issuedAt, boolean revoked) {
}
