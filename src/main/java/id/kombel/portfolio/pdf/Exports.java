package id.kombel.portfolio.pdf;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The merged PDFs handed out, each under a token its QR points to. The same account,
 * period and certificates get the same token again, so a file downloaded twice verifies
 * at one address; the page reads the certificates' validity when it is opened, so a
 * revoked one shows as revoked.
 */
@Service("portfolioExports")
public class Exports {

	private static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	Exports(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public record Export(String token, LocalDate from, LocalDate to, List<String> certificates, int evidenceCount) {
	}

	/** A fresh token, not yet kept. */
	public String newToken() {
		StringBuilder token = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return token.toString();
	}

	/** The token an earlier identical export got, if any. */
	public Optional<String> existing(long accountId, LocalDate from, LocalDate to, List<String> certificates,
			int evidenceCount) {
		return jdbc.sql("""
				select token from portfolio_export where account_id = :acc and period_from = :from and period_to = :to
				and certificates = :numbers and evidence_count = :evidence order by id limit 1""")
			.param("acc", accountId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("numbers", String.join(",", certificates))
			.param("evidence", evidenceCount)
			.query(String.class)
			.optional();
	}

	@Transactional
	public void keep(String token, long accountId, LocalDate from, LocalDate to, List<String> certificates,
			int evidenceCount) {
		jdbc.sql("""
				insert into portfolio_export (token, account_id, period_from, period_to, certificates, evidence_count,
				created_at) values (:token, :acc, :from, :to, :numbers, :evidence, :at)""")
			.param("token", token)
			.param("acc", accountId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("numbers", String.join(",", certificates))
			.param("evidence", evidenceCount)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	public Optional<Export> find(String token) {
		return jdbc.sql("select * from portfolio_export where token = :token")
			.param("token", token)
			.query((rs, i) -> new Export(rs.getString("token"), rs.getDate("period_from").toLocalDate(),
					rs.getDate("period_to").toLocalDate(),
					rs.getString("certificates").isEmpty() ? List.of()
							: Arrays.asList(rs.getString("certificates").split(",")),
					rs.getInt("evidence_count")))
			.optional();
	}

}
