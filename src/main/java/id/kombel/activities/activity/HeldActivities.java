package id.kombel.activities.activity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.shared.events.ActivityHeld;
import id.kombel.shared.events.ActivityScheduled;

/**
 * Announces each activity once its time has come ({@link ActivityHeld}): at once for one
 * scheduled in the past (recorded afterwards), else by a job that runs once in the
 * cluster. Whoever counts activity (community health, monitoring) counts held ones only.
 */
@Component
public class HeldActivities {

	private record Due(long id, long communityId, Timestamp startsAt) {
	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HeldActivities(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(ActivityScheduled event) {
		if (event.startsAt().isAfter(clock.instant())) {
			// moved to the future: announced again when the new time comes
			jdbc.sql("update activity set held_announced = false where id = :id")
				.param("id", event.activityId())
				.update();
		}
		else if (mark(event.activityId())) {
			events.publishEvent(new ActivityHeld(event.communityId(), event.activityId(), event.startsAt()));
		}
	}

	/** Every minute: the activities whose start has passed since the last run. */
	@Scheduled(fixedDelayString = "${kombel.activities.held-check:PT1M}", initialDelayString = "PT20S")
	@SchedulerLock(name = "activities-held")
	@Transactional
	public void announceDue() {
		announceDue(clock.instant());
	}

	@Transactional
	public int announceDue(Instant now) {
		List<Due> due = jdbc.sql("""
				select id, community_id, starts_at from activity
				where held_announced = false and starts_at <= :now order by starts_at limit 2000""")
			.param("now", Timestamp.from(now))
			.query(Due.class)
			.list();
		for (Due d : due) {
			if (mark(d.id())) {
				events.publishEvent(new ActivityHeld(d.communityId(), d.id(), d.startsAt().toInstant()));
			}
		}
		return due.size();
	}

	private boolean mark(long id) {
		return jdbc.sql("update activity set held_announced = true where id = :id and held_announced = false")
			.param("id", id)
			.update() > 0;
	}

}
