package id.kombel.activities.certificate;

import java.time.Instant;
import id.kombel.activities.ActivityRole;

/** What a certificate says: who attended which activity of which community, and when. */
public record CertificateView(String number, String holderName, String activityTitle, String communityName,
		ActivityRole role, Instant startsAt, Instant endsAt, Instant issuedAt) {
}
