package id.kombel.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.kombel.accounts.Accounts;
import id.kombel.programmes.crew.CommitteeKind;
import id.kombel.programmes.crew.Crew;
import id.kombel.programmes.checkin.EventCheckIns;
import id.kombel.programmes.roster.ParticipantImport;
import id.kombel.programmes.roster.Participants;
import id.kombel.programmes.ProgrammeForm;
import id.kombel.programmes.ProgrammeKind;
import id.kombel.programmes.Programmes;
import id.kombel.programmes.Views.EventView;
import id.kombel.programmes.Views.ProgrammeView;
import id.kombel.shared.access.KombelUser;

/**
 * The demo programme: a bimtek of the Balai in every regency of Sumatera Utara, held
 * today, with participants imported from a committee roster in Dairi, Medan and Karo, a
 * committee in Dairi ({@code anggota} may check people in) with a speaker, and the first
 * check-ins. Seeded once the demo accounts exist.
 */
@Component
@ConditionalOnBooleanProperty("kombel.demo")
class DemoEvents {

	private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);

	private final Accounts accounts;

	private final Programmes programmes;

	private final ParticipantImport imports;

	private final Crew crew;

	private final EventCheckIns checkIns;

	private final Participants participants;

	private final DemoLock lock;

	DemoEvents(DemoLock lock, Accounts accounts, Programmes programmes, ParticipantImport imports, Crew crew,
			EventCheckIns checkIns, Participants participants) {
		this.participants = participants;
		this.lock = lock;
		this.accounts = accounts;
		this.programmes = programmes;
		this.imports = imports;
		this.crew = crew;
		this.checkIns = checkIns;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seed() {
		// one node at a time, each asking inside the lock whether the programme is there
		lock.run(() -> {
			try {
				seedOnce();
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
	}

	private void seedOnce() throws IOException {
		KombelUser balai = accounts.userByEmail("balai@demo.kombel.id").orElse(null);
		if (balai == null || !programmes.list(balai).isEmpty()) {
			return;
		}
		ProgrammeView programme = programmes.create(balai,
				new ProgrammeForm("Bimtek Penguatan Komunitas Belajar Provinsi Sumatera Utara", ProgrammeKind.BIMTEK,
						DemoData.PROVINCE, 4324, 8, null, null));
		List<EventView> events = programmes.createForEachRegency(balai, programme.id(),
				LocalDate.now(ZoneId.of("Asia/Jakarta")), null);
		EventView dairi = events.stream().filter(e -> e.regencyCode().equals(DemoData.DAIRI)).findFirst().orElseThrow();
		StringBuilder roster = new StringBuilder(
				"Nama Lengkap;NUPTK;Jenjang;Nama Sekolah;Kabupaten/Kota;No HP;Email\n");
		roster
			.append("Rosmawati Br. Ginting, S.Pd.;1234567890123456;SD;;Kab. Dairi;081265430002;guru@demo.kombel.id\n");
		String[] names = { "Dra. Nurhayati Siregar", "Jhon Fredy Manik, S.Pd.", "Sarma Br. Sitorus, S.Pd.",
				"Hendra Lubis, M.Pd.", "Yanti Pasaribu, S.Pd.", "Roni Tampubolon, S.Pd.", "Lestari Nainggolan, S.Pd.",
				"Agus Purba, S.Pd.", "Maria Simbolon, S.Pd.", "Bonar Situmorang, S.Pd." };
		String[][] places = { { "Kab. Dairi", "SD" }, { "KOTA MEDAN", "SMP" }, { "Karo", "SMA" } };
		int n = 0;
		for (String[] place : places) {
			for (String name : names) {
				n++;
				roster.append(name)
					.append(';')
					.append(';')
					.append(place[1])
					.append(';')
					.append(place[1])
					.append(" Negeri ")
					.append(n % 7 + 1)
					.append(';')
					.append(place[0])
					.append(";0813 7000 ")
					.append(String.format("%04d", n))
					.append(";\n");
			}
		}
		imports.importForProgramme(balai, programme.id(), "peserta-demo.csv",
				roster.toString().getBytes(StandardCharsets.UTF_8), Locale.forLanguageTag("id"));
		crew.addCommittee(balai, dairi.id(), new Crew.CommitteeForm("Hotma Tiurlan Sinaga, S.Pd.",
				CommitteeKind.GURU_PENGGERAK, "Presensi peserta", "anggota@demo.kombel.id", "081265430003"));
		crew.addCommittee(balai, dairi.id(), new Crew.CommitteeForm("Staf Dinas Pendidikan Dairi",
				CommitteeKind.REGENCY_OFFICE, "Registrasi", "dinas.dairi@demo.kombel.id", null));
		crew.addSpeaker(balai, dairi.id(),
				new Crew.SpeakerForm("Rosmawati Br. Ginting, S.Pd.", "Praktik baik Kombel Literasi SD Dairi",
						accounts.userByEmail("guru@demo.kombel.id").map(KombelUser::accountId).orElse(null)));
		// the first three on the list arrived this morning
		participants.list(balai, dairi.id())
			.stream()
			.limit(3)
			.forEach(p -> checkIns.checkIn(balai, dairi.id(),
					new EventCheckIns.Request(null, p.ticketCode(), "PAGI", null, "HP-DEMO"),
					Locale.forLanguageTag("id")));
		log.info("Demo programme ready: {} events", events.size());
	}

}
