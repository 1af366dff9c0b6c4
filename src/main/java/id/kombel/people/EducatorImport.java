package id.kombel.people;

import id.kombel.shared.cluster.CacheInvalidation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.schools.SchoolView;
import id.kombel.schools.Schools;
import id.kombel.shared.csv.CsvTable;
import id.kombel.shared.csv.CsvTable.Row;
import id.kombel.shared.csv.ImportReport;
import id.kombel.shared.csv.ImportReport.Rejected;
import id.kombel.shared.validation.Phones;

/**
 * Imports educators from a CSV. Rows are checked first (identifiers, school by NPSN, a
 * person repeated in the file, an identifier already held by someone else); then the
 * valid rows are saved together, or none when all-or-nothing was asked and a row was
 * rejected.
 */
@Service
public class EducatorImport {

	private final EducatorRepository repository;

	private final People people;

	private final Schools schools;

	private final Validator validator;

	private final CacheInvalidation invalidation;

	EducatorImport(EducatorRepository repository, People people, Schools schools, Validator validator,
			CacheInvalidation invalidation) {
		this.invalidation = invalidation;
		this.repository = repository;
		this.people = people;
		this.schools = schools;
		this.validator = validator;
	}

	private record Columns(int name, int nuptk, int nip, int email, int phone, int position, int subject, int npsn) {

		static Columns of(CsvTable t) {
			return new Columns(t.column("Nama Lengkap", "Nama", "Name", "Full Name"), t.column("NUPTK"),
					t.column("NIP"), t.column("Email", "E-mail", "Surel"),
					t.column("No HP", "Nomor HP", "HP", "No Telepon", "Telepon", "WhatsApp", "No WA", "Phone"),
					t.column("Jabatan", "Jenis PTK", "Posisi", "Position"),
					t.column("Mata Pelajaran", "Mapel", "Subject"), t.column("NPSN", "NPSN Sekolah"));
		}
	}

	private record Valid(int line, NewEducator data, String phone, SchoolView school) {
	}

	@Transactional
	public ImportReport importCsv(InputStream in, boolean allOrNothing) throws IOException {
		CsvTable table = CsvTable.read(in);
		Columns c = Columns.of(table);
		List<Rejected> rejected = new ArrayList<>();
		if (c.name() < 0) {
			rejected.add(new Rejected(1, "import.missing-columns", List.of("Nama")));
			return new ImportReport(0, 0, rejected, false);
		}
		Map<String, Optional<SchoolView>> schoolsByNpsn = new HashMap<>();
		Map<String, Integer> seen = new HashMap<>();
		List<Valid> valid = new ArrayList<>();
		for (Row row : table.rows()) {
			check(row, c, schoolsByNpsn, seen).ifPresentOrElse(rejected::add,
					() -> valid.add(toValid(row, c, schoolsByNpsn)));
		}
		if (allOrNothing && !rejected.isEmpty()) {
			return new ImportReport(0, 0, rejected, false);
		}
		int created = 0;
		for (Valid v : valid) {
			Optional<Educator> existing = people.match(v.data());
			Educator educator = existing.orElseGet(Educator::new);
			if (existing.isEmpty()) {
				created++;
			}
			educator.apply(v.data(), v.phone(), v.school());
			repository.save(educator);
		}
		// a teacher may have moved school
		invalidation.invalidateAll(CacheInvalidation.EDUCATOR_SCHOOLS);
		return new ImportReport(created, valid.size() - created, rejected, true);
	}

	private Optional<Rejected> check(Row row, Columns c, Map<String, Optional<SchoolView>> schoolsByNpsn,
			Map<String, Integer> seen) {
		String position = CsvTable.value(row, c.position());
		if (Position.parse(position).isEmpty()) {
			return reject(row, "import.unknown-position", position);
		}
		NewEducator data = toData(row, c, null);
		Set<ConstraintViolation<NewEducator>> violations = validator.validate(data);
		if (!violations.isEmpty()) {
			ConstraintViolation<NewEducator> first = violations.stream()
				.sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
				.findFirst()
				.orElseThrow();
			String key = first.getMessageTemplate().replaceAll("[{}]", "");
			return reject(row, key, String.valueOf(first.getInvalidValue()));
		}
		String phone = CsvTable.value(row, c.phone());
		if (!phone.isEmpty() && Phones.normalise(phone).isEmpty()) {
			return reject(row, "validation.phone", phone);
		}
		String npsn = CsvTable.value(row, c.npsn()).toUpperCase(Locale.ROOT);
		if (!npsn.isEmpty() && schoolsByNpsn.computeIfAbsent(npsn, schools::findByNpsn).isEmpty()) {
			return reject(row, "import.unknown-school", npsn);
		}
		for (String key : identityKeys(data)) {
			Integer earlier = seen.putIfAbsent(key, row.line());
			if (earlier != null) {
				return reject(row, "import.duplicate-row", String.valueOf(earlier));
			}
		}
		return people.takenField(people.match(data).orElse(null), data)
			.flatMap(field -> reject(row, "people." + field + "-taken", ""));
	}

	private Valid toValid(Row row, Columns c, Map<String, Optional<SchoolView>> schoolsByNpsn) {
		String npsn = CsvTable.value(row, c.npsn()).toUpperCase(Locale.ROOT);
		SchoolView school = npsn.isEmpty() ? null : schoolsByNpsn.get(npsn).orElseThrow();
		NewEducator data = toData(row, c, school == null ? null : school.id());
		String phone = CsvTable.value(row, c.phone());
		return new Valid(row.line(), data, phone.isEmpty() ? null : Phones.normalise(phone).orElseThrow(), school);
	}

	private static NewEducator toData(Row row, Columns c, Long schoolId) {
		return new NewEducator(CsvTable.value(row, c.name()), CsvTable.value(row, c.nuptk()),
				CsvTable.value(row, c.nip()), CsvTable.value(row, c.email()), CsvTable.value(row, c.phone()),
				Position.parse(CsvTable.value(row, c.position())).orElse(Position.TEACHER),
				CsvTable.value(row, c.subject()), schoolId);
	}

	private static List<String> identityKeys(NewEducator data) {
		List<String> keys = new ArrayList<>();
		if (!People.blank(data.nuptk())) {
			keys.add("nuptk:" + data.nuptk());
		}
		if (!People.blank(data.nip())) {
			keys.add("nip:" + data.nip());
		}
		if (!People.blank(data.email())) {
			keys.add("email:" + data.email().toLowerCase(Locale.ROOT));
		}
		return keys;
	}

	private static Optional<Rejected> reject(Row row, String key, String arg) {
		return Optional.of(new Rejected(row.line(), key, List.of(arg)));
	}

}
