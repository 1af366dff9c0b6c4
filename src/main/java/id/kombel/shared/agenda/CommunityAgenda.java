package id.kombel.shared.agenda;

import java.time.Instant;
import java.util.List;

/**
 * What a community has coming up. Implemented by the activities module, read by the
 * communities module, so that a community's page shows its next meetings without the
 * communities module depending on activities.
 */
public interface CommunityAgenda {

	/** The community's activities that have not ended yet, soonest first. */
	List<Item> upcoming(long communityId, int max);

	/**
	 * The member's own address of the community's calendar feed: signed for them, so a
	 * calendar app that cannot sign in still receives the meeting links and agendas
	 * members see.
	 */
	String memberFeed(long communityId, long accountId);

	record Item(long activityId, String title, Instant startsAt, Instant endsAt, String mode) {
	}

}
