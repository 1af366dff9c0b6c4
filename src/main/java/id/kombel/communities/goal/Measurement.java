package id.kombel.communities.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import id.kombel.communities.GoalView;

@Entity
@Table(name = "measurement")
class Measurement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "measured_value")
	private BigDecimal value;

	@Column(name = "measured_on")
	private LocalDate measuredOn;

	private String note;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected Measurement() {
	}

	Measurement(BigDecimal value, LocalDate measuredOn, String note, Instant recordedAt) {
		this.value = value;
		this.measuredOn = measuredOn;
		this.note = note == null || note.isBlank() ? null : note.strip();
		this.recordedAt = recordedAt;
	}

	BigDecimal value() {
		return value;
	}

	LocalDate measuredOn() {
		return measuredOn;
	}

	Instant recordedAt() {
		return recordedAt;
	}

	GoalView.MeasurementView view() {
		return new GoalView.MeasurementView(id, value, measuredOn, note);
	}

}
