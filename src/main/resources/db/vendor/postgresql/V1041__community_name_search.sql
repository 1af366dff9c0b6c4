-- PostgreSQL only (db/vendor/{vendor}, see application.properties): a name search
-- (lower(name) like '%text%') is served by a trigram index instead of reading every community.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;
create index community_name_trigram on community using gin (lower(name) gin_trgm_ops);
