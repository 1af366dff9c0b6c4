package id.kombel.knowledge.practice;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One saved state of a practice: editing keeps them all. */
@Entity
@Table(name = "practice_revision")
public class PracticeRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "practice_id")
	private long practiceId;

	private int revision;

	@Column(name = "editor_id")
	private long editorId;

	@Column(name = "editor_name")
	private String editorName;

	@Column(name = "edited_at")
	private Instant editedAt;

	private String title;

	private String context;

	private String problem;

	private String action;

	private String evidence;

	private String result;

	private String reflection;

	protected PracticeRevision() {
	}

	public PracticeRevision(Practice p, long editorId, String editorName, Instant at) {
		this.practiceId = p.id();
		this.revision = p.revision();
		this.editorId = editorId;
		this.editorName = editorName;
		this.editedAt = at;
		this.title = p.title();
		this.context = p.context();
		this.problem = p.problem();
		this.action = p.action();
		this.evidence = p.evidence();
		this.result = p.result();
		this.reflection = p.reflection();
	}

	public RevisionView view() {
		return new RevisionView(revision, editorId, editorName, editedAt, title, context, problem, action, evidence,
				result, reflection);
	}

}
