package id.kombel.monitoring.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.kombel.monitoring.model.ReadModel;
import id.kombel.regions.Regions;
import id.kombel.shared.Level;
import id.kombel.shared.access.Area;
import id.kombel.shared.access.Scope;
import id.kombel.support.IntegrationTest;

/**
 * The per-area totals give the figures a count over the rows gives: for the nation, a
 * province and a regency, whole and by child, with and without a level, for an
 * administrator and for offices that see the place whole at some levels; and they are
 * used only where the account sees the place whole.
 */
class AreaFiguresTest extends IntegrationTest {

	@Autowired
	AreaFigures areas;

	@Autowired
	Figures figures;

	@Autowired
	MonitoredPlaces places;

	@Autowired
	Regions regions;

	@Autowired
	ReadModel model;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theTotalsGiveTheSameFiguresAsCountingTheRows() {
		model.rebuild();
		List<Scope> scopes = List.of(new Scope(true, List.of(), Set.of(), null),
				new Scope(false, List.of(new Area("12", Set.of(Level.SD, Level.SMP))), Set.of(), null),
				new Scope(false, List.of(Area.all("12.11")), Set.of(), null));
		List<Place> all = List.of(places.nation(), places.of(regions.find("12").orElseThrow()),
				places.of(regions.find("12.11").orElseThrow()));
		int compared = 0;
		for (Scope scope : scopes) {
			for (Place place : all) {
				if (!areas.covers(scope, place)) {
					continue;
				}
				for (Level level : new Level[] { null, Level.SD, Level.SMA }) {
					for (boolean grouped : new boolean[] { false, true }) {
						assertThat(text(areas.tally(scope, place, level, grouped)))
							.as(scope + " " + place.code() + " " + level + " " + grouped)
							.isEqualTo(text(figures.counted(scope, place, level, grouped)));
						compared++;
					}
				}
			}
		}
		assertThat(compared).isEqualTo(2 * 3 * (3 + 2 + 1));
		assertThat(text(figures.byChild(scopes.get(0), all.get(2), null))).contains("members=");
	}

	@Test
	void aPlaceSeenInPartIsCountedFromTheRows() {
		Place province = places.of(regions.find("12").orElseThrow());
		assertThat(areas.covers(new Scope(false, List.of(Area.all("12.11")), Set.of(), null), province)).isFalse();
		long dairi = jdbc.sql("select min(school_id) from mon_school where regency_code = '12.11'")
			.query(Long.class)
			.single();
		assertThat(areas.covers(new Scope(false, List.of(Area.all("12")), Set.of(dairi), null), province))
			.as("an office that is also a principal in its province: the school adds nothing")
			.isTrue();
		assertThat(areas.covers(new Scope(false, List.of(new Area("12", Set.of(Level.SMA))), Set.of(dairi), null),
				province))
			.as("a school of another level inside a level-limited area adds to it: counted from the rows")
			.isFalse();
		assertThat(areas.covers(new Scope(false, List.of(Area.all("12")), Set.of(), null), places.nation())).isFalse();
		assertThat(areas.covers(new Scope(false, List.of(Area.all("12"), Area.all("13")), Set.of(), null), province))
			.isTrue();
	}

	private static String text(Map<String, Tally> tallies) {
		Map<String, String> sorted = new TreeMap<>();
		tallies.forEach((k, t) -> {
			if (t.communities().total() + t.schools + t.educators + t.members + t.registered > 0) {
				sorted.put(String.valueOf(k), t.communities() + " goals=" + t.goals() + " cycles=" + t.cycles + " "
						+ t.schoolCounts() + " members=" + t.educatorCounts() + " " + t.programmes());
			}
		});
		return sorted.toString();
	}

}
