package id.kombel.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

/**
 * The shape every page form's handler shares: submitted only when valid, a service's
 * refusal as errors of the form, and the page shown again whenever errors remain.
 */
class PageFormsTest {

	private final AtomicInteger submitted = new AtomicInteger();

	private BindingResult form() {
		return new MapBindingResult(new HashMap<>(), "form");
	}

	@Test
	void aValidFormIsSubmittedAndGoesWhereTheSubmissionSays() {
		BindingResult result = form();
		String view = PageForms.submit(result, () -> {
			submitted.incrementAndGet();
			return "redirect:/things/7";
		}, () -> "things/form");
		assertThat(view).isEqualTo("redirect:/things/7");
		assertThat(submitted).hasValue(1);
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void aFormWithErrorsIsNotSubmittedAndIsShownAgain() {
		BindingResult result = form();
		result.rejectValue("name", "validation.required");
		String view = PageForms.submit(result, () -> {
			submitted.incrementAndGet();
			return "redirect:/things/7";
		}, () -> "things/form");
		assertThat(view).isEqualTo("things/form");
		assertThat(submitted).hasValue(0);
	}

	@Test
	void whatTheServiceRefusesBecomesAnErrorOfItsField() {
		BindingResult result = form();
		String view = PageForms.submit(result, () -> {
			throw InvalidInputException.of("endsAt", "validation.end-before-start");
		}, () -> "things/form");
		assertThat(view).isEqualTo("things/form");
		assertThat(result.getFieldError("endsAt").getCodes()).contains("validation.end-before-start");
	}

	@Test
	void aSubmissionThatLeavesErrorsShowsThePageAgain() {
		BindingResult result = form();
		String view = PageForms.submit(result, () -> {
			result.rejectValue("email", "accounts.email-taken");
			return null;
		}, () -> "things/form");
		assertThat(view).isEqualTo("things/form");
		assertThat(result.getFieldError("email")).isNotNull();
	}

	@Test
	void otherExceptionsGoOnAsBefore() {
		// a conflict not caught by the submission stays a 409 page; an upload's
		// IOException
		// stays checked
		assertThatThrownBy(() -> PageForms.submit(form(), () -> {
			throw new ConflictException("name", "events.walk-in.registered");
		}, () -> "things/form")).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> PageForms.submit(form(), () -> {
			throw new IOException("upload cut off");
		}, () -> "things/form")).isInstanceOf(IOException.class);
	}

}
