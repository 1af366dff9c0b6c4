package id.kombel.offices;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import id.kombel.shared.access.AdminOnly;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.kombel.shared.web.NotFoundException;

@RestController
@RequestMapping("/api/v1/offices")
class OfficeApiController {

	private final Offices offices;

	OfficeApiController(Offices offices) {
		this.offices = offices;
	}

	@GetMapping
	List<OfficeView> list(@RequestParam(required = false) String region) {
		return region == null || region.isBlank() ? offices.provinceOffices() : offices.within(region);
	}

	@GetMapping("/{id}")
	OfficeView one(@PathVariable long id) {
		return offices.find(id).orElseThrow(() -> new NotFoundException("office " + id));
	}

	@PostMapping
	@AdminOnly
	ResponseEntity<OfficeView> create(@Valid @RequestBody NewBranchOffice request) {
		OfficeView created = offices.createBranch(request);
		return ResponseEntity.created(URI.create("/api/v1/offices/" + created.id())).body(created);
	}

}
