package id.kombel.monitoring.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import id.kombel.communities.CommunityCycles;
import id.kombel.communities.CommunityCycles.Cycle;
import id.kombel.communities.CommunityCycles.Entry;
import id.kombel.monitoring.compliance.ComplianceReport.Evidence;
import id.kombel.monitoring.compliance.ComplianceReport.GoalRef;
import id.kombel.monitoring.compliance.ComplianceReport.PhaseStep;
import id.kombel.monitoring.compliance.ComplianceReport.Place;
import id.kombel.monitoring.compliance.ComplianceReport.Row;
import id.kombel.monitoring.compliance.ComplianceReport.SchoolRef;
import id.kombel.monitoring.compliance.ComplianceReport.Totals;
import id.kombel.regions.RegionView;
import id.kombel.regions.Regions;
import id.kombel.schools.SchoolView;
import id.kombel.schools.Schools;
import id.kombel.shared.access.Area;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.OutOfScopeException;
import id.kombel.shared.access.Scope;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.NotFoundException;

/**
 * Builds the compliance report for what the caller's {@link Scope} covers: an area must
 * lie inside one of the caller's areas or hold one of their schools (else 403), and its
 * rows are only the communities the caller sees as a partner, by the communities module's
 * own rule.
 */
@Service
public class ComplianceReports {

	static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private static final List<String> PHASES = List.of("REFLECTION", "PLANNING", "IMPLEMENTATION", "EVALUATION");

	private final CommunityCycles cycles;

	private final Regions regions;

	private final Schools schools;

	private final Clock clock;

	ComplianceReports(CommunityCycles cycles, Regions regions, Schools schools, Clock clock) {
		this.cycles = cycles;
		this.regions = regions;
		this.schools = schools;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(JAKARTA));
	}

	public ComplianceReport report(KombelUser user, String region, Long school, String semester, String from,
			String to) {
		Period period = Period.of(semester, from, to, today());
		Scope scope = user.scope();
		if (!scope.seesSchools()) {
			throw new OutOfScopeException("compliance: no area");
		}
		if (school != null) {
			SchoolView s = schools.find(school).orElseThrow(() -> new NotFoundException("school " + school));
			if (!scope.coversSchool(s.id(), s.districtCode(), s.level())) {
				throw new OutOfScopeException("compliance of school " + school);
			}
			List<Entry> entries = cycles.atSchool(scope, s.id(), period.from(), period.to());
			return build(place(s.districtCode()), new SchoolRef(s.id(), s.npsn(), s.name()), period, entries);
		}
		String code = region == null || region.isBlank() ? ownRegion(scope) : region.strip();
		Place place = place(code);
		if (!covers(scope, code)) {
			throw new OutOfScopeException("compliance of region " + code);
		}
		return build(place, null, period, cycles.inRegion(scope, code, period.from(), period.to()));
	}

	private Place place(String code) {
		RegionView r = regions.find(code).orElseThrow(() -> new NotFoundException("region " + code));
		return new Place(r.code(), r.name(), r.level().name());
	}

	/** Where a report opens without a region: the caller's own area or school. */
	private String ownRegion(Scope scope) {
		if (!scope.areas().isEmpty()) {
			return scope.areas().get(0).regionCode();
		}
		if (!scope.schoolIds().isEmpty()) {
			Set<String> regencies = schools.findAll(scope.schoolIds())
				.stream()
				.map(SchoolView::regencyCode)
				.collect(Collectors.toSet());
			if (regencies.size() == 1) {
				return regencies.iterator().next();
			}
		}
		throw InvalidInputException.of("region", "monitoring.compliance.region-missing");
	}

	private boolean covers(Scope scope, String code) {
		if (scope.all() || scope.areas().stream().anyMatch(a -> a.contains(code))) {
			return true;
		}
		Area asked = Area.all(code);
		return !scope.schoolIds().isEmpty()
				&& schools.findAll(scope.schoolIds()).stream().anyMatch(s -> asked.contains(s.districtCode()));
	}

	private ComplianceReport build(Place place, SchoolRef school, Period period, List<Entry> entries) {
		Set<Long> schoolIds = entries.stream()
			.map(Entry::homeSchoolId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, SchoolView> byId = schools.findAll(schoolIds)
			.stream()
			.collect(Collectors.toMap(SchoolView::id, Function.identity()));
		List<Row> rows = new ArrayList<>();
		for (Entry e : entries) {
			SchoolView s = e.homeSchoolId() == null ? null : byId.get(e.homeSchoolId());
			rows.add(row(e, s, period.to()));
		}
		rows.sort(Comparator.comparing((Row r) -> r.schoolName() == null ? "\uffff" : r.schoolName())
			.thenComparing(Row::communityName)
			.thenComparing(r -> r.cycleNumber() == null ? 0 : r.cycleNumber()));
		Set<Long> communities = new HashSet<>();
		Set<Long> withCycle = new HashSet<>();
		int completed = 0;
		int evidence = 0;
		int results = 0;
		for (Row r : rows) {
			communities.add(r.communityId());
			if (r.cycleNumber() != null) {
				withCycle.add(r.communityId());
				completed += r.closedOn() != null && !r.closedOn().isAfter(period.to()) ? 1 : 0;
				evidence += r.hasEvidence() ? 1 : 0;
				results += r.resultBefore() != null && r.resultAfter() != null ? 1 : 0;
			}
		}
		return new ComplianceReport(place, school, period.from(), period.to(), period.semester(),
				new Totals(communities.size(), withCycle.size(), completed, evidence, results), rows);
	}

	/**
	 * The row as it stood at the end of the period ({@code asOf}): a report of a past
	 * semester shows what was done by then, not what was done since.
	 */
	private static Row row(Entry e, SchoolView s, LocalDate asOf) {
		Long schoolId = s == null ? null : s.id();
		String npsn = s == null ? null : s.npsn();
		String schoolName = s == null ? null : s.name();
		Cycle c = e.cycle();
		if (c == null) {
			return new Row(schoolId, npsn, schoolName, e.communityId(), e.communityName(), e.kind().name(), e.levels(),
					null, null, null, List.of(), null, null, null, null, null, null);
		}
		GoalRef goal = c.goal() == null ? null : new GoalRef(c.goal().id(), c.goal().purpose().name(),
				c.goal().indicator(), c.goal().unit(), c.goal().baseline(), c.goal().target());
		List<String> links = c.evidenceLinks() == null ? List.of()
				: Arrays.stream(c.evidenceLinks().split("[\\s,]+")).filter(l -> !l.isBlank()).toList();
		Evidence evidence = c.evidenceName() == null && links.isEmpty() ? null : new Evidence(c.evidenceName(),
				c.evidenceName() == null ? null : "/communities/" + e.communityId() + "/cycles/" + c.id() + "/evidence",
				links);
		int at = phaseAt(c, asOf);
		LocalDate closed = c.closedOn() != null && !c.closedOn().isAfter(asOf) ? c.closedOn() : null;
		// results belong to evaluation: not shown as of a day before the cycle reached it
		boolean evaluated = at == PHASES.size() - 1 || at == PHASES.indexOf(c.phase());
		var before = evaluated ? c.resultBefore() : null;
		var after = evaluated ? c.resultAfter() : null;
		var change = before != null && after != null ? after.subtract(before) : null;
		return new Row(schoolId, npsn, schoolName, e.communityId(), e.communityName(), e.kind().name(), e.levels(),
				c.number(), PHASES.get(at), c.startedOn(), phases(c, asOf), closed, before, after, change, evidence,
				goal);
	}

	/**
	 * A phase is done once the cycle stands in a later one or has closed; it was done on
	 * the day the next phase was reached (the last one on the day the cycle closed). A
	 * day not recorded (a skipped phase, a cycle kept before days were) stays unknown
	 * rather than guessed.
	 */
	static List<PhaseStep> phases(Cycle c, LocalDate asOf) {
		LocalDate[] reached = { c.startedOn(), c.planningOn(), c.implementationOn(), c.evaluationOn() };
		int current = phaseAt(c, asOf);
		boolean closed = c.closedOn() != null && !c.closedOn().isAfter(asOf);
		List<PhaseStep> steps = new ArrayList<>();
		for (int i = 0; i < PHASES.size(); i++) {
			boolean done = closed || i < current;
			LocalDate doneOn = !done ? null : i + 1 < reached.length ? reached[i + 1] : c.closedOn();
			steps.add(new PhaseStep(PHASES.get(i), i <= current ? reached[i] : null, done, doneOn));
		}
		return steps;
	}

	/**
	 * The phase the cycle stood in on the day: the latest it had reached by then (a phase
	 * whose day was not recorded counts as reached, as it is now).
	 */
	static int phaseAt(Cycle c, LocalDate day) {
		LocalDate[] reached = { c.startedOn(), c.planningOn(), c.implementationOn(), c.evaluationOn() };
		int at = PHASES.indexOf(c.phase());
		while (at > 0 && reached[at] != null && reached[at].isAfter(day)) {
			at--;
		}
		return Math.max(0, at);
	}

}
