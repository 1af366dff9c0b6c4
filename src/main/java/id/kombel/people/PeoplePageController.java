package id.kombel.people;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import id.kombel.shared.access.AdminOnly;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import id.kombel.schools.SchoolView;
import id.kombel.schools.Schools;
import id.kombel.shared.PageResult;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.csv.ImportResult;

@Controller
class PeoplePageController {

	private final People people;

	private final Schools schools;

	private final EducatorImport importer;

	private final MessageSource messages;

	PeoplePageController(People people, Schools schools, EducatorImport importer, MessageSource messages) {
		this.people = people;
		this.schools = schools;
		this.importer = importer;
		this.messages = messages;
	}

	@GetMapping("/people")
	String list(KombelUser user, @RequestParam(required = false) Long school, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		PageResult<EducatorView> result = people.search(user.scope(), school, q, Math.max(page, 0), 25);
		Map<Long, SchoolView> schoolsById = schools
			.findAll(result.content().stream().map(EducatorView::schoolId).filter(id -> id != null).distinct().toList())
			.stream()
			.collect(Collectors.toMap(SchoolView::id, Function.identity()));
		model.addAttribute("result", result);
		model.addAttribute("schools", schoolsById);
		model.addAttribute("school", school == null ? null : schools.find(school).orElse(null));
		model.addAttribute("q", q);
		return "people/list";
	}

	@GetMapping("/people/{id}")
	String one(KombelUser user, @PathVariable long id, Model model) {
		EducatorView educator = people.get(user.scope(), id);
		model.addAttribute("educator", educator);
		model.addAttribute("school",
				educator.schoolId() == null ? null : schools.find(educator.schoolId()).orElse(null));
		return "people/detail";
	}

	@GetMapping("/people/import")
	@AdminOnly
	String importForm() {
		return "people/import";
	}

	@PostMapping("/people/import")
	@AdminOnly
	String importCsv(@RequestParam MultipartFile file, @RequestParam(defaultValue = "false") boolean allOrNothing,
			Locale locale, Model model) throws IOException {
		model.addAttribute("result",
				ImportResult.of(importer.importCsv(file.getInputStream(), allOrNothing), messages, locale));
		return "people/import";
	}

}
