package id.kombel.monitoring;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The figures of one area (and of each child area) as the dashboard and
 * {@code GET /api/v1/monitoring/summary} show them.
 */
public record Summary(RegionRef region, Communities communities, Schools schools, Educators educators, Goals goals,
		Cycles cycles, List<Month> activitiesByMonth, Programmes programmes, List<Child> children) {

	public record RegionRef(String code, String name, String level) {
	}

	public record Communities(long total, @JsonProperty("NOT_STARTED") long notStarted,
			@JsonProperty("ACTIVE") long active, @JsonProperty("STALLED") long stalled) {
	}

	public record Schools(long total, long withCommunity) {
	}

	public record Educators(long total, long members, long activeMembers) {
	}

	public record Goals(long communitiesWithGoal, long onTrack, long reached, long behind) {
	}

	public record Cycles(long completed) {
	}

	public record Month(String month, long held) {
	}

	public record Programmes(long registered, long attended) {
	}

	/** A child area (or school) with the same figures; {@code code} opens it. */
	public record Child(String code, String name, String level, Communities communities, Schools schools,
			Educators educators, Goals goals, Cycles cycles, Programmes programmes) {
	}

}
