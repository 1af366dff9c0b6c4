package id.kombel.knowledge.question;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.kombel.shared.warmup.WarmUpPaths;

/**
 * What the warm-up reads of the forums: public questions (page and JSON) and their
 * communities' questions lists. The warm-up's identity sees only what anyone signed in
 * sees, so a community's own questions stay out of its answers. All GET, none writes.
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
					// any public questions will do, the first found: the newest, in
					// order,
					// took 0.7-3.7 s at the national scale (most recent questions are a
					// community's own, passed over one by one), delaying the node's ready
					+ " limit ?")
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
