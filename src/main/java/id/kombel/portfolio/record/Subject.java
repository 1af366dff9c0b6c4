package id.kombel.portfolio.record;

/**
 * Whose portfolio: their account (community work is kept by account) and educator record
 * (programme participants are linked by educator); either may be missing.
 */
public record Subject(Long accountId, Long educatorId, String email, String displayName) {
}
