package id.kombel.accounts;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.http.ResponseEntity;
import id.kombel.shared.access.AdminOnly;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.kombel.shared.PageResult;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.NotFoundException;

@RestController
@RequestMapping("/api/v1/accounts")
@AdminOnly
class AccountApiController {

	private final Accounts accounts;

	AccountApiController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	PageResult<AccountView> list(@RequestParam(defaultValue = "0") int page) {
		return accounts.list(Math.max(page, 0), 50);
	}

	@GetMapping("/{id}")
	AccountView one(@PathVariable long id) {
		return accounts.find(id).orElseThrow(() -> new NotFoundException("account " + id));
	}

	/** All the account's roles with their scopes, replaced at once. */
	record RoleChange(@NotEmpty(message = "{validation.required}") List<@Valid Grant> grants) {
	}

	@PutMapping("/{id}/roles")
	AccountView changeRoles(KombelUser user, @PathVariable long id, @Valid @RequestBody RoleChange request) {
		return accounts.changeGrants(user, id, request.grants());
	}

	@PostMapping
	ResponseEntity<AccountView> create(@Valid @RequestBody NewAccount request) {
		AccountView created = accounts.create(request);
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.id())).body(created);
	}

}
