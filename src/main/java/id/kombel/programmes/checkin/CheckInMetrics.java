package id.kombel.programmes.checkin;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

/**
 * Check-ins per answer, for the operators' metrics ({@code kombel_check_ins_total}). The
 * counters are looked up once, not on every check-in of a full hall.
 */
final class CheckInMetrics {

	private static final Map<EventCheckIns.Status, Counter> BY_STATUS = new EnumMap<>(EventCheckIns.Status.class);

	static {
		for (EventCheckIns.Status s : EventCheckIns.Status.values()) {
			BY_STATUS.put(s, Metrics.counter("kombel.check.ins", "kind", "event", "status", s.name()));
		}
	}

	private CheckInMetrics() {
	}

	static EventCheckIns.Answer counted(EventCheckIns.Answer answer) {
		BY_STATUS.get(answer.status()).increment();
		return answer;
	}

}
