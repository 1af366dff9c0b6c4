package id.kombel.programmes.crew;

/**
 * A member of a local event's committee; {@code hasAccount}: matched to a Kombel account,
 * so may check people in.
 */
public record CommitteeMember(long id, String name, CommitteeKind kind, String duty, String email, String phone,
		boolean hasAccount) {
}
