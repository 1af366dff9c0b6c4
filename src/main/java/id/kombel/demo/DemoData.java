package id.kombel.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.kombel.accounts.Accounts;
import id.kombel.accounts.Grant;
import id.kombel.accounts.NewAccount;
import id.kombel.offices.NewBranchOffice;
import id.kombel.offices.OfficeView;
import id.kombel.offices.Offices;
import id.kombel.people.EducatorView;
import id.kombel.people.NewEducator;
import id.kombel.people.People;
import id.kombel.people.Position;
import id.kombel.regions.RegionView;
import id.kombel.regions.Regions;
import id.kombel.schools.NewSchool;
import id.kombel.schools.SchoolStatus;
import id.kombel.schools.SchoolView;
import id.kombel.schools.Schools;
import id.kombel.shared.Level;
import id.kombel.shared.access.Role;

/**
 * Seeds Sumatera Utara into an empty database: branch offices, a few schools of every
 * level in each of its 33 regencies/cities, their educators, and the demo accounts of the
 * README.
 */
@Component
@ConditionalOnBooleanProperty("kombel.demo")
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "kombel-demo";

	static final String PROVINCE = "12";

	static final String DAIRI = "12.11";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/**
	 * Cabang Dinas Wilayah I–XIV of the province; Dairi and Pakpak Bharat are Wilayah IV.
	 */
	private static final Map<Integer, List<String>> BRANCHES = Map.ofEntries(Map.entry(1, List.of("12.71", "12.07")),
			Map.entry(2, List.of("12.05", "12.75")), Map.entry(3, List.of("12.06")),
			Map.entry(4, List.of("12.11", "12.15")), Map.entry(5, List.of("12.08", "12.72")),
			Map.entry(6, List.of("12.18", "12.76", "12.19")), Map.entry(7, List.of("12.09", "12.74")),
			Map.entry(8, List.of("12.10", "12.22", "12.23")), Map.entry(9, List.of("12.02", "12.12", "12.16", "12.17")),
			Map.entry(10, List.of("12.01", "12.73")), Map.entry(11, List.of("12.03", "12.77", "12.20", "12.21")),
			Map.entry(12, List.of("12.13")), Map.entry(13, List.of("12.04", "12.14", "12.24", "12.25", "12.78")));

	private final Accounts accounts;

	private final Regions regions;

	private final Offices offices;

	private final Schools schools;

	private final People people;

	private final TransactionTemplate transaction;

	private final DemoCommunities demoCommunities;

	private final DemoKnowledge demoKnowledge;

	private final DemoLock lock;

	DemoData(Accounts accounts, Regions regions, Offices offices, Schools schools, People people,
			TransactionTemplate transaction, DemoCommunities demoCommunities, DemoKnowledge demoKnowledge,
			DemoLock lock) {
		this.lock = lock;
		this.demoCommunities = demoCommunities;
		this.demoKnowledge = demoKnowledge;
		this.accounts = accounts;
		this.regions = regions;
		this.offices = offices;
		this.schools = schools;
		this.people = people;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!accounts.isEmpty()) {
			return;
		}
		lock.run(() -> {
			// another node may have seeded while this one waited for the lock
			if (!accounts.isEmpty()) {
				return;
			}
			log.info("Seeding the demo dataset (Sumatera Utara)");
			transaction.executeWithoutResult(status -> seed());
			log.info("Demo dataset ready; sign in as admin@demo.kombel.id / {}", PASSWORD);
		});
	}

	private void seed() {
		Random random = new Random(12);
		DemoNames names = new DemoNames(random);
		OfficeView wilayahIv = null;
		for (var branch : BRANCHES.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
			OfficeView office = offices.createBranch(new NewBranchOffice(PROVINCE, branch.getKey(),
					"Cabang Dinas Pendidikan Wilayah " + roman(branch.getKey()), null, branch.getValue()));
			if (branch.getKey() == 4) {
				wilayahIv = office;
			}
		}
		List<SchoolView> dairiSchools = new ArrayList<>();
		int serial = 1;
		for (RegionView regency : regions.children(PROVINCE)) {
			List<RegionView> districts = regions.children(regency.code());
			String town = districts.get(0).name();
			for (Level level : List.of(Level.PAUD, Level.TK, Level.SD, Level.SD, Level.SMP, Level.SMA, Level.SMK,
					Level.SLB)) {
				RegionView district = districts.get(serial % Math.min(3, districts.size()));
				boolean isPublic = level != Level.PAUD && level != Level.TK && serial % 4 != 0;
				String name = schoolName(level, isPublic, serial, isPublic ? district.name() : town);
				SchoolView school = schools.save(new NewSchool(String.format("102%05d", serial), name, level,
						isPublic ? SchoolStatus.PUBLIC : SchoolStatus.PRIVATE, district.code(),
						"Jl. Pendidikan No. " + (serial % 90 + 1) + ", " + district.name()));
				serial++;
				if (regency.code().equals(DAIRI)) {
					dairiSchools.add(school);
				}
				people.save(new NewEducator(names.next(), names.nuptk(), isPublic ? names.nip() : null, null, null,
						Position.PRINCIPAL, null, school.id()));
				for (int i = 0; i < 3; i++) {
					people.save(new NewEducator(names.next(), names.nuptk(), isPublic && i == 0 ? names.nip() : null,
							null, "0813" + String.format("%08d", random.nextInt(100_000_000)), Position.TEACHER,
							subject(level, i), school.id()));
				}
			}
		}
		SchoolView demoSchool = dairiSchools.stream().filter(s -> s.level() == Level.SD).findFirst().orElseThrow();
		EducatorView kepsek = people
			.save(new NewEducator("Drs. Marulam Sihombing, M.Pd.", "3250745648200002", "196805121994031002",
					"kepsek@demo.kombel.id", "081265430001", Position.PRINCIPAL, null, demoSchool.id()));
		people.save(new NewEducator("Rosmawati Br. Ginting, S.Pd.", "1234567890123456", "198503172009022003",
				"guru@demo.kombel.id", "081265430002", Position.TEACHER, "Guru Kelas", demoSchool.id()));
		people.save(new NewEducator("Hotma Tiurlan Sinaga, S.Pd.", "6543210987654321", null, "anggota@demo.kombel.id",
				"081265430003", Position.TEACHER, "Guru Kelas", demoSchool.id()));
		account("admin@demo.kombel.id", "Admin Kombel", Grant.of(Role.ADMIN));
		account("balai@demo.kombel.id", "BBGP Sumatera Utara", Grant.region(Role.BALAI, PROVINCE));
		account("dinas.dairi@demo.kombel.id", "Dinas Pendidikan Kabupaten Dairi",
				Grant.region(Role.REGENCY_OFFICE, DAIRI));
		account("cabdin4@demo.kombel.id", "Cabang Dinas Wilayah IV", Grant.office(wilayahIv.id()));
		account("kepsek@demo.kombel.id", kepsek.name(), Grant.school(Role.PRINCIPAL, demoSchool.id()));
		accounts.create(new NewAccount("pengawas@demo.kombel.id", "Pengawas SD Dairi", PASSWORD, null,
				dairiSchools.stream()
					.filter(s -> s.level() == Level.SD)
					.map(s -> Grant.school(Role.SUPERVISOR, s.id()))
					.toList()));
		account("guru@demo.kombel.id", "Rosmawati Br. Ginting, S.Pd.", Grant.of(Role.TEACHER));
		account("anggota@demo.kombel.id", "Hotma Tiurlan Sinaga, S.Pd.", Grant.of(Role.TEACHER));
		demoCommunities.seed();
		demoKnowledge.seed();
	}

	private void account(String email, String name, Grant grant) {
		accounts.create(new NewAccount(email, name, PASSWORD, null, List.of(grant)));
	}

	private static String schoolName(Level level, boolean isPublic, int serial, String place) {
		String kind = switch (level) {
			case PAUD -> "KB";
			case SLB -> "SLB";
			default -> level.name();
		};
		return isPublic ? kind + " Negeri " + (serial % 9 + 1) + " " + place : kind + " Swasta " + place + " " + serial;
	}

	private static String subject(Level level, int i) {
		return switch (level) {
			case PAUD, TK -> "Guru PAUD";
			case SD -> i == 2 ? "PJOK" : "Guru Kelas";
			default -> List.of("Matematika", "Bahasa Indonesia", "IPA").get(i);
		};
	}

	private static String roman(int n) {
		String[] numerals = { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
				"XIV" };
		return numerals[n];
	}

}
