package id.kombel.knowledge.access;

import java.util.List;

import org.springframework.stereotype.Component;

import id.kombel.activities.Activities;
import id.kombel.communities.Communities;
import id.kombel.communities.CommunityPolicy;
import id.kombel.communities.CommunityView;
import id.kombel.communities.MemberStatus;
import id.kombel.regions.Regions;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.knowledge.Visibility;

/**
 * Decides where a new item lives: its visibility (PUBLIC unless asked), the community it
 * came from (only its members may share there; "COMMUNITY" alone means the author's only
 * one), and its region (given, else the community's, else the author's regency), so a
 * region filter finds it and REGION visibility knows whom it is for.
 */
@Component
public class Places {

	public record Place(Visibility visibility, String regionCode, Long communityId) {
	}

	private final Communities communities;

	private final CommunityPolicy communityPolicy;

	private final Regions regions;

	private final Readers readers;

	private final Activities activities;

	Places(Communities communities, CommunityPolicy communityPolicy, Regions regions, Readers readers,
			Activities activities) {
		this.activities = activities;
		this.communityPolicy = communityPolicy;
		this.communities = communities;
		this.regions = regions;
		this.readers = readers;
	}

	public Place decide(KombelUser user, Visibility asked, String regionCode, Long community) {
		Visibility visibility = asked == null ? Visibility.PUBLIC : asked;
		String region = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
		Long communityId = community == null && visibility == Visibility.COMMUNITY ? onlyCommunityOf(user) : community;
		if (communityId != null) {
			communityPolicy.require(user, CommunityPolicy.Action.PARTICIPATE, communityId);
			if (region == null) {
				region = communities.get(user, communityId).regionCode();
			}
		}
		if (region != null && !regions.exists(region)) {
			throw InvalidInputException.of("regionCode", "validation.region-unknown", region);
		}
		if (region == null) {
			region = readers.homeRegency(user);
		}
		if (region == null && user.scope().areas().size() == 1) {
			// an office writes for its area
			region = user.scope().areas().iterator().next().regionCode();
		}
		if (region == null && visibility == Visibility.REGION) {
			throw InvalidInputException.of("regionCode", "knowledge.region-required");
		}
		return new Place(visibility, region, communityId);
	}

	/**
	 * The activity an item links to: one of the item's community, or, for an item of no
	 * community, of one its author takes part in. Anything else (another community's
	 * activity, one that does not exist) is the same 400 naming {@code activityId}, so
	 * the answer tells nothing of other communities.
	 */
	public Long activity(KombelUser user, Long activityId, Long communityId) {
		if (activityId == null) {
			return null;
		}
		Long of = activities.communityOf(activityId).orElse(null);
		boolean usable = of != null && (communityId != null ? of.equals(communityId)
				: communityPolicy.may(user, CommunityPolicy.Action.PARTICIPATE, of));
		if (!usable) {
			throw InvalidInputException.of("activityId", "knowledge.activity-not-usable", String.valueOf(activityId));
		}
		return activityId;
	}

	/**
	 * "For my community" without saying which is clear when the author is an active
	 * member of exactly one community (the usual teacher); otherwise they must choose.
	 */
	private Long onlyCommunityOf(KombelUser user) {
		List<Long> mine = communities.mine(user)
			.stream()
			.filter(c -> c.myStatus() == MemberStatus.ACTIVE)
			.map(CommunityView::id)
			.toList();
		if (mine.size() != 1) {
			throw InvalidInputException.of("communityId", "knowledge.community-required");
		}
		return mine.get(0);
	}

	/**
	 * The communities a user may place an item in: those they are an active member of.
	 */
	public static List<CommunityView> myCommunities(Communities communities, KombelUser user) {
		return communities.mine(user).stream().filter(c -> c.myStatus() == MemberStatus.ACTIVE).toList();
	}

}
