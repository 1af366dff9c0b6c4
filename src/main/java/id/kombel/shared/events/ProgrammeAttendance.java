package id.kombel.shared.events;

/**
 * Participants of a programme event were registered or checked in. {@code participantId}
 * is null when many changed at once (an import), so listeners re-read the whole event.
 */
public record ProgrammeAttendance(long eventId, Long participantId) {
}
