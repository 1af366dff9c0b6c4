package id.kombel.programmes.crew;

/**
 * A speaker (narasumber) of a local event, linked to their account when they have one.
 */
public record Speaker(long id, String name, String topic, Long accountId) {
}
