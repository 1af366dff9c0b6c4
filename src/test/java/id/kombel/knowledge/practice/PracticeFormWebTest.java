package id.kombel.knowledge.practice;

import static id.kombel.support.WebSlice.GURU;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import id.kombel.communities.Communities;
import id.kombel.knowledge.Practices;
import id.kombel.knowledge.item.Markdown;
import id.kombel.knowledge.photo.PhotoUi;
import id.kombel.knowledge.photo.PracticePhotos;
import id.kombel.knowledge.web.KnowledgeUi;

/**
 * The write-a-practice page form (multipart, as the browser sends it with photos), in the
 * web slice only: binding, validation and the page re-rendered with its field errors,
 * against mocked services. The black-box suite ({@code KnowledgeApiTest}, the browser
 * tests) covers the real flow.
 */
@WebMvcTest(controllers = PracticePageController.class)
@Import({ KnowledgeUi.class, PhotoUi.class })
class PracticeFormWebTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Practices practices;

	@MockitoBean
	Communities communities;

	@MockitoBean
	Markdown markdown;

	@MockitoBean
	PracticePhotos photos;

	@Test
	void aShortTitleAndTooManyTagsReRenderTheFormInIndonesianAndSaveNothing() throws Exception {
		mvc.perform(multipart("/practices").with(user(GURU))
			.with(csrf())
			.header("Accept-Language", "id")
			.param("title", "Ajar")
			.param("problem", "Murid sulit memahami pecahan senilai.")
			.param("tags", "a, b, c, d, e, f, g, h, i, j, k")
			.param("levels", "SD"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("knowledge/practice-form"))
			.andExpect(model().attributeHasFieldErrors("form", "title", "tags"))
			.andExpect(content().string(containsString("Judul: Panjang tidak sesuai.")))
			.andExpect(content().string(containsString("Terlalu banyak.")))
			.andExpect(content().string(containsString("id=\"title-error\"")))
			// what was typed stays in the form
			.andExpect(content().string(containsString("Murid sulit memahami pecahan senilai.</textarea>")));
		verify(photos, never()).saveWith(any(), any(), any(), any());
		verifyNoInteractions(practices);
	}

	@Test
	void aTooLongPartIsSaidUnderThatPart() throws Exception {
		mvc.perform(multipart("/practices/12").with(user(GURU))
			.with(csrf())
			.header("Accept-Language", "id")
			.param("title", "Pojok baca kelas dua")
			.param("reflection", "r".repeat(10_001)))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("form", "reflection"))
			.andExpect(content().string(containsString("id=\"reflection-error\"")))
			.andExpect(content().string(containsString("Terlalu panjang.")));
		verify(photos, never()).saveWith(any(), any(), any(), any());
		verify(practices, never()).update(any(), org.mockito.ArgumentMatchers.anyLong(), any());
	}

}
