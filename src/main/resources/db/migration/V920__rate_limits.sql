-- Attempts counted for the whole cluster (wrong check-in codes, sign-in failures, ticket code
-- guesses): one row per limit key and fixed window, counted up by every node with one
-- statement. Rows whose window ended are deleted by a cluster job.
CREATE TABLE rate_limit_window (
    limit_key VARCHAR(200) NOT NULL,
    window_start BIGINT NOT NULL,
    window_end BIGINT NOT NULL,
    hits INT NOT NULL,
    PRIMARY KEY (limit_key, window_start)
);
CREATE INDEX rate_limit_window_end ON rate_limit_window (window_end);
