package id.kombel.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

import id.kombel.accounts.Accounts;
import id.kombel.activities.Activities;
import id.kombel.activities.ActivityForm;
import id.kombel.activities.ActivityMode;
import id.kombel.activities.ActivityRole;
import id.kombel.activities.ActivityView;
import id.kombel.activities.AttendanceStatus;
import id.kombel.activities.Closing;
import id.kombel.activities.TaskKind;
import id.kombel.communities.CommunityForm;
import id.kombel.communities.CommunityGoals;
import id.kombel.communities.CommunityKind;
import id.kombel.communities.CommunityView;
import id.kombel.communities.Communities;
import id.kombel.communities.GoalForm;
import id.kombel.communities.GoalView;
import id.kombel.communities.JoinPolicy;
import id.kombel.communities.MeasurementForm;
import id.kombel.communities.Purpose;
import id.kombel.shared.Level;
import id.kombel.shared.access.KombelUser;

/**
 * The demo communities: an active in-school community at the demo SD (guru facilitates,
 * anggota is a member) with a goal, a held and closed activity and a coming one; and a
 * stalled one.
 */
@Component
class DemoCommunities {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final Accounts accounts;

	private final Communities communities;

	private final CommunityGoals goals;

	private final Activities activities;

	private final Closing closing;

	DemoCommunities(Accounts accounts, Communities communities, CommunityGoals goals, Activities activities,
			Closing closing) {
		this.accounts = accounts;
		this.communities = communities;
		this.goals = goals;
		this.activities = activities;
		this.closing = closing;
	}

	void seed() {
		KombelUser guru = accounts.userByEmail("guru@demo.kombel.id").orElseThrow();
		KombelUser anggota = accounts.userByEmail("anggota@demo.kombel.id").orElseThrow();
		CommunityView literasi = communities.create(guru,
				new CommunityForm("Kombel Literasi SD Dairi", CommunityKind.SCHOOL, List.of(Level.SD),
						List.of("Bahasa Indonesia", "Guru Kelas"), DemoData.DAIRI, null,
						"Guru kelas yang ingin meningkatkan kemampuan membaca murid kelas rendah.",
						"setiap tiga minggu, Jumat siang", JoinPolicy.OPEN));
		communities.join(anggota, literasi.id());
		GoalView goal = goals.addGoal(guru, literasi.id(),
				new GoalForm(Purpose.INTEGRATE, "A.1 Literasi", "Murid kelas 2 yang lancar membaca", "% murid",
						new BigDecimal("45"), new BigDecimal("70"), LocalDate.now().plusMonths(5)));
		goals.measure(guru, literasi.id(), goal.id(),
				new MeasurementForm(new BigDecimal("52"), LocalDate.now().minusDays(3), "Asesmen diagnostik"));
		goals.startCycle(guru, literasi.id(), goal.id());
		LocalDateTime lastWeek = LocalDateTime.now().minusDays(7).withHour(14).withMinute(0);
		ActivityView held = activities.schedule(guru, literasi.id(),
				form("Membaca data Rapor Pendidikan bersama", ActivityRole.DISCUSSION, lastWeek, 90));
		activities.assignTask(guru, held.id(), anggota.accountId(), TaskKind.NOTE_TAKER, null);
		activities.mark(guru, held.id(), guru.accountId(), AttendanceStatus.PRESENT);
		activities.mark(guru, held.id(), anggota.accountId(), AttendanceStatus.PRESENT);
		activities.writeMinutes(guru, held.id(),
				"Prioritas: kelancaran membaca kelas 2. Target 70% pada akhir semester.");
		closing.close(guru, held.id());
		activities.schedule(guru, literasi.id(), form("Belajar bersama: asesmen membaca", ActivityRole.LEARNING,
				LocalDateTime.now().plusDays(14).withHour(14).withMinute(0), 120));

		KombelUser kepsek = accounts.userByEmail("kepsek@demo.kombel.id").orElseThrow();
		CommunityView numerasi = communities.create(kepsek,
				new CommunityForm("Kombel Numerasi Antar Sekolah Dairi", CommunityKind.INTER_SCHOOL,
						List.of(Level.SD, Level.SMP), List.of("Matematika"), DemoData.DAIRI, null, null,
						"sebulan sekali", JoinPolicy.APPROVAL));
		activities.schedule(kepsek, numerasi.id(), form("Berbagi praktik baik numerasi", ActivityRole.DISCUSSION,
				LocalDateTime.now().minusDays(80).withHour(9).withMinute(0), 120));
	}

	private static ActivityForm form(String title, ActivityRole role, LocalDateTime start, int minutes) {
		return new ActivityForm(title, role, ActivityMode.OFFLINE, LOCAL.format(start),
				LOCAL.format(start.plusMinutes(minutes)), null, "Ruang guru", null);
	}

}
