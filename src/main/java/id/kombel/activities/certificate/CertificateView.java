package id.kombel.activities.certificate;

import java.time.Instant;
import java.time.ZoneId;

import id.kombel.communities.MemberRole;
import id.kombel.activities.ActivityRole;

/**
 * What a certificate says: who attended which activity of which community, in which part
 * (facilitator, speaker or participant), and when, on the community's clock.
 */
public record CertificateView(String number, String holderName, String activityTitle, String communityName,
		ActivityRole role, Instant startsAt, Instant endsAt, Instant issuedAt, MemberRole holderRole, ZoneId zone,
		Integer hours) {

	/**
	 * The part the holder played, as the certificate and its verification page say it.
	 */
	public String part() {
		return switch (holderRole) {
			case FACILITATOR -> "penggerak komunitas (fasilitator)";
			case SPEAKER -> "narasumber";
			default -> "peserta";
		};
	}
}
