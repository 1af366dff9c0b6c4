package id.kombel.people;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.schools.SchoolView;
import id.kombel.schools.Schools;

/**
 * Links the people of a roster to the educators already known (by NUPTK, else NIP, else
 * e-mail, else phone) and creates the unknown ones, in bulk: a province's roster is
 * thousands of rows, so lookups go in a few IN queries and new educators in one JDBC
 * batch, not a query per row. Known educators are linked, never overwritten by what a
 * roster says.
 */
@Service
public class Rosters {

	private static final int CHUNK = 1000;

	private final EducatorRepository repository;

	private final Schools schools;

	private final JdbcTemplate jdbc;

	Rosters(EducatorRepository repository, Schools schools, JdbcTemplate jdbc) {
		this.repository = repository;
		this.schools = schools;
		this.jdbc = jdbc;
	}

	/** A person to create, placed at their school when it is known. */
	private record Fresh(RosterPerson person, SchoolView school) {
	}

	/** One link per person, in the same order. */
	@Transactional
	public List<RosterPerson.Link> findOrCreate(List<RosterPerson> persons) {
		Map<String, Long> byNuptk = index(persons, RosterPerson::nuptk, repository::findByNuptkIn, EducatorView::nuptk);
		Map<String, Long> byNip = index(persons, RosterPerson::nip, repository::findByNipIn, EducatorView::nip);
		Map<String, Long> byEmail = index(persons, p -> lower(p.email()), repository::findByEmailIn,
				EducatorView::email);
		Map<String, Long> byPhone = index(persons, RosterPerson::phone, repository::findByPhoneIn, EducatorView::phone);
		// a person not yet known but named twice in this call is created once: ids below
		// zero point into fresh
		Map<Long, Optional<SchoolView>> schoolCache = new HashMap<>();
		List<Fresh> fresh = new ArrayList<>();
		List<Long> found = new ArrayList<>(persons.size());
		for (RosterPerson p : persons) {
			Long id = Optional.ofNullable(p.nuptk())
				.map(byNuptk::get)
				.or(() -> Optional.ofNullable(p.nip()).map(byNip::get))
				.or(() -> Optional.ofNullable(lower(p.email())).map(byEmail::get))
				.or(() -> Optional.ofNullable(p.phone()).map(byPhone::get))
				.orElse(null);
			if (id == null) {
				SchoolView school = p.schoolId() == null ? null
						: schoolCache.computeIfAbsent(p.schoolId(), schools::find).orElse(null);
				fresh.add(new Fresh(p, school));
				id = (long) -fresh.size();
				remember(byNuptk, p.nuptk(), id);
				remember(byNip, p.nip(), id);
				remember(byEmail, lower(p.email()), id);
				remember(byPhone, p.phone(), id);
			}
			found.add(id);
		}
		List<Long> created = insert(fresh);
		List<RosterPerson.Link> links = new ArrayList<>(persons.size());
		for (Long id : found) {
			links.add(id < 0 ? new RosterPerson.Link(created.get((int) (-id - 1)), true)
					: new RosterPerson.Link(id, false));
		}
		return links;
	}

	/**
	 * The educators as known (name and identifiers), so that a roster naming someone else
	 * under a known NUPTK can be told apart from the person it matched.
	 */
	public Map<Long, RosterPerson> known(Collection<Long> educatorIds) {
		Map<Long, RosterPerson> known = new HashMap<>();
		if (!educatorIds.isEmpty()) {
			repository.findAllById(educatorIds).forEach(e -> {
				EducatorView v = e.view();
				known.put(v.id(), new RosterPerson(v.name(), v.nuptk(), v.nip(), v.email(), v.phone(), null));
			});
		}
		return known;
	}

	private List<Long> insert(List<Fresh> fresh) {
		if (fresh.isEmpty()) {
			return List.of();
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.batchUpdate(connection -> connection.prepareStatement("""
				insert into educator (name, nuptk, nip, email, phone, position, school_id, district_code, regency_code,
				  province_code, school_level) values (?, ?, ?, ?, ?, 'TEACHER', ?, ?, ?, ?, ?)""",
				new String[] { "id" }), new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						RosterPerson p = fresh.get(i).person();
						SchoolView s = fresh.get(i).school();
						ps.setString(1, p.name().strip());
						ps.setString(2, p.nuptk());
						ps.setString(3, p.nip());
						ps.setString(4, lower(p.email()));
						ps.setString(5, p.phone());
						if (s == null) {
							ps.setNull(6, Types.BIGINT);
						}
						else {
							ps.setLong(6, s.id());
						}
						ps.setString(7, s == null ? null : s.districtCode());
						ps.setString(8, s == null ? null : s.regencyCode());
						ps.setString(9, s == null ? null : s.provinceCode());
						ps.setString(10, s == null ? null : s.level().name());
					}

					@Override
					public int getBatchSize() {
						return fresh.size();
					}
				}, keys);
		return keys.getKeyList().stream().map(k -> ((Number) k.values().iterator().next()).longValue()).toList();
	}

	private static void remember(Map<String, Long> index, String key, long id) {
		if (key != null) {
			index.putIfAbsent(key, id);
		}
	}

	private Map<String, Long> index(List<RosterPerson> persons, Function<RosterPerson, String> key,
			Function<Collection<String>, List<Educator>> find, Function<EducatorView, String> keyOf) {
		List<String> keys = persons.stream().map(key).filter(k -> k != null && !k.isBlank()).distinct().toList();
		Map<String, Long> index = new HashMap<>();
		for (int from = 0; from < keys.size(); from += CHUNK) {
			find.apply(keys.subList(from, Math.min(keys.size(), from + CHUNK))).forEach(e -> {
				EducatorView v = e.view();
				index.putIfAbsent(keyOf.apply(v), v.id());
			});
		}
		return index;
	}

	private static String lower(String s) {
		return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
	}

}
