package id.kombel.monitoring.model;

/**
 * The copies of programme participants and schools, as insert-selects over their tables.
 */
final class ParticipantSql {

	/**
	 * Participants with where they teach (their educator's school), and when first
	 * checked in.
	 */
	static final String INSERT = """
			insert into mon_participant (participant_id, event_id, account_id, province_code, regency_code, district_code,
			  school_id, level, attended_at)
			select p.id, p.event_id, (select min(ac.id) from account ac where ac.educator_id = p.educator_id),
			  substring(p.regency_code, 1, 2), p.regency_code,
			  case when e.regency_code = p.regency_code then e.district_code end,
			  case when e.regency_code = p.regency_code then e.school_id end,
			  coalesce(e.school_level, p.level),
			  (select min(ci.checked_in_at) from event_check_in ci where ci.participant_id = p.id)
			from participant p left join educator e on e.id = p.educator_id""";

	static final String SCHOOLS = """
			insert into mon_school (school_id, name, level, province_code, regency_code, district_code, educators)
			select s.id, s.name, s.level, s.province_code, s.regency_code, s.district_code,
			  (select count(*) from educator e where e.school_id = s.id)
			from school s""";

	/**
	 * Active memberships, each with its educator and where the educator teaches (all null
	 * when the account has no educator record or the educator no school).
	 */
	static final String MEMBERS = """
			insert into mon_member (community_id, account_id, role, last_participated_at, educator_id, school_id,
			  school_level, province_code, regency_code, district_code)
			select m.community_id, m.account_id, m.role, m.last_participated_at, e.id, e.school_id, e.school_level,
			  e.province_code, e.regency_code, e.district_code
			from membership m left join account a on a.id = m.account_id
			left join educator e on e.id = a.educator_id and e.school_id is not null
			where m.status = 'ACTIVE'""";

	private ParticipantSql() {
	}

}
