package id.kombel.knowledge;

import org.springframework.stereotype.Component;

import id.kombel.communities.Access;
import id.kombel.communities.Communities;
import id.kombel.regions.Regions;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.OutOfScopeException;
import id.kombel.shared.web.InvalidInputException;

/**
 * Decides where a new item lives: its visibility (PUBLIC unless asked), the community it came
 * from (only its members may share there), and its region (given, else the community's, else the
 * author's regency), so a region filter finds it and REGION visibility knows whom it is for.
 */
@Component
class Places {

	record Place(Visibility visibility, String regionCode, Long communityId) {
	}

	private final Communities communities;

	private final Regions regions;

	private final Readers readers;

	Places(Communities communities, Regions regions, Readers readers) {
		this.communities = communities;
		this.regions = regions;
		this.readers = readers;
	}

	Place decide(KombelUser user, Visibility asked, String regionCode, Long communityId) {
		Visibility visibility = asked == null ? Visibility.PUBLIC : asked;
		String region = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
		if (communityId != null) {
			if (!communities.access(user, communityId).atLeast(Access.MEMBER)) {
				throw new OutOfScopeException("community " + communityId);
			}
			if (region == null) {
				region = communities.get(user, communityId).regionCode();
			}
		}
		else if (visibility == Visibility.COMMUNITY) {
			throw InvalidInputException.of("communityId", "knowledge.community-required");
		}
		if (region != null && !regions.exists(region)) {
			throw InvalidInputException.of("regionCode", "validation.region-unknown", region);
		}
		if (region == null) {
			region = readers.homeRegency(user);
		}
		if (region == null && visibility == Visibility.REGION) {
			throw InvalidInputException.of("regionCode", "knowledge.region-required");
		}
		return new Place(visibility, region, communityId);
	}
}
