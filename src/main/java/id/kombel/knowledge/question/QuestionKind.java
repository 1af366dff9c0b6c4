package id.kombel.knowledge.question;

/**
 * A question about a classroom problem, or an implementation challenge brought back from
 * training.
 */
public enum QuestionKind {

	QUESTION, CHALLENGE

}
