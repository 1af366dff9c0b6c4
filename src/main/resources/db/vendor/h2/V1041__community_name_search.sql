-- H2 (the embedded single-node default) has no trigram index: a name search reads the
-- communities, which on one school's or one office's data are few. PostgreSQL's version of this
-- migration is db/vendor/postgresql/V1041__community_name_search.sql; both keep one history.
select 1;
