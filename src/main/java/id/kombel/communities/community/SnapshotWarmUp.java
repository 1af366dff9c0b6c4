package id.kombel.communities.community;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Before the node reports ready: the snapshots of the communities most recently active
 * (those whose members open their page on a Monday morning) are read into the cache, and
 * the miss path's code is compiled by the JIT on the way. At most
 * {@code kombel.communities.warm-up-snapshots} communities and half of
 * {@code kombel.warm-up}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class SnapshotWarmUp implements ApplicationRunner {

	private final CommunitySnapshots snapshots;

	private final JdbcClient jdbc;

	private final int count;

	private final Duration duration;

	SnapshotWarmUp(CommunitySnapshots snapshots, JdbcClient jdbc,
			@Value("${kombel.communities.warm-up-snapshots:1000}") int count,
			@Value("${kombel.warm-up:8s}") Duration duration) {
		this.snapshots = snapshots;
		this.jdbc = jdbc;
		this.count = count;
		this.duration = duration;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (count <= 0 || duration.isZero()) {
			return;
		}
		long until = System.nanoTime() + duration.toNanos() / 2;
		List<Long> recent = jdbc.sql("select id from community order by last_activity_at desc nulls last, id")
			.withMaxRows(count)
			.query(Long.class)
			.list();
		// a list page's worth at a time: the batch read a list page makes
		for (int from = 0; from < recent.size(); from += 20) {
			if (System.nanoTime() > until) {
				return;
			}
			snapshots.getAll(recent.subList(from, Math.min(recent.size(), from + 20)));
		}
	}

}
