package id.kombel.programmes.roster;

import java.io.IOException;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import id.kombel.programmes.web.Downloads;
import id.kombel.programmes.programme.ProgrammePages;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.PageForms;

/**
 * The roster forms of the programme and event pages: imports, walk-ins, the template, the
 * rejected rows.
 */
@Controller
class RosterPageController {

	private final ParticipantImport imports;

	private final Participants participants;

	private final ProgrammePages pages;

	RosterPageController(ParticipantImport imports, Participants participants, ProgrammePages pages) {
		this.imports = imports;
		this.participants = participants;
		this.pages = pages;
	}

	@PostMapping("/programmes/{id}/import")
	String importProgramme(KombelUser user, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			Model model, Locale locale) throws IOException {
		Roster.requireFile(file);
		model.addAttribute("outcome",
				imports.importForProgramme(user, id, file.getOriginalFilename(), file.getBytes(), locale));
		return pages.programme(user, id, model);
	}

	/**
	 * The walk-in form; its rules are the service's (the API's walk-ins follow the same).
	 */
	@PostMapping("/events/{id}/walk-ins")
	String walkIn(KombelUser user, @PathVariable long id, @Valid @ModelAttribute Participants.WalkIn form,
			BindingResult result, Model model, Locale locale) {
		return PageForms.submit(result, () -> {
			participants.addWalkIn(user, id, form);
			return "redirect:/events/" + id + "#participants";
		}, () -> pages.event(user, id, model, result, locale));
	}

	@PostMapping("/events/{id}/import")
	String importEvent(KombelUser user, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			Model model, Locale locale) throws IOException {
		Roster.requireFile(file);
		model.addAttribute("outcome",
				imports.importForEvent(user, id, file.getOriginalFilename(), file.getBytes(), locale));
		return pages.event(user, id, model, locale);
	}

	/**
	 * A roster to fill in, with the headers the import knows best. No example row: a
	 * forgotten example would register someone (an example NUPTK may well be a real
	 * person's).
	 */
	@GetMapping(path = "/programmes/roster-template.csv")
	ResponseEntity<String> rosterTemplate() {
		String csv = "\uFEFFNo;Nama Lengkap;NUPTK;NIP;Jenjang;Nama Sekolah;NPSN;Kabupaten/Kota;No HP;Email;Komunitas\n";
		return Downloads.csv(csv, "contoh-daftar-peserta.csv");
	}

	/** The same rows as a workbook, identifiers as text. */
	@GetMapping(path = "/imports/{id}/rejected.xlsx")
	ResponseEntity<byte[]> rejectedXlsx(KombelUser user, @PathVariable long id) throws java.io.IOException {
		return Downloads.file(imports.rejectedXlsx(user, id), "baris-ditolak-" + id + ".xlsx", Downloads.XLSX);
	}

	@GetMapping(path = "/imports/{id}/rejected.csv")
	ResponseEntity<String> rejected(KombelUser user, @PathVariable long id) {
		return Downloads.csv(imports.rejectedFile(user, id), "baris-ditolak-" + id + ".csv");
	}

}
