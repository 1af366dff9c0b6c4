package id.kombel.shared;

import java.util.Map;

/**
 * A condition for the caller's own SQL statement with its named parameters, so that a
 * rule kept in one place (a rate limit, what a reader may see) is asked in the statement
 * that reads or writes rather than in a round trip of its own. Each maker names its
 * parameters with its own prefix so that conditions combine.
 */
public record SqlCondition(String sql, Map<String, Object> params) {
}
