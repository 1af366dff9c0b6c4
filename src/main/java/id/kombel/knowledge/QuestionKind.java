package id.kombel.knowledge;

/** A question about a classroom problem, or an implementation challenge brought back from training. */
public enum QuestionKind {
	QUESTION, CHALLENGE
}
