package id.kombel.monitoring.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import id.kombel.monitoring.CommunityRow;
import id.kombel.monitoring.Summary;
import id.kombel.shared.Level;
import id.kombel.shared.access.Scope;
import id.kombel.shared.web.NotFoundException;

/**
 * The dashboard's tables as downloads, with Indonesian headers an office forwards as is.
 */
@Component("monitoringExports")
class Exports {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final int MAX_ROWS = 10_000;

	private final Dashboards dashboards;

	private final HelpLists help;

	private final Clock clock;

	Exports(Dashboards dashboards, HelpLists help, Clock clock) {
		this.dashboards = dashboards;
		this.help = help;
		this.clock = clock;
	}

	ResponseEntity<byte[]> download(Scope scope, Place place, Level level, String table, String format) {
		String subtitle = place.name() + (level == null ? "" : " · jenjang " + level) + " · per "
				+ LocalDate.now(clock.withZone(Figures.JAKARTA));
		TableFile file = switch (table) {
			case "children" -> children(scope, place, level, subtitle);
			case "months" -> months(scope, place, level, subtitle);
			case "communities" -> communities(scope, place, level, null, "Daftar komunitas", subtitle);
			case "stalled" -> communities(scope, place, level, "STALLED", "Komunitas macet", subtitle);
			case "not-started" -> new TableFile("Komunitas belum mulai", subtitle,
					List.of("ID", "Nama komunitas", "Kode wilayah", "Dibentuk"),
					help.notStarted(scope, place, level, clock.instant())
						.stream()
						.map(l -> List.<Object>of(l.id(), l.name(), l.regionCode(), l.since()))
						.toList());
			case "behind" -> new TableFile("Komunitas dengan tujuan tertinggal", subtitle,
					List.of("ID", "Nama komunitas", "Kode wilayah", "Tertinggal sejak"),
					help.behind(scope, place, level, clock.instant())
						.stream()
						.map(l -> List.<Object>of(l.id(), l.name(), l.regionCode(), l.since()))
						.toList());
			case "schools-without" -> new TableFile("Sekolah tanpa komunitas", subtitle,
					List.of("ID", "Nama sekolah", "Jenjang", "Kode kecamatan"),
					help.schoolsWithout(scope, place, level)
						.stream()
						.map(s -> List.<Object>of(s.id(), s.name(), s.level(), s.districtCode()))
						.toList());
			default -> throw new NotFoundException("table " + table);
		};
		String name = "pemantauan-" + table + (place.code().isEmpty() ? "-nasional" : "-" + place.code()) + "."
				+ format;
		boolean xlsx = format.equals("xlsx");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.contentType(MediaType.parseMediaType(xlsx ? XLSX : "application/pdf"))
			.body(xlsx ? file.xlsx() : file.pdf());
	}

	private TableFile children(Scope scope, Place place, Level level, String subtitle) {
		Summary s = dashboards.summary(scope, place, level);
		List<List<Object>> rows = new ArrayList<>();
		for (Summary.Child c : s.children()) {
			rows.add(List.of(c.code() == null ? "" : c.code(), c.name(), c.communities().total(),
					c.communities().notStarted(), c.communities().active(), c.communities().stalled(),
					c.schools().total(), c.schools().withCommunity(), c.educators().total(), c.educators().members(),
					c.educators().activeMembers(), c.goals().communitiesWithGoal(), c.goals().onTrack(),
					c.goals().reached(), c.goals().behind(), c.cycles().completed(), c.programmes().registered(),
					c.programmes().attended()));
		}
		rows.add(List.of("", "Jumlah", s.communities().total(), s.communities().notStarted(), s.communities().active(),
				s.communities().stalled(), s.schools().total(), s.schools().withCommunity(), s.educators().total(),
				s.educators().members(), s.educators().activeMembers(), s.goals().communitiesWithGoal(),
				s.goals().onTrack(), s.goals().reached(), s.goals().behind(), s.cycles().completed(),
				s.programmes().registered(), s.programmes().attended()));
		return new TableFile("Rincian per wilayah", subtitle,
				List.of("Kode", "Wilayah/sekolah", "Komunitas", "Belum mulai", "Aktif", "Macet", "Sekolah",
						"Sekolah dengan komunitas", "PTK", "PTK anggota", "Anggota aktif 90 hari", "Dengan tujuan",
						"Sesuai jadwal", "Tercapai", "Tertinggal", "Siklus selesai", "Bimtek terdaftar",
						"Bimtek hadir"),
				rows);
	}

	private TableFile months(Scope scope, Place place, Level level, String subtitle) {
		return new TableFile("Kegiatan terlaksana per bulan", subtitle, List.of("Bulan", "Kegiatan terlaksana"),
				dashboards.summary(scope, place, level)
					.activitiesByMonth()
					.stream()
					.map(m -> List.<Object>of(m.month(), m.held()))
					.toList());
	}

	private TableFile communities(Scope scope, Place place, Level level, String state, String title, String subtitle) {
		List<CommunityRow> rows = dashboards.communities(scope, place, level, state, 0, MAX_ROWS).content();
		List<List<Object>> out = new ArrayList<>();
		for (CommunityRow r : rows) {
			List<Object> row = new ArrayList<>(List.of(r.id(), r.name(), stateName(r.state()),
					Math.round(r.participation() * 1000) / 10.0, r.regionCode(), String.join(", ", r.levels())));
			row.add(r.lastActivityAt());
			out.add(row);
		}
		return new TableFile(title, subtitle, List.of("ID", "Nama komunitas", "Status", "Partisipasi (%)",
				"Kode wilayah", "Jenjang", "Kegiatan terakhir"), out);
	}

	private static String stateName(String state) {
		return switch (state) {
			case "ACTIVE" -> "Aktif";
			case "STALLED" -> "Macet";
			default -> "Belum mulai";
		};
	}

}
