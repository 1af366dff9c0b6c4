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
import id.kombel.shared.TimeZones;
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
public class EvidenceStore implements EvidenceContent {

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

	/**
	 * @param printCopies the photo's ready-made copies, {@code edge:bytes}
	 * comma-separated, largest first; null if none
	 */
	public record StoredEvidence(long id, long accountId, String title, String organiser, java.time.LocalDate heldOn,
			int hours, String fileKey, String contentType, long sizeBytes, String printCopies) {

		/** The ready-made copies as long edge and bytes, largest first. */
		public List<Copy> copies() {
			if (printCopies == null || printCopies.isBlank()) {
				return List.of();
			}
			return java.util.Arrays.stream(printCopies.split(",")).map(c -> {
				String[] parts = c.split(":");
				return new Copy(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
			}).toList();
		}

		PortfolioRecord.Evidence view() {
			return new PortfolioRecord.Evidence(id, title, organiser, heldOn, hours, contentType, sizeBytes, true,
					"/portfolio/evidence/" + id);
		}

	}

	/** A ready-made copy of a photo: its long edge and its bytes. */
	public record Copy(int edge, long bytes) {
	}

	@Transactional
	public PortfolioRecord.Evidence add(long accountId, EvidenceMetadata metadata, byte[] content) {
		if (metadata == null) {
			throw InvalidInputException.of("metadata", "portfolio.evidence.metadata-missing");
		}
		Set<ConstraintViolation<EvidenceMetadata>> violations = validator.validate(metadata);
		List<InvalidInputException.FieldProblem> problems = new java.util.ArrayList<>(violations.stream()
			.map(v -> new InvalidInputException.FieldProblem(v.getPropertyPath().toString(),
					"portfolio.evidence."
							+ v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()))
			.toList());
		// today where it is latest in Indonesia: 00:30 in Jayapura is already tomorrow in
		// UTC+7 and the server's zone
		if (metadata.date() != null
				&& metadata.date().isAfter(java.time.LocalDate.now(clock.withZone(TimeZones.WIT)))) {
			problems.add(new InvalidInputException.FieldProblem("date", "portfolio.evidence.PastOrPresent"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String type = EvidenceFiles.check(content, settings.maxEvidenceSize().toBytes());
		String key = "portfolio/" + accountId + "/" + UUID.randomUUID();
		// the copies the merged PDF picks from, made once here rather than on every
		// download
		List<EvidenceImages.Copy> copies = type.equals("application/pdf") ? List.of()
				: EvidenceImages.ladder(EvidenceImages.decode(content));
		files.put(key, content, type);
		try {
			for (int i = 0; i < copies.size(); i++) {
				files.put(copyKey(key, i == 0 ? 0 : copies.get(i).edge()), copies.get(i).jpeg(), "image/jpeg");
			}
			GeneratedKeyHolder id = new GeneratedKeyHolder();
			jdbc.sql(
					"""
							insert into portfolio_evidence (account_id, title, organiser, held_on, hours, file_key, content_type,
							size_bytes, print_copies, created_at)
							values (:acc, :title, :organiser, :day, :hours, :key, :type, :size, :copies, :at)""")
				.param("acc", accountId)
				.param("title", metadata.title().strip())
				.param("organiser", metadata.organiser().strip())
				.param("day", Date.valueOf(metadata.date()))
				.param("hours", metadata.hours())
				.param("key", key)
				.param("type", type)
				.param("size", (long) content.length)
				.param("copies", copies.isEmpty() ? null
						: copies.stream().map(c -> c.edge() + ":" + c.jpeg().length).collect(Collectors.joining(",")))
				.param("at", Timestamp.from(clock.instant()))
				.update(id, "id");
			return find(accountId, id.getKey().longValue()).orElseThrow().view();
		}
		catch (RuntimeException ex) {
			files.delete(key);
			for (int i = 0; i < copies.size(); i++) {
				files.delete(copyKey(key, i == 0 ? 0 : copies.get(i).edge()));
			}
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

	/**
	 * A ready-made copy of the photo (one of {@link StoredEvidence#copies()}), by its
	 * long edge.
	 */
	@Override
	public byte[] copy(StoredEvidence e, int edge) {
		List<Copy> copies = e.copies();
		return read(copyKey(e.fileKey(), !copies.isEmpty() && copies.get(0).edge() == edge ? 0 : edge));
	}

	/** The first copy keeps the name it had before there were several. */
	static String copyKey(String key, int edgeOrZeroForFirst) {
		return edgeOrZeroForFirst == 0 ? key + PRINT : key + ".print-" + edgeOrZeroForFirst + ".jpg";
	}

	/** What the merged PDF starts from: a photo's print copy where there is one. */
	@Override
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
		e.copies().stream().skip(1).forEach(c -> files.delete(copyKey(e.fileKey(), c.edge())));
	}

}
