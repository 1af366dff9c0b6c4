package id.kombel.knowledge.practice;

import java.time.Instant;

/** A tried-it report: outcome WORKED, PARTLY or DID_NOT_WORK. */
public record TrialView(long id, long accountId, String authorName, String outcome, String note, Instant createdAt) {
}
