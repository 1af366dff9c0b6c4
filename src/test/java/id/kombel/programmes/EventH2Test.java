package id.kombel.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import id.kombel.accounts.Accounts;
import id.kombel.programmes.certificate.EventCertificates;
import id.kombel.programmes.checkin.EventCheckIns;
import id.kombel.programmes.roster.ParticipantImport;
import id.kombel.programmes.roster.Participants;
import id.kombel.programmes.report.ProgrammeReports;
import id.kombel.programmes.Views.EventView;
import id.kombel.programmes.roster.Participant;
import id.kombel.shared.access.KombelUser;
import id.kombel.KombelApplication;

/**
 * Programme events on the embedded default (H2): the demo programme, check-ins,
 * certificates, report.
 */
class EventH2Test {

	@TempDir
	Path dataDir;

	@Test
	void programmeEventsWorkOnTheEmbeddedDatabase() throws Exception {
		try (ConfigurableApplicationContext app = SpringApplication.run(KombelApplication.class, "--server.port=0",
				"--kombel.data-dir=" + dataDir, "--kombel.demo=true")) {
			KombelUser balai = app.getBean(Accounts.class).userByEmail("balai@demo.kombel.id").orElseThrow();
			Programmes programmes = app.getBean(Programmes.class);
			long programme = programmes.list(balai).get(0).id();
			List<EventView> events = programmes.events(balai, programme);
			assertThat(events).hasSize(33);
			EventView dairi = events.stream().filter(e -> e.regencyCode().equals("12.11")).findFirst().orElseThrow();
			assertThat(dairi.registered()).isEqualTo(11);
			assertThat(dairi.attended()).isEqualTo(3);

			ParticipantImport.Outcome outcome = app.getBean(ParticipantImport.class)
				.importForEvent(balai, dairi.id(), "x.csv",
						"Nama;NUPTK\nPeserta H2;1111 2222 3333 4444\nLain;1.2E+15\n".getBytes(StandardCharsets.UTF_8),
						Locale.forLanguageTag("id"));
			assertThat(outcome.created()).isEqualTo(1);
			assertThat(outcome.rejected()).hasSize(1);

			List<Participant> list = app.getBean(Participants.class).list(balai, dairi.id());
			EventCheckIns checkIns = app.getBean(EventCheckIns.class);
			String ticket = list.get(0).ticketCode();
			for (String session : List.of("PAGI", "SIANG")) {
				checkIns.checkIn(balai, dairi.id(), new EventCheckIns.Request(null, ticket, session, null, "A"),
						Locale.ROOT);
			}
			EventCheckIns.Answer again = checkIns.checkIn(balai, dairi.id(),
					new EventCheckIns.Request(null, ticket, "SIANG", null, "B"), Locale.ROOT);
			assertThat(again.status()).isEqualTo(EventCheckIns.Status.ALREADY_CHECKED_IN);
			assertThat(again.device()).isEqualTo("A");

			var issued = app.getBean(EventCertificates.class).issue(balai, dairi.id());
			assertThat(issued).anyMatch(c -> c.name().equals(list.get(0).name()));
			assertThat(app.getBean(EventCertificates.class).find(issued.get(0).number(), Locale.ROOT)).isPresent();
			assertThat(app.getBean(ProgrammeReports.class).xlsx(balai, programme)).isNotEmpty();
			assertThat(app.getBean(ProgrammeReports.class).report(balai, programme).total().attended()).isEqualTo(3);
			assertThat(app.getBean(ProgrammeReports.class).pdf(balai, programme)).isNotEmpty();
			assertThat(app.getBean(id.kombel.programmes.report.EventReports.class).xlsx(balai, dairi.id()))
				.isNotEmpty();
			assertThat(app.getBean(id.kombel.programmes.report.EventReports.class).pdf(balai, dairi.id())).isNotEmpty();
			assertThat(app.getBean(id.kombel.programmes.crew.Crew.class).candidates(balai, dairi.id())).isNotEmpty();
		}
	}

}
