package id.kombel.offices;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.kombel.regions.Regions;
import id.kombel.shared.web.NotFoundException;

@Controller
class OfficePageController {

	private final Offices offices;

	private final Regions regions;

	OfficePageController(Offices offices, Regions regions) {
		this.offices = offices;
		this.regions = regions;
	}

	@GetMapping("/offices")
	String list(@RequestParam(required = false) String region, Model model) {
		if (region == null || region.isBlank()) {
			model.addAttribute("offices", offices.provinceOffices());
			return "offices/list";
		}
		model.addAttribute("region", regions.find(region).orElseThrow(() -> new NotFoundException(region)));
		model.addAttribute("offices", offices.within(region));
		return "offices/list";
	}

	@GetMapping("/offices/{id}")
	String one(@PathVariable long id, Model model) {
		OfficeView office = offices.find(id).orElseThrow(() -> new NotFoundException("office " + id));
		model.addAttribute("office", office);
		model.addAttribute("region", regions.find(office.regionCode()).orElseThrow());
		model.addAttribute("regencies",
				office.regencyCodes().stream().map(regions::find).flatMap(Optional::stream).toList());
		return "offices/detail";
	}

}
