package id.kombel.regions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.kombel.shared.web.NotFoundException;

@Controller
class RegionPageController {

	private final Regions regions;

	RegionPageController(Regions regions) {
		this.regions = regions;
	}

	@GetMapping("/regions")
	String provinces(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("regions",
				q == null || q.isBlank() ? regions.byLevel(RegionLevel.PROVINCE) : regions.search(q, 100));
		return "regions/list";
	}

	@GetMapping("/regions/{code}")
	String region(@PathVariable String code, Model model) {
		RegionView region = regions.find(code).orElseThrow(() -> new NotFoundException("region " + code));
		model.addAttribute("region", region);
		model.addAttribute("path", regions.path(code));
		model.addAttribute("children", regions.children(code));
		return "regions/detail";
	}

}
