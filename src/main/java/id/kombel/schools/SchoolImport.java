package id.kombel.schools;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.regions.RegionView;
import id.kombel.regions.Regions;
import id.kombel.shared.Level;
import id.kombel.shared.csv.CsvTable;
import id.kombel.shared.csv.CsvTable.Row;
import id.kombel.shared.csv.ImportReport;
import id.kombel.shared.csv.ImportReport.Rejected;
import id.kombel.shared.validation.Identifiers;

/**
 * Imports schools from a Dapodik-like CSV. Every row is checked before anything is
 * written; then the valid rows are saved in one transaction (or none, when all-or-nothing
 * is asked and a row was rejected). A school already known by NPSN is updated, not
 * duplicated.
 */
@Service
public class SchoolImport {

	private final Schools schools;

	private final SchoolRepository repository;

	private final Regions regions;

	SchoolImport(Schools schools, SchoolRepository repository, Regions regions) {
		this.schools = schools;
		this.repository = repository;
		this.regions = regions;
	}

	private record Columns(int npsn, int name, int level, int status, int district, int regency, int address) {

		static Columns of(CsvTable table) {
			return new Columns(table.column("NPSN"),
					table.column("Nama Sekolah", "Nama Satuan Pendidikan", "Nama", "Name", "School Name"),
					table.column("Jenjang", "Bentuk Pendidikan", "Level"), table.column("Status", "Status Sekolah"),
					table.column("Kode Kecamatan", "Kode Wilayah", "District Code", "Kecamatan", "District"),
					table.column("Kabupaten/Kota", "Kab/Kota", "Kabupaten", "Kota", "Regency"),
					table.column("Alamat", "Address"));
		}
	}

	@Transactional
	public ImportReport importCsv(InputStream in, boolean allOrNothing) throws IOException {
		CsvTable table = CsvTable.read(in);
		Columns columns = Columns.of(table);
		List<Rejected> rejected = new ArrayList<>();
		if (columns.npsn() < 0 || columns.name() < 0 || columns.level() < 0 || columns.district() < 0) {
			rejected
				.add(new Rejected(1, "import.missing-columns", List.of("NPSN, Nama Sekolah, Jenjang, Kode Kecamatan")));
			return new ImportReport(0, 0, rejected, false);
		}
		Map<String, Integer> firstLine = new HashMap<>();
		List<NewSchool> valid = new ArrayList<>();
		for (Row row : table.rows()) {
			Optional<Rejected> problem = check(row, columns);
			NewSchool school = problem.isEmpty() ? toSchool(row, columns) : null;
			if (school != null) {
				Integer earlier = firstLine.putIfAbsent(school.npsn(), row.line());
				if (earlier != null) {
					problem = Optional
						.of(new Rejected(row.line(), "import.duplicate-row", List.of(String.valueOf(earlier))));
				}
			}
			problem.ifPresentOrElse(rejected::add, () -> valid.add(school));
		}
		if (allOrNothing && !rejected.isEmpty()) {
			return new ImportReport(0, 0, rejected, false);
		}
		Map<String, School> existing = repository.findByNpsnIn(firstLine.keySet())
			.stream()
			.collect(Collectors.toMap(School::npsn, Function.identity()));
		int created = 0;
		for (NewSchool data : valid) {
			School school = existing.get(data.npsn());
			if (school == null) {
				school = new School(data.npsn());
				created++;
			}
			schools.apply(school, data);
		}
		return new ImportReport(created, valid.size() - created, rejected, true);
	}

	private Optional<Rejected> check(Row row, Columns c) {
		String npsn = CsvTable.value(row, c.npsn()).toUpperCase(Locale.ROOT);
		if (npsn.isEmpty()) {
			return reject(row, "import.required", "NPSN");
		}
		Optional<String> npsnProblem = Identifiers.checkNpsn(npsn);
		if (npsnProblem.isPresent()) {
			return reject(row, npsnProblem.get(), npsn);
		}
		String name = CsvTable.value(row, c.name());
		if (name.isEmpty()) {
			return reject(row, "import.required", "Nama Sekolah");
		}
		if (name.length() > 200) {
			return reject(row, "import.too-long", "Nama Sekolah");
		}
		String level = CsvTable.value(row, c.level());
		if (Level.parse(level).isEmpty()) {
			return reject(row, "import.unknown-level", level);
		}
		String status = CsvTable.value(row, c.status());
		if (status.isEmpty()) {
			return reject(row, "import.required", "Status");
		}
		if (SchoolStatus.parse(status).isEmpty()) {
			return reject(row, "import.unknown-status", status);
		}
		if (district(row, c).isEmpty()) {
			return reject(row, "import.unknown-district", CsvTable.value(row, c.district()));
		}
		if (CsvTable.value(row, c.address()).length() > 300) {
			return reject(row, "import.too-long", "Alamat");
		}
		return Optional.empty();
	}

	private Optional<RegionView> district(Row row, Columns c) {
		String text = CsvTable.value(row, c.district());
		Optional<RegionView> byCode = regions.find(text).filter(r -> schools.regionProblem(r.code()).isEmpty());
		if (byCode.isPresent() || c.regency() < 0) {
			return byCode;
		}
		return regions.matchRegency(CsvTable.value(row, c.regency()), null)
			.flatMap(regency -> regions.matchDistrict(text, regency.code()));
	}

	private NewSchool toSchool(Row row, Columns c) {
		String status = CsvTable.value(row, c.status());
		return new NewSchool(CsvTable.value(row, c.npsn()).toUpperCase(Locale.ROOT), CsvTable.value(row, c.name()),
				Level.parse(CsvTable.value(row, c.level())).orElseThrow(), SchoolStatus.parse(status).orElseThrow(),
				district(row, c).orElseThrow().code(), CsvTable.value(row, c.address()));
	}

	private static Optional<Rejected> reject(Row row, String key, String arg) {
		return Optional.of(new Rejected(row.line(), key, List.of(arg)));
	}

}
