package id.kombel.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A busy teacher's year on top of the generated dataset, for
 * {@link PortfolioPageBenchmark}: present at up to 48 activities of their communities
 * this year, a certificate for each, 12 tasks, 8 practices shared, 6 answers accepted, 6
 * materials and 30 evidence uploads (metadata only; the page reads no file). Rows from an
 * earlier run are replaced.
 */
final class PortfolioYear {

	private PortfolioYear() {
	}

	static void topUp(Statement s, long acc) throws SQLException {
		String year = "date_trunc('year', now())";
		s.execute("delete from certificate where account_id = " + acc + " and number like 'KB-PB%'");
		s.execute("delete from attendance where account_id = " + acc + " and method = 'BENCH'");
		s.execute("delete from activity_task where account_id = " + acc + " and label = 'bench'");
		s.execute("delete from practice where author_id = " + acc + " and title like 'Praktik baik bench%'");
		s.execute("delete from material where author_id = " + acc + " and title like 'Modul bench%'");
		s.execute("delete from question where title like 'Pertanyaan bench " + acc + "%'");
		s.execute("delete from portfolio_evidence where account_id = " + acc + " and file_key like 'bench/%'");
		s.execute(
				"""
						insert into attendance (activity_id, account_id, display_name, status, method, updated_at)
						select a.id, %1$d, 'Guru bench', 'PRESENT', 'BENCH', a.starts_at from activity a
						where a.community_id in (select community_id from membership where account_id = %1$d and status = 'ACTIVE')
						and a.starts_at >= %2$s and a.starts_at < now()
						and not exists (select 1 from attendance t where t.activity_id = a.id and t.account_id = %1$d)
						order by a.starts_at limit 48"""
					.formatted(acc, year));
		s.execute(
				"""
						insert into certificate (number, activity_id, account_id, holder_name, issued_at)
						select 'KB-PB' || lpad(t.activity_id::text, 12, '0'), t.activity_id, %1$d, 'Guru bench', a.ends_at
						from attendance t join activity a on a.id = t.activity_id
						where t.account_id = %1$d and t.status = 'PRESENT' and a.starts_at >= %2$s
						and not exists (select 1 from certificate c where c.activity_id = t.activity_id and c.account_id = %1$d)"""
					.formatted(acc, year));
		s.execute("""
				insert into activity_task (activity_id, account_id, display_name, kind, label)
				select t.activity_id, %1$d, 'Guru bench',
				       (array['MODERATOR','NOTE_TAKER','PRESENTER','HOST'])[1 + (row_number() over ()) %% 4], 'bench'
				from attendance t join activity a on a.id = t.activity_id
				where t.account_id = %1$d and a.starts_at >= %2$s limit 12""".formatted(acc, year));
		s.execute(
				"""
						insert into practice (title, levels, subjects, visibility, author_id, author_name, status, hidden, revision,
						                      endorsement_count, trial_count, created_at, updated_at)
						select 'Praktik baik bench ' || g, ',SD,', 'Literasi', 'PUBLIC', %1$d, 'Guru bench', 'PUBLISHED', false, 1,
						       g %% 5, g %% 3, %2$s + interval '1 day' * (g * 40), %2$s + interval '1 day' * (g * 40)
						from generate_series(1, 8) g"""
					.formatted(acc, year));
		s.execute(
				"""
						insert into material (title, kind, levels, subjects, visibility, author_id, author_name, hidden,
						                      current_version, download_count, created_at, updated_at)
						select 'Modul bench ' || g, 'MODUL_AJAR', ',SD,', 'Literasi', 'PUBLIC', %1$d, 'Guru bench', false, 1, g * 7,
						       %2$s + interval '1 day' * (g * 50), %2$s + interval '1 day' * (g * 50)
						from generate_series(1, 6) g"""
					.formatted(acc, year));
		s.execute("""
				insert into question (title, body, kind, levels, subjects, visibility, author_id, author_name, hidden,
				                      answer_count, accepted_at, created_at, updated_at)
				select 'Pertanyaan bench %1$d-' || g, 'Bagaimana?', 'QUESTION', ',SD,', 'Literasi', 'PUBLIC', %2$d,
				       'Penanya', false, 1, %3$s + interval '1 day' * (g * 45), %3$s + interval '1 day' * (g * 45),
				       %3$s + interval '1 day' * (g * 45)
				from generate_series(1, 6) g""".formatted(acc, acc + 1, year));
		s.execute("""
				insert into answer (question_id, body, author_id, author_name, hidden, created_at)
				select id, 'Begini.', %1$d, 'Guru bench', false, created_at from question
				where title like 'Pertanyaan bench %1$d-%%'""".formatted(acc));
		s.execute(
				"""
						update question set accepted_answer_id = (select max(a.id) from answer a where a.question_id = question.id)
						where title like 'Pertanyaan bench %1$d-%%'"""
					.formatted(acc));
		s.execute("""
				insert into portfolio_evidence (account_id, title, organiser, held_on, hours, file_key, content_type,
				                                size_bytes, created_at)
				select %1$d, 'Sertifikat pelatihan bench ' || g, 'Penyelenggara ' || g,
				       cast(%2$s + interval '1 day' * (g * 10) as date), 4, 'bench/' || g, 'image/jpeg', 5000000, now()
				from generate_series(1, 30) g""".formatted(acc, year));
	}

	static void tokens(Connection c, long... accounts) throws Exception {
		String sql = "insert into api_token (token_hash, account_id, created_at, expires_at) values (?, ?, ?, ?)"
				+ " on conflict (token_hash) do update set expires_at = excluded.expires_at, revoked_at = null";
		try (PreparedStatement insert = c.prepareStatement(sql)) {
			for (long account : accounts) {
				insert.setString(1, PortfolioPageBenchmark.hash("pf-bench-" + account));
				insert.setLong(2, account);
				insert.setTimestamp(3, Timestamp.from(Instant.now()));
				insert.setTimestamp(4, Timestamp.from(Instant.now().plus(1, ChronoUnit.DAYS)));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

}
