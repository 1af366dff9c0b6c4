-- Work that must run once in the cluster (time-driven state changes, rebuilds, sending) takes
-- a row here first (ShedLock); a node that dies holding it releases it at lock_until.
CREATE TABLE shedlock (
    name VARCHAR(64) NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP NOT NULL,
    locked_at TIMESTAMP NOT NULL,
    locked_by VARCHAR(255) NOT NULL
);
