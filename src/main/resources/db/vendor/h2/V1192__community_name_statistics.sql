-- H2: nothing to set (H2 plans from its own selectivity); PostgreSQL's version of this migration is
-- db/vendor/postgresql/V1192__community_name_statistics.sql.
select 1;
