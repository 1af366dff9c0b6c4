package id.kombel.portfolio.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import id.kombel.portfolio.evidence.EvidenceMetadata;

/**
 * The page's evidence form; the rules are {@link EvidenceMetadata}'s, checked by the
 * store.
 */
record EvidenceForm(String title, String organiser, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		Integer hours, MultipartFile file) {

	static EvidenceForm empty() {
		return new EvidenceForm(null, null, null, null, null);
	}

	EvidenceMetadata metadata() {
		return new EvidenceMetadata(title, organiser, date, hours);
	}

}
