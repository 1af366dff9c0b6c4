package id.kombel.activities;

import java.time.Instant;

/** What a certificate says: who attended which activity of which community, and when. */
public record CertificateView(String number, String holderName, String activityTitle, String communityName,
		ActivityRole role, Instant startsAt, Instant endsAt, Instant issuedAt) {
}
