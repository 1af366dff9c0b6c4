package id.kombel.communities.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import id.kombel.communities.community.CommunityChanges;

@Entity
@EntityListeners(CommunityChanges.class)
@Table(name = "inquiry_cycle")
public class InquiryCycle {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "community_id")
	private Long communityId;

	@Column(name = "goal_id")
	private Long goalId;

	private int number;

	@Enumerated(EnumType.STRING)
	private Phase phase;

	@Column(name = "started_on")
	private LocalDate startedOn;

	@Column(name = "reflection_notes")
	private String reflectionNotes;

	@Column(name = "planning_notes")
	private String planningNotes;

	@Column(name = "implementation_notes")
	private String implementationNotes;

	@Column(name = "evaluation_notes")
	private String evaluationNotes;

	@Column(name = "result_before")
	private BigDecimal resultBefore;

	@Column(name = "result_after")
	private BigDecimal resultAfter;

	@Column(name = "evidence_links")
	private String evidenceLinks;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	@Column(name = "planning_on")
	private LocalDate planningOn;

	@Column(name = "implementation_on")
	private LocalDate implementationOn;

	@Column(name = "evaluation_on")
	private LocalDate evaluationOn;

	@Column(name = "evidence_key")
	private String evidenceKey;

	@Column(name = "evidence_name")
	private String evidenceName;

	@Column(name = "evidence_type")
	private String evidenceType;

	protected InquiryCycle() {
	}

	public InquiryCycle(long communityId, int number, Long goalId, LocalDate today) {
		this.communityId = communityId;
		this.number = number;
		this.goalId = goalId;
		this.phase = Phase.REFLECTION;
		this.startedOn = today;
	}

	public void update(CycleForm form, LocalDate today) {
		if (form.goalId() != null) {
			goalId = form.goalId();
		}
		if (form.phase() != null && form.phase() != phase) {
			phase = form.phase();
			reached(phase, today);
		}
		reflectionNotes = keep(form.reflectionNotes(), reflectionNotes);
		planningNotes = keep(form.planningNotes(), planningNotes);
		implementationNotes = keep(form.implementationNotes(), implementationNotes);
		evaluationNotes = keep(form.evaluationNotes(), evaluationNotes);
		evidenceLinks = keep(form.evidenceLinks(), evidenceLinks);
		resultBefore = form.resultBefore() != null ? form.resultBefore() : resultBefore;
		resultAfter = form.resultAfter() != null ? form.resultAfter() : resultAfter;
		if (Boolean.TRUE.equals(form.close())) {
			closedOn = today;
		}
	}

	/**
	 * Keeps the first day the cycle reached a phase: going back and forth does not move
	 * it.
	 */
	private void reached(Phase reached, LocalDate today) {
		switch (reached) {
			case PLANNING -> planningOn = planningOn == null ? today : planningOn;
			case IMPLEMENTATION -> implementationOn = implementationOn == null ? today : implementationOn;
			case EVALUATION -> evaluationOn = evaluationOn == null ? today : evaluationOn;
			case REFLECTION -> {
			}
		}
	}

	/**
	 * The evidence file of the results, replacing an earlier one (whose key is returned).
	 */
	public String attachEvidence(String key, String name, String type) {
		String previous = evidenceKey;
		evidenceKey = key;
		evidenceName = name;
		evidenceType = type;
		return previous;
	}

	public String evidenceKey() {
		return evidenceKey;
	}

	public String evidenceName() {
		return evidenceName;
	}

	public boolean open() {
		return closedOn == null;
	}

	public int number() {
		return number;
	}

	LocalDate startedOn() {
		return startedOn;
	}

	public CycleView view() {
		return new CycleView(id, communityId, number, goalId, phase, startedOn, reflectionNotes, planningNotes,
				implementationNotes, evaluationNotes, plain(resultBefore), plain(resultAfter), evidenceLinks, closedOn,
				planningOn, implementationOn, evaluationOn, evidenceName);
	}

	/**
	 * 45.0000 as 45, 45.5000 as 45.5: the scale of the column is no part of the value.
	 */
	static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static String keep(String given, String current) {
		return given == null ? current : (given.isBlank() ? null : given.strip());
	}

	public long communityId() {
		return communityId;
	}

}
