package id.kombel.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Validator;

import org.springframework.context.MessageSource;

import id.kombel.shared.access.AdminOnly;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kombel.shared.access.Role;
import id.kombel.shared.web.ConflictException;
import id.kombel.shared.web.InvalidInputException;

/** Administrators create accounts with one role and its scope. */
@Controller
@RequestMapping("/admin/accounts")
@AdminOnly
class AdminAccountsController {

	/** The form as typed; scope fields are read by role. */
	record AccountForm(String email, String displayName, String password, Role role, String regionCode,
			String schoolIds, Long officeId) {

		NewAccount toRequest() {
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
			return new NewAccount(email, displayName, blankToNull(password), null, grants);
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
	}

	private final Accounts accounts;

	private final Validator validator;

	private final MessageSource messages;

	AdminAccountsController(Accounts accounts, Validator validator, MessageSource messages) {
		this.accounts = accounts;
		this.validator = validator;
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

	@PostMapping
	String create(AccountForm form, Model model, RedirectAttributes redirect, Locale locale) {
		NewAccount request = form.toRequest();
		var violations = validator.validate(request);
		if (!violations.isEmpty()) {
			model.addAttribute("form", form);
			model.addAttribute("violations", violations.stream()
				.map(v -> v.getPropertyPath() + ": " + v.getMessage())
				.sorted()
				.toList());
			return list(0, model);
		}
		try {
			AccountView created = accounts.create(request);
			redirect.addFlashAttribute("created", created.email());
			return "redirect:/admin/accounts";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("violations", ex.problems()
				.stream()
				.map(p -> messages.getMessage(p.messageKey(), p.args(), locale))
				.toList());
		}
		catch (ConflictException ex) {
			model.addAttribute("violations", List.of(messages.getMessage(ex.getMessage(), null, locale)));
		}
		model.addAttribute("form", form);
		return list(0, model);
	}
}
