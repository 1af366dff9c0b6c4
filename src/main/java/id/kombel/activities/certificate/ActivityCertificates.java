package id.kombel.activities.certificate;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.kombel.shared.certificates.CertificateRegistry;
import id.kombel.shared.certificates.VerifiedCertificate;
import id.kombel.activities.Closing;

/** Answers the public verification page for certificates of community activities. */
@Component
class ActivityCertificates implements CertificateRegistry {

	private final Closing closing;

	ActivityCertificates(Closing closing) {
		this.closing = closing;
	}

	@Override
	public Optional<VerifiedCertificate> find(String number, Locale locale) {
		return closing.verify(number)
			.map(c -> new VerifiedCertificate(c.number(), c.holderName(), c.part(), c.activityTitle(),
					c.communityName(), LocalDate.ofInstant(c.startsAt(), c.zone()), c.hours(), c.issuedAt(), false));
	}

}
