-- H2: nothing to add (see V1041); PostgreSQL's version of this migration is
-- db/vendor/postgresql/V1042__community_name_search_by_province.sql.
select 1;
