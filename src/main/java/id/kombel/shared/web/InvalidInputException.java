package id.kombel.shared.web;

import java.util.List;

/**
 * Input that fails a rule (HTTP 400), one entry per invalid field. Messages are message
 * keys, resolved in the user's language when the response is written.
 */
public class InvalidInputException extends RuntimeException {

	public record FieldProblem(String field, String messageKey, Object... args) {
	}

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public static InvalidInputException of(String field, String messageKey, Object... args) {
		return new InvalidInputException(List.of(new FieldProblem(field, messageKey, args)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
