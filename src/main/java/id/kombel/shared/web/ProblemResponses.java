package id.kombel.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details the same way everywhere, including from security
 * filters.
 */
public final class ProblemResponses {

	private ProblemResponses() {
	}

	public static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	public static ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	public static ProblemDetail invalid(String detail, List<Map<String, String>> errors, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, detail, request);
		problem.setProperty("errors", errors);
		return problem;
	}

	/** For filters, which run outside Spring MVC's message converters. */
	public static void write(HttpServletResponse response, HttpStatus status, String detail, String instance,
			JsonMapper mapper) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", detail);
		body.put("instance", instance);
		mapper.writeValue(response.getWriter(), body);
	}

}
