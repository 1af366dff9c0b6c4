package id.kombel.portfolio.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.portfolio.record.Period;
import id.kombel.portfolio.record.PortfolioRecord;
import id.kombel.portfolio.record.PortfolioSettings;
import id.kombel.shared.files.FileStore;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.NotFoundException;

/**
 * Self-declared evidence: its metadata in {@code portfolio_evidence}, its file in the
 * shared {@link FileStore} under {@code portfolio/…}. Everything is checked before
 * anything is kept, and a file whose row could not be written is removed again, so bad
 * input leaves nothing behind.
 */
@Service
public class EvidenceStore {

	private static final String PRINT = ".print.jpg";

	private final JdbcClient jdbc;

	private final FileStore files;

	private final Validator validator;

	private final PortfolioSettings settings;

	private final Clock clock;

	EvidenceStore(JdbcClient jdbc, FileStore files, Validator validator, PortfolioSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.validator = validator;
		this.settings = settings;
		this.clock = clock;
	}

	public record StoredEvidence(long id, long accountId, String title, String organiser, java.time.LocalDate heldOn,
			int hours, String fileKey, String contentType, long sizeBytes) {

		PortfolioRecord.Evidence view() {
			return new PortfolioRecord.Evidence(id, title, organiser, heldOn, hours, contentType, sizeBytes, true,
					"/portfolio/evidence/" + id);
		}

	}

	@Transactional
	public PortfolioRecord.Evidence add(long accountId, EvidenceMetadata metadata, byte[] content) {
		if (metadata == null) {
			throw InvalidInputException.of("metadata", "portfolio.evidence.metadata-missing");
		}
		Set<ConstraintViolation<EvidenceMetadata>> violations = validator.validate(metadata);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations.stream()
				.map(v -> new InvalidInputException.FieldProblem(v.getPropertyPath().toString(),
						"portfolio.evidence."
								+ v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()))
				.collect(Collectors.toList()));
		}
		String type = EvidenceFiles.check(content, settings.maxEvidenceSize().toBytes());
		String key = "portfolio/" + accountId + "/" + UUID.randomUUID();
		// the copy the merged PDF starts from, made once here rather than on every
		// download
		byte[] print = type.equals("application/pdf") ? null : EvidenceImages.print(EvidenceImages.decode(content));
		files.put(key, content, type);
		try {
			if (print != null) {
				files.put(key + PRINT, print, "image/jpeg");
			}
			GeneratedKeyHolder id = new GeneratedKeyHolder();
			jdbc.sql(
					"""
							insert into portfolio_evidence (account_id, title, organiser, held_on, hours, file_key, content_type,
							size_bytes, created_at) values (:acc, :title, :organiser, :day, :hours, :key, :type, :size, :at)""")
				.param("acc", accountId)
				.param("title", metadata.title().strip())
				.param("organiser", metadata.organiser().strip())
				.param("day", Date.valueOf(metadata.date()))
				.param("hours", metadata.hours())
				.param("key", key)
				.param("type", type)
				.param("size", (long) content.length)
				.param("at", Timestamp.from(clock.instant()))
				.update(id, "id");
			return find(accountId, id.getKey().longValue()).orElseThrow().view();
		}
		catch (RuntimeException ex) {
			files.delete(key);
			files.delete(key + PRINT);
			throw ex;
		}
	}

	public List<PortfolioRecord.Evidence> of(long accountId, Period period) {
		return stored(accountId, period).stream().map(StoredEvidence::view).toList();
	}

	public List<StoredEvidence> stored(long accountId, Period period) {
		return jdbc.sql("""
				select * from portfolio_evidence where account_id = :acc and held_on between :from and :to
				order by held_on, id""")
			.param("acc", accountId)
			.param("from", Date.valueOf(period.from()))
			.param("to", Date.valueOf(period.to()))
			.query(StoredEvidence.class)
			.list();
	}

	public Optional<StoredEvidence> find(long accountId, long id) {
		return jdbc.sql("select * from portfolio_evidence where id = :id and account_id = :acc")
			.param("id", id)
			.param("acc", accountId)
			.query(StoredEvidence.class)
			.optional();
	}

	/** The file's bytes; a file gone from the store is a 404, not a broken PDF. */
	public byte[] content(StoredEvidence e) {
		return read(e.fileKey());
	}

	/** What the merged PDF starts from: a photo's print copy where there is one. */
	public byte[] printable(StoredEvidence e) {
		if (!e.contentType().equals("application/pdf") && files.exists(e.fileKey() + PRINT)) {
			return read(e.fileKey() + PRINT);
		}
		return content(e);
	}

	private byte[] read(String key) {
		FileStore.StoredObject object = files.open(key).orElseThrow(() -> new NotFoundException("evidence"));
		try (object; InputStream in = object.content()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Transactional
	public void delete(long accountId, long id) {
		StoredEvidence e = find(accountId, id).orElseThrow(() -> new NotFoundException("evidence " + id));
		jdbc.sql("delete from portfolio_evidence where id = :id").param("id", id).update();
		files.delete(e.fileKey());
		files.delete(e.fileKey() + PRINT);
	}

}
