package id.kombel.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * One community as the monitoring list shows it.
 *
 * @param participation share of its active members who took part within stalled-after
 */
public record CommunityRow(long id, String name, String state, double participation, Instant lastActivityAt,
		String regionCode, List<String> levels) {
}
