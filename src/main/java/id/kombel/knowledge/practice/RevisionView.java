package id.kombel.knowledge.practice;

import java.time.Instant;

/** A practice as it was saved at one revision. */
public record RevisionView(int revision, long editorId, String editorName, Instant editedAt, String title,
		String context, String problem, String action, String evidence, String result, String reflection) {
}
