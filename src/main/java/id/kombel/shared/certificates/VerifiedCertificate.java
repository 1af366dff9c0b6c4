package id.kombel.shared.certificates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the public verification page says about a certificate, whichever module issued it.
 *
 * @param role the holder's role, already in the reader's words (participant, speaker
 * ...), or null
 * @param what the activity or event the certificate is for
 * @param issuedBy the community, or the organiser of the programme, that held it
 * @param hours training hours (JP) awarded, or null where none are
 * @param revoked a revoked certificate is still shown, as no longer valid
 * @param issuedIn the place of issue printed on it ("Medan"), or null where it names none
 * @param issuedOn the day of issue printed on it, where it was issued
 */
public record VerifiedCertificate(String number, String holderName, String role, String what, String issuedBy,
		LocalDate heldOn, Integer hours, Instant issuedAt, boolean revoked, String issuedIn, LocalDate issuedOn) {

	/** A certificate that names no place of issue, issued on its day in WIB. */
	public VerifiedCertificate(String number, String holderName, String role, String what, String issuedBy,
			LocalDate heldOn, Integer hours, Instant issuedAt, boolean revoked) {
		this(number, holderName, role, what, issuedBy, heldOn, hours, issuedAt, revoked, null,
				LocalDate.ofInstant(issuedAt, ZoneId.of("Asia/Jakarta")));
	}

}
