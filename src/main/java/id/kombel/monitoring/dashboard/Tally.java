package id.kombel.monitoring.dashboard;

import id.kombel.monitoring.Summary;

/** The figures of one area, summed up as rows come in. */
final class Tally {

	long notStarted, active, stalled, withGoal, onTrack, reached, behind, cycles;

	long schools, withCommunity, educators, members, activeMembers, registered, attended;

	Summary.Communities communities() {
		return new Summary.Communities(notStarted + active + stalled, notStarted, active, stalled);
	}

	Summary.Schools schoolCounts() {
		return new Summary.Schools(schools, withCommunity);
	}

	Summary.Educators educatorCounts() {
		return new Summary.Educators(educators, members, activeMembers);
	}

	Summary.Goals goals() {
		return new Summary.Goals(withGoal, onTrack, reached, behind);
	}

	Summary.Cycles cycleCounts() {
		return new Summary.Cycles(cycles);
	}

	Summary.Programmes programmes() {
		return new Summary.Programmes(registered, attended);
	}

	Summary.Child child(String code, String name, String level) {
		return new Summary.Child(code, name, level, communities(), schoolCounts(), educatorCounts(), goals(),
				cycleCounts(), programmes());
	}

}
