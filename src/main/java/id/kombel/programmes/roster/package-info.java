/**
 * Participants of local events: the roster import and the event's list. Exposed to the
 * demo dataset, which registers its participants through {@code ParticipantImport} and
 * reads them through {@code Participants} ({@code Participant}); the rest of the package
 * is not public.
 */
@org.springframework.modulith.NamedInterface("roster")
package id.kombel.programmes.roster;
