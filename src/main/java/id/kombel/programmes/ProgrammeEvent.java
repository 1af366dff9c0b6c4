package id.kombel.programmes;

import java.time.LocalDate;

/**
 * A local event of a programme as stored, in one regency, with its programme's province
 * for access checks.
 */
public record ProgrammeEvent(long id, long programmeId, String regencyCode, LocalDate heldOn, String venue,
		Integer capacity, String openingOfficial, String provinceCode, String programmeTitle) {
}
