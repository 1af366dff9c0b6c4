package id.kombel.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * mapping whose patterns all begin with literal segments ({@code /api/v1/activities/})
 * that the request's path does not begin with cannot match, so it is passed over before
 * its conditions are built; every other mapping goes through Spring's own matching
 * unchanged, and so does what answers when nothing matches (404, 405, 415).
 */
@Component
public class LiteralPrefixMapping implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
		return new Mapping();
	}

	static final class Mapping extends RequestMappingHandlerMapping {

		private static final String[][] ANY = {};

		/**
		 * Per mapping, the leading literal segments of each of its patterns; {@link #ANY}
		 * when one of them begins with a variable or a wildcard.
		 */
		private final Map<RequestMappingInfo, String[][]> leading = new ConcurrentHashMap<>();

		@Override
		protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			// get before computeIfAbsent: a hit must not lock the map's bin
			String[][] literals = this.leading.get(info);
			if (literals == null) {
				literals = this.leading.computeIfAbsent(info, Mapping::leadingLiterals);
			}
			if (literals != ANY && ServletRequestPathUtils.hasParsedRequestPath(request) && !mayMatch(literals,
					ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().elements())) {
				return null;
			}
			return super.getMatchingMapping(info, request);
		}

		/** Whether the path begins with the literal segments of one of the patterns. */
		static boolean mayMatch(String[][] literals, List<PathContainer.Element> path) {
			for (String[] pattern : literals) {
				if (begins(pattern, path)) {
					return true;
				}
			}
			return false;
		}

		private static boolean begins(String[] literals, List<PathContainer.Element> path) {
			for (int i = 0; i < literals.length; i++) {
				// "/a/b" is [/, a, /, b]: a segment at every odd place; a path of another
				// shape
				// ("//a") is left to Spring's own matching
				int at = 2 * i + 1;
				if (at >= path.size()) {
					return false;
				}
				if (!(path.get(at) instanceof PathContainer.PathSegment segment)
						|| !(path.get(at - 1) instanceof PathContainer.Separator)) {
					return true;
				}
				if (!segment.valueToMatch().equals(literals[i])) {
					return false;
				}
			}
			return true;
		}

		static String[][] leadingLiterals(RequestMappingInfo info) {
			PathPatternsRequestCondition condition = info.getPathPatternsCondition();
			if (condition == null || condition.getPatterns().isEmpty()) {
				return ANY;
			}
			List<String[]> patterns = new ArrayList<>();
			for (PathPattern pattern : condition.getPatterns()) {
				String[] literals = leadingLiterals(pattern.getPatternString());
				if (literals.length == 0) {
					return ANY;
				}
				patterns.add(literals);
			}
			return patterns.toArray(String[][]::new);
		}

		/**
		 * The pattern's segments up to the first that is not plain text (a variable, a
		 * wildcard, a capture); none when the pattern does not begin with "/".
		 */
		static String[] leadingLiterals(String pattern) {
			List<String> literals = new ArrayList<>();
			if (!pattern.startsWith("/")) {
				return new String[0];
			}
			for (String segment : pattern.substring(1).split("/", -1)) {
				if (segment.isEmpty() || !plain(segment)) {
					break;
				}
				literals.add(segment);
			}
			return literals.toArray(String[]::new);
		}

		private static boolean plain(String segment) {
			for (char c : new char[] { '{', '}', '*', '?', '%', ';' }) {
				if (segment.indexOf(c) >= 0) {
					return false;
				}
			}
			return true;
		}

	}

}
