package id.kombel.regions;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.kombel.shared.validation.Identifiers;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.NotFoundException;

@RestController
@RequestMapping("/api/v1/regions")
class RegionApiController {

	private final Regions regions;

	RegionApiController(Regions regions) {
		this.regions = regions;
	}

	@GetMapping
	List<RegionView> list(@RequestParam(required = false) RegionLevel level,
			@RequestParam(required = false) String parent, @RequestParam(required = false) String q) {
		if (q != null && !q.isBlank()) {
			return regions.search(q, 50).stream().filter(r -> level == null || r.level() == level).toList();
		}
		if (parent != null) {
			return children(parent);
		}
		return regions.byLevel(level == null ? RegionLevel.PROVINCE : level);
	}

	@GetMapping("/{code}")
	RegionView one(@PathVariable String code) {
		return known(code);
	}

	@GetMapping("/{code}/children")
	List<RegionView> children(@PathVariable String code) {
		return regions.children(known(code).code());
	}

	private RegionView known(String code) {
		Identifiers.checkRegionCode(code).ifPresent(key -> {
			throw InvalidInputException.of("code", key);
		});
		return regions.find(code).orElseThrow(() -> new NotFoundException("region " + code));
	}

}
