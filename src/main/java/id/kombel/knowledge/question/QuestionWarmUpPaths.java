package id.kombel.knowledge.question;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.kombel.shared.warmup.WarmUpPaths;

/**
 * What the warm-up reads of the forums: the questions lists of the communities that asked
 * most recently, and their latest public questions (page and JSON). The warm-up's
 * identity sees only what anyone signed in sees, so a community's own questions stay out
 * of its answers. All GET, none writes.
 */
@Component
class QuestionWarmUpPaths implements WarmUpPaths {

	private record Recent(long id, Long communityId) {
	}

	private final JdbcClient jdbc;

	QuestionWarmUpPaths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> signedIn(int max) {
		List<Recent> recent = jdbc
			.sql("select id, community_id from question where visibility = 'PUBLIC' and not hidden"
					// a limit the database knows: a maximum of rows the driver drops only
					// after all 1.2 M public questions of the nation are sorted (a
					// second)
					+ " order by created_at desc, id desc limit ?")
			.param(Math.max(1, max / 2))
			.query(Recent.class)
			.list();
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < recent.size(); i++) {
			Recent q = recent.get(i);
			if (q.communityId() != null) {
				paths.add("/communities/" + q.communityId() + "/questions");
			}
			paths.add(i % 2 == 0 ? "/questions/" + q.id() : "/api/v1/questions/" + q.id());
		}
		return paths.stream().distinct().limit(max).toList();
	}

}
