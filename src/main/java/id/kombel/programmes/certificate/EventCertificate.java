package id.kombel.programmes.certificate;

import java.time.Instant;

/** A certificate of a local event, for a participant, a committee member or a speaker. */
public record EventCertificate(String number, String name, HolderRole role, long eventId, int hours, Instant issuedAt,
		Instant revokedAt) {
}
