package id.kombel.programmes;

import java.sql.Timestamp;

/**
 * A programme as stored: a Balai's bimtek, lokakarya or webinar in one province, with its
 * training hours (JP) and the sessions a participant must attend for a certificate.
 */
public record Programme(long id, String title, ProgrammeKind kind, String provinceCode, Integer targetParticipants,
		int hours, int minSessions, Timestamp createdAt) {
}
