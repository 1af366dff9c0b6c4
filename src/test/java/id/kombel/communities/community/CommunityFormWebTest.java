package id.kombel.communities.community;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import id.kombel.communities.Access;
import id.kombel.communities.Communities;
import id.kombel.communities.CommunityKind;
import id.kombel.communities.CommunityView;
import id.kombel.communities.HealthState;
import id.kombel.communities.JoinPolicy;
import id.kombel.communities.MemberRole;
import id.kombel.communities.MemberStatus;
import id.kombel.communities.CommunityGoals;
import id.kombel.regions.Regions;
import id.kombel.shared.Level;
import id.kombel.shared.agenda.CommunityAgenda;
import id.kombel.shared.web.InvalidInputException;

import static id.kombel.support.WebSlice.GURU;

/**
 * The start-a-community page form, in the web slice only: binding, validation and the
 * page re-rendered with its field errors, against mocked services. The black-box suite
 * ({@code CommunityApiTest}, the browser tests) covers the real flow on the database.
 */
@WebMvcTest(controllers = CommunityPageController.class)
class CommunityFormWebTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Communities communities;

	@MockitoBean
	CommunityGoals goals;

	@MockitoBean
	Regions regions;

	@MockitoBean
	CommunityAgenda agenda;

	@MockitoBean
	RenderedBodies bodies;

	@MockitoBean
	PageShell shell;

	@MockitoBean
	ListPage list;

	@MockitoBean
	CommunitySnapshots snapshots;

	@Test
	void missingAndTooLongFieldsReRenderTheFormInIndonesianAndCreateNothing() throws Exception {
		mvc.perform(post("/communities").with(user(GURU))
			.with(csrf())
			.header("Accept-Language", "id")
			.param("name", "Kombel Numerasi Uji")
			.param("kind", "SCHOOL")
			.param("subjects", "Matematika, " + "x".repeat(26))
			.param("regionCode", "")
			.param("meetingNorm", "m".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("communities/new"))
			.andExpect(model().attributeHasFieldErrors("form", "levels", "subjects", "regionCode", "meetingNorm"))
			.andExpect(content().string(containsString("Jenjang: Wajib diisi.")))
			.andExpect(content().string(containsString("Kode wilayah: Wajib diisi.")))
			.andExpect(content().string(containsString("Norma pertemuan: Terlalu panjang.")))
			.andExpect(content().string(containsString("id=\"subjects-error\"")))
			// what was typed stays in the form
			.andExpect(content().string(containsString("value=\"Kombel Numerasi Uji\"")));
		verify(communities, never()).create(any(), any());
	}

	@Test
	void theErrorsAreInEnglishForAnEnglishReader() throws Exception {
		mvc.perform(post("/communities").with(user(GURU))
			.with(csrf())
			.header("Accept-Language", "en")
			.param("name", "ab")
			.param("kind", "SCHOOL")
			.param("levels", "SD")
			.param("regionCode", "12.11"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("form", "name"))
			.andExpect(content().string(containsString("Name: ")))
			.andExpect(content().string(not(containsString("Wajib diisi"))));
		verify(communities, never()).create(any(), any());
	}

	@Test
	void aRuleOnlyTheServiceKnowsIsShownTheSameWay() throws Exception {
		given(communities.create(any(), any()))
			.willThrow(InvalidInputException.of("regionCode", "validation.region-unknown", "12.99"));
		mvc.perform(post("/communities").with(user(GURU))
			.with(csrf())
			.header("Accept-Language", "id")
			.param("name", "Kombel Wilayah Salah")
			.param("kind", "SCHOOL")
			.param("levels", "SD")
			.param("regionCode", "12.99"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("communities/new"))
			.andExpect(model().attributeHasFieldErrors("form", "regionCode"))
			.andExpect(content().string(containsString("Kode wilayah: Wilayah 12.99 tidak dikenal.")));
	}

	@Test
	void aValidFormIsCreatedAndLeadsToTheStarterPath() throws Exception {
		given(communities.create(any(), any()))
			.willReturn(new CommunityView(41, "Kombel Literasi Uji", CommunityKind.SCHOOL, null, null, JoinPolicy.OPEN,
					List.of(Level.SD), List.of("Bahasa Indonesia"), "12.11", null, HealthState.NOT_STARTED, 0, 1,
					Instant.now(), null, Set.of(), MemberRole.FACILITATOR, MemberStatus.ACTIVE, Access.FACILITATOR));
		mvc.perform(post("/communities").with(user(GURU))
			.with(csrf())
			.param("name", "Kombel Literasi Uji")
			.param("kind", "SCHOOL")
			.param("levels", "SD")
			.param("subjects", "Bahasa Indonesia, ")
			.param("regionCode", "12.11"))
			.andExpect(status().is3xxRedirection())
			.andExpect(view().name("redirect:/communities/41/start"));
	}

}
