-- H2 (the embedded single-node default) has no partial index; its evidence rows are one school's or
-- one office's, which the background job reads quickly. PostgreSQL's version of this migration is
-- db/vendor/postgresql/V1101__portfolio_photos_without_copies.sql; both keep one history.
select 1;
