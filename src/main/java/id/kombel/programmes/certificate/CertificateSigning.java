package id.kombel.programmes.certificate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.programmes.ProgrammeAction;
import id.kombel.programmes.ProgrammeEvent;
import id.kombel.programmes.ProgrammePolicy;
import id.kombel.programmes.ProgrammeQueries;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.InvalidInputException;

/**
 * Who issues a programme's certificates: set by its staff on the programme (for every
 * event) and on one event (which wins), and what a certificate carries once defaults
 * apply. Defaults: the organiser is the Balai (BBGP) of the programme's province; the
 * place of issue is the event's regency or city; the signatory is the one the event sets,
 * else the programme's, else the event's opening official (by name, with a line for the
 * NIP), else the head of the organiser with lines for name and NIP, to sign by hand.
 */
@Service
@Transactional(readOnly = true)
public class CertificateSigning {

	/**
	 * What a programme or an event sets (null: not set) and what its certificates carry.
	 */
	public record SigningView(SigningForm set, Applied applied) {
	}

	/**
	 * What a certificate carries: organiser and place always; the signatory's name,
	 * position and NIP where known (null: a line to write it on).
	 */
	public record Applied(String organiser, String place, String signatoryName, String signatoryPosition,
			String signatoryNip) {
	}

	private static final String COLUMNS = "organiser, issue_place as place, signatory_name, signatory_position, signatory_nip";

	private final JdbcClient jdbc;

	private final ProgrammeQueries queries;

	private final ProgrammePolicy policy;

	CertificateSigning(JdbcClient jdbc, ProgrammeQueries queries, ProgrammePolicy policy) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.policy = policy;
	}

	public SigningView ofProgramme(KombelUser user, long programmeId) {
		policy.requireStaff(user, programmeId);
		SigningForm set = programmeSet(programmeId);
		return new SigningView(set, apply(set, new SigningForm(null, null, null, null, null), null,
				queries.programme(programmeId).provinceCode(), null));
	}

	public SigningView ofEvent(KombelUser user, long eventId) {
		ProgrammeEvent e = policy.require(user, ProgrammeAction.RUN, eventId);
		SigningForm set = eventSet(eventId);
		return new SigningView(set, applied(e));
	}

	@Transactional
	public SigningView setProgramme(KombelUser user, long programmeId, SigningForm form) {
		policy.requireStaff(user, programmeId);
		save("programme", programmeId, check(form));
		return ofProgramme(user, programmeId);
	}

	@Transactional
	public SigningView setEvent(KombelUser user, long eventId, SigningForm form) {
		policy.require(user, ProgrammeAction.RUN, eventId);
		save("programme_event", eventId, check(form));
		return ofEvent(user, eventId);
	}

	/** What the event's certificates carry. */
	Applied applied(ProgrammeEvent e) {
		return apply(eventSet(e.id()), programmeSet(e.programmeId()), e.openingOfficial(), e.provinceCode(),
				e.regencyCode());
	}

	private Applied apply(SigningForm event, SigningForm programme, String openingOfficial, String provinceCode,
			String regencyCode) {
		String organiser = first(event.organiser(), programme.organiser(),
				"Balai Besar Guru Penggerak Provinsi " + plain(queries.regionName(provinceCode)));
		// a programme alone has no place of its own: each event's regency then
		String place = first(event.place(), programme.place(),
				regencyCode == null ? null : plain(queries.regionName(regencyCode)));
		SigningForm signer = event.signatoryName() != null ? event
				: programme.signatoryName() != null ? programme : null;
		if (signer != null) {
			return new Applied(organiser, place, signer.signatoryName(), signer.signatoryPosition(),
					signer.signatoryNip());
		}
		if (openingOfficial != null) {
			return new Applied(organiser, place, openingOfficial, null, null);
		}
		return new Applied(organiser, place, null, "Kepala " + organiser, null);
	}

	/**
	 * "Kabupaten Dairi" → "Dairi", "Kota Medan" → "Medan", "Provinsi Sumatera Utara"
	 * likewise.
	 */
	private static String plain(String regionName) {
		return regionName.replaceFirst("^(Kabupaten|Kota|Provinsi|Kab\\.) ", "");
	}

	private static String first(String a, String b, String otherwise) {
		return a != null ? a : b != null ? b : otherwise;
	}

	/** A position or NIP names someone: their name belongs with it. */
	private static SigningForm check(SigningForm form) {
		if (form.signatoryName() == null && (form.signatoryPosition() != null || form.signatoryNip() != null)) {
			throw InvalidInputException.of("signatoryName", "events.signing.name-required");
		}
		return form;
	}

	private SigningForm programmeSet(long programmeId) {
		return read("programme", programmeId);
	}

	private SigningForm eventSet(long eventId) {
		return read("programme_event", eventId);
	}

	private SigningForm read(String table, long id) {
		return jdbc.sql("select " + COLUMNS + " from " + table + " where id = :id")
			.param("id", id)
			.query((rs, n) -> new SigningForm(rs.getString("organiser"), rs.getString("place"),
					rs.getString("signatory_name"), rs.getString("signatory_position"), rs.getString("signatory_nip")))
			.single();
	}

	private void save(String table, long id, SigningForm form) {
		jdbc.sql("update " + table + " set organiser = :o, issue_place = :p, signatory_name = :n, "
				+ "signatory_position = :j, signatory_nip = :nip where id = :id")
			.param("o", form.organiser())
			.param("p", form.place())
			.param("n", form.signatoryName())
			.param("j", form.signatoryPosition())
			.param("nip", form.signatoryNip())
			.param("id", id)
			.update();
	}

}
