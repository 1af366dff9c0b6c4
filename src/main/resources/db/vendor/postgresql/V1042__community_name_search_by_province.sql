-- PostgreSQL only. A name searched inside a province read the trigram index and then ANDed it with
-- the province's 27,435 index entries (14 ms at scale 30); one GIN index over the province and the
-- name's trigrams (btree_gin, a trusted extension) answers both that and a national search
-- (0.3-0.5 ms), so it replaces the name-only one.
create extension if not exists btree_gin;
create index community_province_name_trigram on community using gin (province_code, lower(name) gin_trgm_ops);
drop index community_name_trigram;
-- the planner needs the new expression's statistics to choose between this index and the list's
-- order (a text every name holds is read in order; a rare one through the trigrams)
analyze community;
