package id.kombel.activities.reflection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A participant's short reflection: what I learnt, what I will try in class, what I need.
 */
@Entity
@Table(name = "reflection")
public class Reflection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "activity_id")
	private Long activityId;

	@Column(name = "account_id")
	private Long accountId;

	private String learnt;

	@Column(name = "will_try")
	private String willTry;

	private String need;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Reflection() {
	}

	public Reflection(long activityId, long accountId, Instant now) {
		this.activityId = activityId;
		this.accountId = accountId;
		this.createdAt = now;
	}

	public void write(ReflectionForm form) {
		learnt = form.learnt();
		willTry = form.willTry();
		need = form.need();
	}

	public ReflectionForm form() {
		return new ReflectionForm(learnt, willTry, need);
	}

}
