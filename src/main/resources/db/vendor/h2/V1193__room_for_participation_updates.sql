-- H2 (the embedded single-node default) keeps no free space per page to tune. PostgreSQL's version
-- of this migration is db/vendor/postgresql/V1193__room_for_participation_updates.sql; both keep one
-- history.
select 1;
