package id.kombel.people;

/**
 * A person named in someone else's roster (a programme's participant list), with
 * identifiers already checked and normalised (NUPTK digits, phone as +62...). Blank
 * fields are null.
 */
public record RosterPerson(String name, String nuptk, String nip, String email, String phone, Long schoolId) {

	/**
	 * The educator this person turned out to be, and whether they were unknown before.
	 */
	public record Link(long educatorId, boolean created) {
	}
}
