-- The JP an activity certificate carries, fixed when it is issued (a later change of the
-- community's setting does not rewrite what was certified).
alter table certificate add column hours integer;
