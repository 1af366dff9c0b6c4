package id.kombel.schools;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import id.kombel.shared.access.AdminOnly;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import id.kombel.regions.RegionLevel;
import id.kombel.regions.Regions;
import id.kombel.shared.Level;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.csv.ImportResult;
import id.kombel.shared.web.NotFoundException;

@Controller
class SchoolPageController {

	private final Schools schools;

	private final SchoolImport importer;

	private final Regions regions;

	private final MessageSource messages;

	SchoolPageController(Schools schools, SchoolImport importer, Regions regions, MessageSource messages) {
		this.schools = schools;
		this.importer = importer;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/schools")
	String list(@RequestParam(required = false) String province, @RequestParam(required = false) String region,
			@RequestParam(required = false) Level level, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String chosen = region != null && !region.isBlank() && regions.exists(region) ? region
				: (province != null && regions.exists(province) ? province : null);
		String chosenProvince = chosen == null ? null : chosen.substring(0, 2);
		model.addAttribute("provinces", regions.byLevel(RegionLevel.PROVINCE));
		model.addAttribute("regencies",
				chosenProvince == null ? java.util.List.of() : regions.children(chosenProvince));
		model.addAttribute("province", chosenProvince);
		model.addAttribute("region", chosen);
		model.addAttribute("level", level);
		model.addAttribute("levels", Level.values());
		model.addAttribute("q", q);
		model.addAttribute("result", schools.search(chosen, level, q, Math.max(page, 0), 25));
		return "schools/list";
	}

	@GetMapping("/schools/{id}")
	String one(@PathVariable long id, KombelUser user, Model model) {
		SchoolView school = schools.find(id).orElseThrow(() -> new NotFoundException("school " + id));
		model.addAttribute("school", school);
		model.addAttribute("path", regions.path(school.districtCode()));
		model.addAttribute("inScope",
				user != null && user.scope().coversSchool(id, school.districtCode(), school.level()));
		return "schools/detail";
	}

	@GetMapping("/schools/import")
	@AdminOnly
	String importForm() {
		return "schools/import";
	}

	@PostMapping("/schools/import")
	@AdminOnly
	String importCsv(@RequestParam MultipartFile file, @RequestParam(defaultValue = "false") boolean allOrNothing,
			Locale locale, Model model) throws IOException {
		model.addAttribute("result",
				ImportResult.of(importer.importCsv(file.getInputStream(), allOrNothing), messages, locale));
		return "schools/import";
	}

}
