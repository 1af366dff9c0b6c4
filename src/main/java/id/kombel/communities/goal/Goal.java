package id.kombel.communities.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import id.kombel.communities.community.CommunityChanges;
import id.kombel.communities.GoalForm;
import id.kombel.communities.GoalView;
import id.kombel.communities.Purpose;

@Entity
@EntityListeners(CommunityChanges.class)
@Table(name = "goal")
public class Goal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "community_id")
	private Long communityId;

	@Enumerated(EnumType.STRING)
	private Purpose purpose;

	private String indicator;

	private String description;

	private String unit;

	private BigDecimal baseline;

	private BigDecimal target;

	@Column(name = "due_date")
	private LocalDate dueDate;

	@Column(name = "created_at")
	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "goal_id", nullable = false)
	@OrderBy("measuredOn, id")
	private List<Measurement> measurements = new ArrayList<>();

	protected Goal() {
	}

	public Goal(long communityId, GoalForm form, Instant now) {
		this.communityId = communityId;
		this.purpose = form.purpose();
		this.indicator = form.indicator().strip();
		this.description = form.description() == null || form.description().isBlank() ? null
				: form.description().strip();
		this.unit = form.unit().strip();
		this.baseline = form.baseline();
		this.target = form.target();
		this.dueDate = form.dueDate();
		this.createdAt = now;
	}

	public void measure(BigDecimal value, LocalDate on, String note, Instant now) {
		measurements.add(new Measurement(value, on, note, now));
	}

	Long id() {
		return id;
	}

	public long communityId() {
		return communityId;
	}

	/** How far the latest measurement is from baseline to target, between 0 and 1. */
	double progress() {
		return progress(baseline, target, latest());
	}

	/** How far {@code latest} is from baseline to target, between 0 and 1. */
	public static double progress(BigDecimal baseline, BigDecimal target, BigDecimal latest) {
		if (latest == null) {
			return 0;
		}
		BigDecimal span = target.subtract(baseline);
		if (span.signum() == 0) {
			return latest.compareTo(target) >= 0 ? 1 : 0;
		}
		double p = latest.subtract(baseline).divide(span, 6, RoundingMode.HALF_UP).doubleValue();
		return Math.max(0, Math.min(1, p));
	}

	BigDecimal latest() {
		return measurements.stream()
			.max(Comparator.comparing(Measurement::measuredOn).thenComparing(Measurement::recordedAt))
			.map(Measurement::value)
			.orElse(null);
	}

	public GoalView view() {
		return new GoalView(id, communityId, purpose, indicator, description, unit, baseline, target, dueDate, latest(),
				progress(), measurements.stream().map(Measurement::view).toList());
	}

}
