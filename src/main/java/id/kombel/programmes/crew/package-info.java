/**
 * Committees and speakers of local events. Exposed to the demo dataset, which names its
 * committee and speaker through {@code Crew} ({@code CommitteeForm}, {@code SpeakerForm},
 * {@code CommitteeKind}); {@code CommitteeMember} and {@code Speaker} are public for the
 * reports.
 */
@org.springframework.modulith.NamedInterface("crew")
package id.kombel.programmes.crew;
