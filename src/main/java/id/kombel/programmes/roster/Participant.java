package id.kombel.programmes.roster;

import java.util.List;

/** A participant of a local event, with the sessions they were checked in to. */
public record Participant(long id, long eventId, String name, String regencyCode, String ticketCode, boolean checkedIn,
		List<String> sessions, String level, String schoolName, String phone, String email, String nuptk,
		boolean walkIn, long educatorId, String nip) {
}
