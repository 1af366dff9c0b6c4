package id.kombel.activities.activity;

import static id.kombel.support.WebSlice.GURU;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import id.kombel.activities.Activities;
import id.kombel.activities.Closing;
import id.kombel.activities.attendance.CheckIns;
import id.kombel.activities.challenge.Challenges;
import id.kombel.communities.Access;
import id.kombel.communities.Communities;
import id.kombel.communities.CommunityPolicy;
import id.kombel.communities.CommunityKind;
import id.kombel.communities.CommunityView;
import id.kombel.communities.HealthState;
import id.kombel.communities.JoinPolicy;
import id.kombel.communities.MemberRole;
import id.kombel.communities.MemberStatus;
import id.kombel.shared.Level;
import id.kombel.shared.web.InvalidInputException;

/**
 * The schedule-an-activity page form, in the web slice only: binding, validation and the
 * page re-rendered with its field errors, against mocked services. The black-box suite
 * ({@code ActivityApiTest}, the browser tests) covers the real flow on the database.
 */
@WebMvcTest(controllers = ActivityPageController.class)
class ActivityFormWebTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Activities activities;

	@MockitoBean
	Closing closing;

	@MockitoBean
	Challenges challenges;

	@MockitoBean
	Communities communities;

	@MockitoBean
	CheckIns checkIns;

	@MockitoBean
	CommunityPolicy communityPolicy;

	@BeforeEach
	void aCommunityOfTheFacilitator() {
		given(communities.get(any(), eq(5L)))
			.willReturn(new CommunityView(5, "Kombel Numerasi Uji", CommunityKind.SCHOOL, null, null, JoinPolicy.OPEN,
					List.of(Level.SD), List.of(), "12.11", null, HealthState.ACTIVE, 0.5, 4, Instant.now(), null,
					Set.of(), MemberRole.FACILITATOR, MemberStatus.ACTIVE, Access.FACILITATOR));
		given(communities.zoneOf(5L)).willReturn(java.time.ZoneId.of("Asia/Jakarta"));
	}

	@Test
	void missingTimesAndABadLinkReRenderTheFormInIndonesianAndScheduleNothing() throws Exception {
		mvc.perform(post("/communities/5/activities").with(user(GURU))
			.with(csrf())
			.header("Accept-Language", "id")
			.param("title", "Diskusi asesmen")
			.param("role", "DISCUSSION")
			.param("mode", "ONLINE")
			.param("startsAt", "")
			.param("endsAt", "")
			.param("meetingLink", "meet.google.com/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("activities/new"))
			.andExpect(model().attributeHasFieldErrors("form", "startsAt", "endsAt", "meetingLink"))
			.andExpect(content().string(containsString("Mulai: Wajib diisi.")))
			.andExpect(content().string(containsString("Selesai: Wajib diisi.")))
			.andExpect(content().string(containsString("Tautan harus diawali http:// atau https://.")))
			.andExpect(content().string(containsString("id=\"meetingLink-error\"")))
			.andExpect(content().string(containsString("value=\"Diskusi asesmen\"")));
		verify(activities, never()).schedule(any(), anyLong(), any());
	}

	@Test
	void anUnknownRoleIsAFieldErrorNotAFailure() throws Exception {
		mvc.perform(post("/communities/5/activities").with(user(GURU))
			.with(csrf())
			.header("Accept-Language", "id")
			.param("title", "Diskusi asesmen")
			.param("role", "WIZARDRY")
			.param("mode", "ONLINE")
			.param("startsAt", "2030-01-10T14:00")
			.param("endsAt", "2030-01-10T15:00"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("form", "role"))
			.andExpect(content().string(containsString("Peran kegiatan: Nilai tidak valid.")));
		verify(activities, never()).schedule(any(), anyLong(), any());
	}

	@Test
	void anEndBeforeTheStartIsSaidWhereTheServiceFindsIt() throws Exception {
		given(activities.schedule(any(), eq(5L), any()))
			.willThrow(InvalidInputException.of("endsAt", "activities.ends-before-start"));
		mvc.perform(post("/communities/5/activities").with(user(GURU))
			.with(csrf())
			.header("Accept-Language", "id")
			.param("title", "Diskusi asesmen")
			.param("role", "DISCUSSION")
			.param("mode", "OFFLINE")
			.param("startsAt", "2030-01-10T14:00")
			.param("endsAt", "2030-01-10T13:00"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("activities/new"))
			.andExpect(model().attributeHasFieldErrors("form", "endsAt"))
			.andExpect(content().string(containsString("Selesai: Waktu selesai harus sesudah waktu mulai.")));
	}

}
