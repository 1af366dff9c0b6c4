package id.kombel.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** What Kombel is and where its reference data comes from (the ODbL attribution). */
@Controller
class AboutController {

	@GetMapping("/about")
	String about() {
		return "about";
	}

}
