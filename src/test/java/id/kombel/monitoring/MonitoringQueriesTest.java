package id.kombel.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import id.kombel.support.SqlCounter;

/**
 * What a summary and a regency's community list cost in SQL statements (the benchmark's
 * requests, issue 11): the national and a province summary read the per-area totals, a
 * few rows, whatever the size of the nation; so that the cost cannot silently grow back.
 */
@Import(SqlCounter.class)
class MonitoringQueriesTest extends IntegrationTest {

	@Autowired
	SqlCounter sql;

	@Test
	void summariesAndTheCommunityListAreReadInAFewStatements() {
		Api admin = api().as("admin@demo.kombel.id");
		Api dinas = api().as("dinas.dairi@demo.kombel.id");
		// the tokens and accounts are cached after a first request
		admin.get("/api/v1/monitoring/summary");
		dinas.get("/api/v1/monitoring/summary?region=12.11");
		assertThat(count(admin, "/api/v1/monitoring/summary")).as("national summary").isLessThanOrEqualTo(3);
		assertThat(count(admin, "/api/v1/monitoring/summary?region=12")).as("province summary").isLessThanOrEqualTo(4);
		assertThat(count(dinas, "/api/v1/monitoring/summary?region=12.11")).as("regency summary, its office")
			.isLessThanOrEqualTo(4);
		List<String> list = statements(dinas, "/api/v1/monitoring/communities?region=12.11&state=STALLED");
		assertThat(list).as("regency community list, its office").hasSizeLessThanOrEqualTo(2);
		// the member counts are on the community's row, not counted per row shown
		assertThat(list).as("regency community list, its office").noneMatch(s -> s.contains("mon_member"));
	}

	private int count(Api as, String path) {
		return statements(as, path).size();
	}

	private List<String> statements(Api as, String path) {
		sql.reset();
		Response r = as.get(path);
		List<String> statements = sql.statements();
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		System.out.println(path + ": " + statements.size() + " SQL statements");
		statements.forEach(s -> System.out.println("  " + s.replaceAll("\\s+", " ")));
		return statements;
	}

}
