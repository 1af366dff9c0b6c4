package id.kombel.programmes.checkin;

import io.micrometer.core.instrument.Metrics;

/** Check-ins per answer, for the operators' metrics ({@code kombel_check_ins_total}). */
final class CheckInMetrics {

	private CheckInMetrics() {
	}

	static EventCheckIns.Answer counted(EventCheckIns.Answer answer) {
		Metrics.counter("kombel.check.ins", "kind", "event", "status", answer.status().name()).increment();
		return answer;
	}

}
