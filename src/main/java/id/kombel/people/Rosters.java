package id.kombel.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.schools.SchoolView;
import id.kombel.schools.Schools;

/**
 * Links the people of a roster to the educators already known (by NUPTK, else NIP, else
 * e-mail, else phone) and creates the unknown ones, in bulk: a province's roster is thousands
 * of rows, so lookups go in a few IN queries, not one per row. Known educators are linked, never
 * overwritten by what a roster says.
 */
@Service
public class Rosters {

	private static final int CHUNK = 1000;

	private final EducatorRepository repository;

	private final Schools schools;

	Rosters(EducatorRepository repository, Schools schools) {
		this.repository = repository;
		this.schools = schools;
	}

	/** One link per person, in the same order. */
	@Transactional
	public List<RosterPerson.Link> findOrCreate(List<RosterPerson> persons) {
		Map<String, Educator> byNuptk = index(persons, RosterPerson::nuptk, repository::findByNuptkIn, e -> e.view().nuptk());
		Map<String, Educator> byNip = index(persons, RosterPerson::nip, repository::findByNipIn, e -> e.view().nip());
		Map<String, Educator> byEmail = index(persons, p -> lower(p.email()), repository::findByEmailIn,
				e -> e.view().email());
		Map<String, Educator> byPhone = index(persons, RosterPerson::phone, repository::findByPhoneIn,
				e -> e.view().phone());
		Map<Long, Optional<SchoolView>> schoolCache = new HashMap<>();
		List<RosterPerson.Link> links = new ArrayList<>(persons.size());
		List<Educator> fresh = new ArrayList<>();
		List<Educator> unsaved = new ArrayList<>();
		for (RosterPerson p : persons) {
			Educator known = Optional.ofNullable(p.nuptk())
				.map(byNuptk::get)
				.or(() -> Optional.ofNullable(p.nip()).map(byNip::get))
				.or(() -> Optional.ofNullable(lower(p.email())).map(byEmail::get))
				.or(() -> Optional.ofNullable(p.phone()).map(byPhone::get))
				.orElse(null);
			if (known != null) {
				links.add(null); // filled in below, once new educators have ids
				fresh.add(known);
				continue;
			}
			Educator educator = new Educator();
			SchoolView school = p.schoolId() == null ? null
					: schoolCache.computeIfAbsent(p.schoolId(), schools::find).orElse(null);
			educator.apply(new NewEducator(p.name(), p.nuptk(), p.nip(), p.email(), p.phone(), Position.TEACHER, null,
					school == null ? null : school.id()), p.phone(), school);
			remember(byNuptk, p.nuptk(), educator);
			remember(byNip, p.nip(), educator);
			remember(byEmail, lower(p.email()), educator);
			remember(byPhone, p.phone(), educator);
			links.add(null);
			fresh.add(educator);
			unsaved.add(educator);
		}
		repository.saveAll(unsaved);
		java.util.Set<Educator> created = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		created.addAll(unsaved);
		for (int i = 0; i < fresh.size(); i++) {
			Educator e = fresh.get(i);
			links.set(i, new RosterPerson.Link(e.view().id(), created.contains(e)));
		}
		return links;
	}

	private static void remember(Map<String, Educator> index, String key, Educator educator) {
		if (key != null) {
			index.putIfAbsent(key, educator);
		}
	}

	private Map<String, Educator> index(List<RosterPerson> persons, Function<RosterPerson, String> key,
			Function<Collection<String>, List<Educator>> find, Function<Educator, String> keyOf) {
		List<String> keys = persons.stream().map(key).filter(k -> k != null && !k.isBlank()).distinct().toList();
		Map<String, Educator> index = new HashMap<>();
		for (int from = 0; from < keys.size(); from += CHUNK) {
			find.apply(keys.subList(from, Math.min(keys.size(), from + CHUNK)))
				.forEach(e -> index.putIfAbsent(keyOf.apply(e), e));
		}
		return index;
	}

	private static String lower(String s) {
		return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
	}
}
