package id.kombel.monitoring.model;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.SpringApplication;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Time-driven changes of the read model, each run once in the cluster; and the rebuild
 * command ({@code --kombel.monitoring.rebuild=true}: rebuild, then exit).
 */
@Configuration(proxyBeanMethods = false)
class ReadModelJobs {

	private static final Logger log = LoggerFactory.getLogger(ReadModelJobs.class);

	private final ReadModel model;

	private final Clock clock;

	private final LockingTaskExecutor once;

	ReadModelJobs(ReadModel model, Clock clock, LockProvider locks) {
		this.model = model;
		this.clock = clock;
		this.once = new DefaultLockingTaskExecutor(locks);
	}

	/** Active to stalled by time alone, without a request touching the community. */
	@Scheduled(fixedDelayString = "${kombel.monitoring.state-check:PT5M}", initialDelayString = "PT30S")
	@SchedulerLock(name = "monitoring-stalled")
	public void markStalled() {
		int changed = model.markStalled(clock.instant());
		if (changed > 0) {
			log.info("monitoring: {} communities became stalled", changed);
		}
	}

	/**
	 * Schools and educator counts come from imports, which publish nothing: copied
	 * nightly.
	 */
	@Scheduled(cron = "${kombel.monitoring.schools-cron:0 17 2 * * *}", zone = "Asia/Jakarta")
	@SchedulerLock(name = "monitoring-schools")
	public void refreshSchools() {
		model.refreshSchools();
	}

	/**
	 * A database that never had the read model (new, or older than this module) gets it
	 * whole once it is up (after the demo data, if any, is seeded). Nodes started
	 * together build it once: the others find the lock taken, and the model built or
	 * being built.
	 */
	@org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
	public void buildOnFirstStart() {
		once.executeWithLock((Runnable) () -> {
			if (!model.built()) {
				ReadModel.Rebuilt done = model.rebuild();
				log.info("monitoring read model built: {} communities in {} ms", done.communities(), done.millis());
			}
		}, new LockConfiguration(clock.instant(), "monitoring-rebuild", Duration.ofMinutes(30), Duration.ZERO));
	}

	@Bean
	@ConditionalOnProperty(name = "kombel.monitoring.rebuild", havingValue = "true")
	ApplicationRunner monitoringRebuild(ApplicationContext context) {
		return (ApplicationArguments args) -> {
			ReadModel.Rebuilt done = model.rebuild();
			log.info("monitoring read model rebuilt: {} communities, {} activities in {} ms", done.communities(),
					done.activities(), done.millis());
			System.exit(SpringApplication.exit(context, () -> 0));
		};
	}

}
