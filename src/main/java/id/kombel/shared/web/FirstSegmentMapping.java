package id.kombel.shared.web;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * For a path with a variable ({@code /communities/{id}/...}) Spring MVC evaluates every
 * mapping's conditions in turn, some 250 of them: a seventh of a check-in's CPU. A
 * mapping whose patterns all begin with literal segments other than the request's first
 * one cannot match, so it is passed over before its conditions are built; every other
 * mapping goes through Spring's own matching unchanged, and so does what answers when
 * nothing matches (404, 405, 415).
 */
@Component
public class FirstSegmentMapping implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
		return new Mapping();
	}

	static final class Mapping extends RequestMappingHandlerMapping {

		/**
		 * The literal first segments of a mapping's patterns; empty when one of them can
		 * begin with anything.
		 */
		private final Map<RequestMappingInfo, Set<String>> firstSegments = new ConcurrentHashMap<>();

		@Override
		protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			Set<String> literals = this.firstSegments.computeIfAbsent(info, Mapping::literalFirstSegments);
			if (!literals.isEmpty() && ServletRequestPathUtils.hasParsedRequestPath(request) && !literals.contains(
					firstSegment(ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()))) {
				return null;
			}
			return super.getMatchingMapping(info, request);
		}

		static Set<String> literalFirstSegments(RequestMappingInfo info) {
			PathPatternsRequestCondition condition = info.getPathPatternsCondition();
			if (condition == null || condition.getPatterns().isEmpty()) {
				return Set.of();
			}
			Set<String> literals = new HashSet<>();
			for (PathPattern pattern : condition.getPatterns()) {
				String first = literalFirstSegment(pattern.getPatternString());
				if (first == null) {
					return Set.of();
				}
				literals.add(first);
			}
			return Set.copyOf(literals);
		}

		/**
		 * The pattern's first segment when it is plain text, else null (a variable, a
		 * wildcard, a capture).
		 */
		static String literalFirstSegment(String pattern) {
			if (!pattern.startsWith("/")) {
				return null;
			}
			int end = pattern.indexOf('/', 1);
			String first = pattern.substring(1, end < 0 ? pattern.length() : end);
			for (char c : new char[] { '{', '}', '*', '?', '%', ';' }) {
				if (first.indexOf(c) >= 0) {
					return null;
				}
			}
			return first;
		}

		/**
		 * The request's first segment as patterns match it: decoded, without matrix
		 * variables.
		 */
		static String firstSegment(PathContainer path) {
			for (PathContainer.Element element : path.elements()) {
				if (element instanceof PathContainer.PathSegment segment) {
					return segment.valueToMatch();
				}
			}
			return "";
		}

	}

}
