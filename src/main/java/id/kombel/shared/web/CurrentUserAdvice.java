package id.kombel.shared.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import id.kombel.shared.access.CurrentUserArgumentResolver;
import id.kombel.shared.access.KombelUser;

/** Gives every page the signed-in user (or null) for the layout's navigation. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CurrentUserAdvice {

	@ModelAttribute("currentUser")
	KombelUser currentUser() {
		return CurrentUserArgumentResolver.current().orElse(null);
	}

}
