package id.kombel.accounts;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import id.kombel.shared.PageResult;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.Role;
import id.kombel.shared.access.Scope;
import id.kombel.shared.web.ConflictException;
import id.kombel.shared.web.InvalidInputException;

/**
 * The administrators' new-account form, in the web slice: the one page form whose handler
 * also turns a conflict (an e-mail already taken) into an error of its field, rather than
 * a 409 page that loses what was typed.
 */
@WebMvcTest(controllers = AdminAccountsController.class)
class AdminAccountsFormWebTest {

	static final KombelUser ADMIN = new KombelUser(1, "admin@demo.kombel.id", "Admin Uji", Set.of(Role.ADMIN),
			new Scope(true, List.of(), Set.of(), null), null);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Accounts accounts;

	@BeforeEach
	void noAccountsYet() {
		given(accounts.list(anyInt(), anyInt())).willReturn(new PageResult<>(List.of(), 0, 50, 0, 0));
	}

	@Test
	void anEmailAlreadyTakenIsAnErrorOfItsFieldAndKeepsTheForm() throws Exception {
		given(accounts.create(any())).willThrow(new ConflictException("email", "accounts.email-taken"));
		mvc.perform(post("/admin/accounts").with(user(ADMIN))
			.with(csrf())
			.header("Accept-Language", "id")
			.param("email", "guru.baru@demo.kombel.id")
			.param("displayName", "Guru Baru")
			.param("role", "TEACHER"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("accounts/admin"))
			.andExpect(model().attributeHasFieldErrors("form", "email"))
			.andExpect(content().string(containsString("value=\"guru.baru@demo.kombel.id\"")));
	}

	@Test
	void aRuleOfTheServiceIsShownTheSameWay() throws Exception {
		given(accounts.create(any())).willThrow(InvalidInputException.of("regionCode", "validation.required"));
		mvc.perform(post("/admin/accounts").with(user(ADMIN))
			.with(csrf())
			.param("email", "balai.baru@demo.kombel.id")
			.param("displayName", "Balai Baru")
			.param("role", "BALAI"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("form", "regionCode"));
	}

	@Test
	void aFormWithErrorsCreatesNothing() throws Exception {
		mvc.perform(post("/admin/accounts").with(user(ADMIN))
			.with(csrf())
			.param("email", "not-an-address")
			.param("displayName", "")
			.param("role", "TEACHER"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("form", "email", "displayName"));
		verify(accounts, never()).create(any());
	}

	@Test
	void aNewAccountIsCreatedAndNamedOnTheListPage() throws Exception {
		given(accounts.create(any()))
			.willReturn(new AccountView(9, "guru.baru@demo.kombel.id", "Guru Baru", null, true, List.of()));
		mvc.perform(post("/admin/accounts").with(user(ADMIN))
			.with(csrf())
			.param("email", "guru.baru@demo.kombel.id")
			.param("displayName", "Guru Baru")
			.param("role", "TEACHER"))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("created", "guru.baru@demo.kombel.id"));
	}

}
