package id.kombel.communities.community;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import id.kombel.shared.Level;
import id.kombel.communities.CommunityForm;
import id.kombel.communities.CommunityKind;
import id.kombel.communities.JoinPolicy;
import id.kombel.communities.StarterStep;

@Entity
@EntityListeners(CommunityChanges.class)
@Table(name = "community")
public class Community {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private CommunityKind kind;

	private String description;

	@Column(name = "meeting_norm")
	private String meetingNorm;

	@Enumerated(EnumType.STRING)
	@Column(name = "join_policy")
	private JoinPolicy joinPolicy;

	/**
	 * Comma-separated level codes, with commas around so a LIKE '%,SD,%' matches one
	 * exactly.
	 */
	private String levels;

	private String subjects;

	@Column(name = "region_code")
	private String regionCode;

	@Column(name = "province_code")
	private String provinceCode;

	@Column(name = "regency_code")
	private String regencyCode;

	@Column(name = "home_school_id")
	private Long homeSchoolId;

	@Column(name = "certificate_hours")
	private Integer certificateHours;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "last_activity_at")
	private Instant lastActivityAt;

	@ElementCollection
	@CollectionTable(name = "community_step", joinColumns = @JoinColumn(name = "community_id"))
	@Column(name = "step")
	@Enumerated(EnumType.STRING)
	private Set<StarterStep> stepsDone = EnumSet.noneOf(StarterStep.class);

	protected Community() {
	}

	public Community(Instant now) {
		this.createdAt = now;
	}

	public void apply(CommunityForm form, Long schoolId) {
		name = form.name().strip();
		kind = form.kind();
		description = blankToNull(form.description());
		meetingNorm = blankToNull(form.meetingNorm());
		joinPolicy = form.joinPolicy() == null ? JoinPolicy.OPEN : form.joinPolicy();
		levels = "," + form.levels().stream().distinct().sorted().map(Level::name).collect(Collectors.joining(","))
				+ ",";
		Set<String> cleaned = new LinkedHashSet<>();
		if (form.subjects() != null) {
			form.subjects().stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(cleaned::add);
		}
		subjects = cleaned.isEmpty() ? null : "," + String.join(",", cleaned) + ",";
		regionCode = form.regionCode();
		provinceCode = regionCode.substring(0, 2);
		regencyCode = regionCode.length() >= 5 ? regionCode.substring(0, 5) : null;
		homeSchoolId = schoolId;
	}

	public void noteActivity(Instant startsAt) {
		if (lastActivityAt == null || startsAt.isAfter(lastActivityAt)) {
			lastActivityAt = startsAt;
		}
	}

	public void markStep(StarterStep step, boolean done) {
		if (done) {
			stepsDone.add(step);
		}
		else {
			stepsDone.remove(step);
		}
	}

	public Long id() {
		return id;
	}

	public String name() {
		return name;
	}

	CommunityKind kind() {
		return kind;
	}

	String description() {
		return description;
	}

	String meetingNorm() {
		return meetingNorm;
	}

	public JoinPolicy joinPolicy() {
		return joinPolicy;
	}

	public List<Level> levels() {
		return split(levels).stream().map(Level::valueOf).toList();
	}

	List<String> subjects() {
		return split(subjects);
	}

	public String regionCode() {
		return regionCode;
	}

	public Long homeSchoolId() {
		return homeSchoolId;
	}

	public Integer certificateHours() {
		return certificateHours;
	}

	public void setCertificateHours(Integer hours) {
		certificateHours = hours;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant lastActivityAt() {
		return lastActivityAt;
	}

	Set<StarterStep> stepsDone() {
		return Set.copyOf(stepsDone);
	}

	private static List<String> split(String joined) {
		return joined == null ? List.of() : Arrays.stream(joined.split(",")).filter(s -> !s.isEmpty()).toList();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
