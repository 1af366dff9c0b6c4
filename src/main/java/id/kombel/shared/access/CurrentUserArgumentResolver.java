package id.kombel.shared.access;

import java.util.Optional;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets controllers take a {@link KombelUser} parameter (null when nobody is signed in).
 */
public class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

	public static Optional<KombelUser> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null) {
			return Optional.empty();
		}
		Object principal = auth.getPrincipal();
		if (principal instanceof KombelUser user) {
			return Optional.of(user);
		}
		if (principal instanceof KombelPrincipal holder) {
			return Optional.of(holder.kombelUser());
		}
		return Optional.empty();
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().equals(KombelUser.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return current().orElse(null);
	}

}
