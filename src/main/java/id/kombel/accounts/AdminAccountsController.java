package id.kombel.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.kombel.shared.access.AdminOnly;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.Role;
import id.kombel.shared.validation.ValidRegionCode;
import id.kombel.shared.web.ConflictException;
import id.kombel.shared.web.FormErrors;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.PageForms;

/** Administrators create accounts with one role and its scope. */
@Controller
@RequestMapping("/admin/accounts")
@AdminOnly
class AdminAccountsController {

	/**
	 * The form as typed; scope fields are read by role (their rules are the service's);
	 * the rules of {@link NewAccount}.
	 */
	record AccountForm(
			@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 254,
					message = "{validation.too-long}") String email,
			@NotBlank(message = "{validation.required}") @Size(max = 200,
					message = "{validation.too-long}") String displayName,
			/*
			 * empty: none (belajar.id sign-in only); otherwise 8 to 200 characters once
			 * stripped
			 */
			@Pattern(regexp = "(?s)\\s*|\\s*\\S.{6,198}\\S\\s*", message = "{validation.password}") String password,
			@NotNull(message = "{validation.required}") Role role, @ValidRegionCode String regionCode, String schoolIds,
			Long officeId) {

		NewAccount toRequest() {
			return new NewAccount(email, displayName, blankToNull(password), null,
					grantsOf(role, regionCode, schoolIds, officeId));
		}

	}

	/** Another role and its scope for an existing account (the form of its row). */
	record RoleForm(Role role, String regionCode, String schoolIds, Long officeId) {
	}

	/**
	 * The grants a form means: scope fields are read by role (their rules are the
	 * service's).
	 */
	static List<Grant> grantsOf(Role role, String regionCode, String schoolIds, Long officeId) {
		List<Grant> grants = new ArrayList<>();
		if (role != null) {
			switch (role) {
				case BALAI, REGENCY_OFFICE -> grants.add(Grant.region(role, blankToNull(regionCode)));
				case BRANCH_OFFICE -> grants.add(new Grant(role, null, null, officeId));
				case PRINCIPAL, SUPERVISOR -> {
					for (String id : (schoolIds == null ? "" : schoolIds).split("[,\\s]+")) {
						if (!id.isBlank()) {
							grants.add(new Grant(role, null, parseId(id), null));
						}
					}
					if (grants.isEmpty()) {
						grants.add(new Grant(role, null, null, null));
					}
				}
				default -> grants.add(Grant.of(role));
			}
		}
		return grants;
	}

	private static Long parseId(String text) {
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return -1L;
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private final Accounts accounts;

	private final MessageSource messages;

	AdminAccountsController(Accounts accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("accounts", accounts.list(Math.max(page, 0), 50));
		model.addAttribute("roles", Role.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new AccountForm("", "", "", Role.TEACHER, "", "", null));
		}
		return "accounts/admin";
	}

	/**
	 * The account's roles replaced by the one chosen in its row (as the API does with
	 * several grants).
	 */
	@PostMapping("/{id}/roles")
	String changeRoles(KombelUser user, @PathVariable long id, @ModelAttribute RoleForm form,
			RedirectAttributes redirect, Locale locale) {
		try {
			AccountView changed = accounts.changeGrants(user, id,
					grantsOf(form.role(), form.regionCode(), form.schoolIds(), form.officeId()));
			redirect.addFlashAttribute("rolesChanged", changed.email());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("rolesProblem",
					ex.problems()
						.stream()
						.map(p -> messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale))
						.collect(java.util.stream.Collectors.joining(" ")));
		}
		return "redirect:/admin/accounts";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return PageForms.submit(result, () -> {
			try {
				redirect.addFlashAttribute("created", accounts.create(form.toRequest()).email());
				return "redirect:/admin/accounts";
			}
			catch (ConflictException ex) {
				// an e-mail already taken belongs to its field, not on a 409 page
				FormErrors.reject(result, ex);
				return null;
			}
		}, () -> list(0, model));
	}

}
