package id.kombel.knowledge.question;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import id.kombel.communities.Communities;
import id.kombel.communities.CommunityView;
import id.kombel.knowledge.KnowledgePolicy;
import id.kombel.knowledge.access.Visible;
import id.kombel.shared.SqlCondition;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.NotFoundException;

/**
 * A community's questions, newest first, as its forum lists them: the ones this reader
 * may see (others never take their places), a page at a time by keyset (questions older
 * than the last one shown), so a page costs the same however many the community asked.
 * One plain statement on the index {@code question_community}, the list's columns only: a
 * forum is read far more than it is written, and building an entity query cost more than
 * running it.
 */
@Service
public class CommunityQuestions {

	/** Questions a page shows. */
	public static final int PAGE = 20;

	/** A page of the forum; {@code next} is the id to continue before, or null. */
	public record Page(CommunityView community, List<QuestionRow> questions, Long next) {
	}

	private final JdbcClient jdbc;

	private final KnowledgePolicy policy;

	private final Communities communities;

	CommunityQuestions(JdbcClient jdbc, KnowledgePolicy policy, Communities communities) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.communities = communities;
	}

	public Page of(KombelUser user, long communityId, Long before) {
		CommunityView community = communities.find(user, communityId)
			.orElseThrow(() -> new NotFoundException("community " + communityId));
		SqlCondition visible = Visible.sql(policy.reader(user, community));
		Map<String, Object> params = new HashMap<>(visible.params());
		params.put("community", communityId);
		params.put("rows", PAGE + 1);
		if (before != null) {
			params.put("before", before);
		}
		List<QuestionRow> rows = jdbc
			.sql("select t.id, t.title, t.author_name, t.created_at, t.answer_count, t.accepted_answer_id"
					+ " from question t where t.community_id = :community"
					+ (before == null ? "" : " and t.id < :before") + " and " + visible.sql()
					+ " order by t.id desc fetch first :rows rows only")
			.params(params)
			.query((rs, n) -> new QuestionRow(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getInt(5), rs.getObject(6, Long.class)))
			.list();
		if (rows.size() <= PAGE) {
			return new Page(community, rows, null);
		}
		List<QuestionRow> shown = rows.subList(0, PAGE);
		return new Page(community, List.copyOf(shown), shown.get(PAGE - 1).id());
	}

}
