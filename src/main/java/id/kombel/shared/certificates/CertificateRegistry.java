package id.kombel.shared.certificates;

import java.util.Locale;
import java.util.Optional;

/**
 * A module that issues certificates answers for its own numbers here, so one public page,
 * {@code /certificates/{number}}, verifies every certificate Kombel has issued.
 */
public interface CertificateRegistry {

	/**
	 * The certificate with this number (already trimmed and upper-cased), if this module
	 * issued it.
	 */
	Optional<VerifiedCertificate> find(String number, Locale locale);

}
