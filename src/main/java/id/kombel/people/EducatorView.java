package id.kombel.people;

import id.kombel.shared.Level;

/** An educator as the API and other modules see them (within scope only). */
public record EducatorView(long id, String name, String nuptk, String nip, String email, String phone,
		Position position, String subject, Long schoolId, String districtCode, Level level) {
}
