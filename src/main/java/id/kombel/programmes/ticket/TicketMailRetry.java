package id.kombel.programmes.ticket;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries failed ticket e-mails again, on one node of the cluster at a time (the state is
 * in the participant rows, so any node picks up where another stopped).
 */
@Component
class TicketMailRetry {

	/**
	 * At most this many e-mails a run: a long outage's backlog drains over a few runs.
	 */
	static final int BATCH = 200;

	private final Invitations invitations;

	TicketMailRetry(Invitations invitations) {
		this.invitations = invitations;
	}

	@Scheduled(fixedDelayString = "${kombel.mail.retry-every:PT1M}",
			initialDelayString = "${kombel.mail.retry-every:PT1M}")
	@SchedulerLock(name = "ticket-mail-retry")
	void retry() {
		invitations.retryDue(BATCH);
	}

}
