-- Training hours (JP) a community's activity certificates carry; null: the community gives none.
alter table community add column certificate_hours integer;
