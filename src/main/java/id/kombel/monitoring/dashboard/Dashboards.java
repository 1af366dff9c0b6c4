package id.kombel.monitoring.dashboard;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import id.kombel.monitoring.CommunityRow;
import id.kombel.monitoring.Summary;
import id.kombel.shared.Level;
import id.kombel.shared.PageResult;
import id.kombel.shared.access.Scope;
import id.kombel.shared.web.InvalidInputException;

/** The figures of a place and its children, and its communities, for one account. */
@Service
public class Dashboards {

	static final List<String> STATES = List.of("NOT_STARTED", "ACTIVE", "STALLED");

	private final MonitoredPlaces places;

	private final Figures figures;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	Dashboards(MonitoredPlaces places, Figures figures, JdbcClient jdbc, MessageSource messages) {
		this.places = places;
		this.figures = figures;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	public Place place(Scope scope, String region, Long school) {
		return places.resolve(scope, region, school);
	}

	public List<id.kombel.regions.RegionView> path(Place place) {
		return places.path(place);
	}

	public Summary summary(Scope scope, Place place, Level level) {
		AreaFigures.Whole whole = figures.whole(scope, place, level);
		Tally total = whole.total();
		Map<String, Tally> byChild = whole.children();
		List<Summary.Child> children = new ArrayList<>();
		if (!place.school()) {
			if (place.level().equals("DISTRICT")) {
				places.schoolsOf(scope, place.code())
					.forEach(s -> children.add(child(byChild, String.valueOf(s.schoolId()), s.name(), "SCHOOL")));
			}
			else {
				places.children(scope, place)
					.forEach(r -> children.add(child(byChild, r.code(), r.name(), r.level().name())));
			}
			if (byChild.containsKey(null)) {
				// regency-wide communities have no district, inter-school ones of a
				// district no school
				children.add(byChild.get(null)
					.child(null, messages.getMessage("monitoring.unplaced." + place.level(), null,
							LocaleContextHolder.getLocale()), "NONE"));
			}
		}
		return new Summary(new Summary.RegionRef(place.code(), place.name(), place.level()), total.communities(),
				total.schoolCounts(), total.educatorCounts(), total.goals(), total.cycleCounts(),
				figures.months(scope, place, level), total.programmes(), children);
	}

	private static Summary.Child child(Map<String, Tally> byChild, String code, String name, String level) {
		return byChild.getOrDefault(code, new Tally()).child(code, name, level);
	}

	public PageResult<CommunityRow> communities(Scope scope, Place place, Level level, String state, int page,
			int size) {
		Map<String, Object> p = Figures.params(place);
		// an office seeing the whole place at every level sees every community in it: its
		// scope's conditions would only keep the count from reading the index alone
		boolean whole = !place.nation() && !place.school() && scope.coversRegion(place.code());
		Scope seen = whole ? new Scope(true, List.of(), java.util.Set.of(), scope.educatorId()) : scope;
		String where = Figures.where(seen, place, level, p, "c");
		if (state != null) {
			where += " and c.state = :state";
			p.put("state", state);
		}
		long total = jdbc.sql("select count(*) from mon_community c where " + where)
			.params(p)
			.query(Long.class)
			.single();
		p.put("limit", size);
		p.put("offset", (long) page * size);
		// the member counts are kept on the row (its members, and those who took part
		// within stalled-after, lowered by the stalled-job as time passes): the page is
		// one
		// range of the list's index, not two counts of mon_member per row
		List<CommunityRow> rows = jdbc.sql("""
				select c.community_id, c.name, c.state, c.last_activity_at, c.region_code, c.levels, c.members,
				  c.members_took_part
				from mon_community c where""" + " " + where + " " + """
				order by c.last_activity_at asc nulls first, c.created_at, c.community_id
				limit :limit offset :offset""").params(p).query((rs, n) -> {
			long members = rs.getLong("members");
			Timestamp last = rs.getTimestamp("last_activity_at");
			return new CommunityRow(rs.getLong("community_id"), rs.getString("name"), rs.getString("state"),
					members == 0 ? 0 : (double) rs.getLong("members_took_part") / members,
					last == null ? null : last.toInstant(), rs.getString("region_code"),
					Arrays.stream(rs.getString("levels").split(",")).filter(s -> !s.isEmpty()).toList());
		}).list();
		int pages = (int) ((total + size - 1) / size);
		return new PageResult<>(rows, page, size, total, pages);
	}

	/** A level from a request: blank is none; anything not in the list is a 400. */
	public static Level level(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Level.valueOf(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw InvalidInputException.of("level", "validation.level");
		}
	}

	public static String state(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (!STATES.contains(text.strip())) {
			throw InvalidInputException.of("state", "monitoring.validation.state");
		}
		return text.strip();
	}

}
