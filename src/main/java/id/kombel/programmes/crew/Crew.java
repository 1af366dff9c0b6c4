package id.kombel.programmes.crew;

import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.accounts.Accounts;
import id.kombel.communities.FacilitatorRanking;
import id.kombel.programmes.ProgrammeEvent;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.validation.Identifiers;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.NotFoundException;
import id.kombel.programmes.ProgrammePolicy;
import id.kombel.programmes.ProgrammeAction;
import id.kombel.programmes.roster.Participants;
import id.kombel.programmes.checkin.EventCheckIns;
import id.kombel.shared.cluster.CacheInvalidation;

/**
 * The people who run a local event: its committee (a member with a Kombel account,
 * matched by e-mail, may then see the participants and check them in) and its speakers,
 * picked from the most active facilitators of the province.
 */
@Service
@Transactional(readOnly = true)
public class Crew {

	public record CommitteeForm(
			@NotBlank(message = "{validation.required}") @Size(max = 200,
					message = "{validation.too-long}") String name,
			@NotNull(message = "{validation.required}") CommitteeKind kind,
			@Size(max = 200, message = "{validation.too-long}") String duty,
			@Size(max = 254, message = "{validation.too-long}") String email,
			@Size(max = 30, message = "{validation.too-long}") String phone) {
	}

	public record SpeakerForm(
			@NotBlank(message = "{validation.required}") @Size(max = 200,
					message = "{validation.too-long}") String name,
			@Size(max = 300, message = "{validation.too-long}") String topic, Long accountId) {
	}

	private final JdbcClient jdbc;

	private final ProgrammePolicy policy;

	private final Accounts accounts;

	private final FacilitatorRanking ranking;

	private final CacheInvalidation invalidation;

	Crew(JdbcClient jdbc, ProgrammePolicy policy, Accounts accounts, FacilitatorRanking ranking,
			CacheInvalidation invalidation) {
		this.invalidation = invalidation;
		this.jdbc = jdbc;
		this.policy = policy;
		this.accounts = accounts;
		this.ranking = ranking;
	}

	public List<CommitteeMember> committee(KombelUser user, long eventId) {
		policy.require(user, ProgrammeAction.SEE, eventId);
		return committee(eventId);
	}

	public List<CommitteeMember> committee(long eventId) {
		return jdbc.sql("""
				select id, name, kind, duty, email, phone, account_id is not null as has_account
				from committee_member where event_id = :e order by id""")
			.param("e", eventId)
			.query(CommitteeMember.class)
			.list();
	}

	@Transactional
	public CommitteeMember addCommittee(KombelUser user, long eventId, CommitteeForm form) {
		policy.require(user, ProgrammeAction.RUN, eventId);
		String email = blankToNull(form.email());
		if (email != null) {
			email = email.toLowerCase(Locale.ROOT);
			if (Identifiers.checkEmail(email).isPresent()) {
				throw InvalidInputException.of("email", "validation.email");
			}
		}
		String phone = null;
		if (blankToNull(form.phone()) != null) {
			phone = Participants.phone(form.phone());
			if (phone == null) {
				throw InvalidInputException.of("phone", "validation.phone", form.phone());
			}
		}
		Long accountId = email == null ? null : accounts.userByEmail(email).map(KombelUser::accountId).orElse(null);
		jdbc.sql("""
				insert into committee_member (event_id, name, kind, duty, email, phone, account_id)
				values (:e, :n, :k, :d, :email, :phone, :a)""")
			.param("e", eventId)
			.param("n", form.name().strip())
			.param("k", form.kind().name())
			.param("d", blankToNull(form.duty()))
			.param("email", email)
			.param("phone", phone)
			.param("a", accountId)
			.update();
		List<CommitteeMember> all = committee(eventId);
		return all.get(all.size() - 1);
	}

	@Transactional
	public void removeCommittee(KombelUser user, long eventId, long memberId) {
		policy.require(user, ProgrammeAction.RUN, eventId);
		if (jdbc.sql("delete from committee_member where id = :id and event_id = :e")
			.param("id", memberId)
			.param("e", eventId)
			.update() == 0) {
			throw new NotFoundException("committee member " + memberId);
		}
		// the removed member's check-in rights end on every node
		invalidation.invalidate(EventCheckIns.ACCESS, eventId);
	}

	public List<Speaker> speakers(KombelUser user, long eventId) {
		policy.require(user, ProgrammeAction.SEE, eventId);
		return speakers(eventId);
	}

	public List<Speaker> speakers(long eventId) {
		return jdbc.sql("select id, name, topic, account_id from event_speaker where event_id = :e order by id")
			.param("e", eventId)
			.query(Speaker.class)
			.list();
	}

	@Transactional
	public Speaker addSpeaker(KombelUser user, long eventId, SpeakerForm form) {
		policy.require(user, ProgrammeAction.RUN, eventId);
		if (form.accountId() != null && accounts.find(form.accountId()).isEmpty()) {
			// a speaker linked to an account that does not exist would never see their
			// certificate
			throw InvalidInputException.of("accountId", "events.speaker.account-unknown", form.accountId());
		}
		jdbc.sql("insert into event_speaker (event_id, name, topic, account_id) values (:e, :n, :t, :a)")
			.param("e", eventId)
			.param("n", form.name().strip())
			.param("t", blankToNull(form.topic()))
			.param("a", form.accountId())
			.update();
		List<Speaker> all = speakers(eventId);
		return all.get(all.size() - 1);
	}

	@Transactional
	public void removeSpeaker(KombelUser user, long eventId, long speakerId) {
		policy.require(user, ProgrammeAction.RUN, eventId);
		if (jdbc.sql("delete from event_speaker where id = :id and event_id = :e")
			.param("id", speakerId)
			.param("e", eventId)
			.update() == 0) {
			throw new NotFoundException("speaker " + speakerId);
		}
	}

	/**
	 * Facilitators ranked by their communities' activity: in the event's regency first,
	 * else the province.
	 */
	public List<FacilitatorRanking.Candidate> candidates(KombelUser user, long eventId) {
		ProgrammeEvent e = policy.require(user, ProgrammeAction.RUN, eventId);
		List<FacilitatorRanking.Candidate> local = ranking.rank(e.regencyCode(), 20);
		return local.isEmpty() ? ranking.rank(e.provinceCode(), 20) : local;
	}

	/** Facilitators of the whole province, ranked. */
	public List<FacilitatorRanking.Candidate> candidatesOfProgramme(KombelUser user, long programmeId) {
		return ranking.rank(policy.requireStaff(user, programmeId).provinceCode(), 50);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
