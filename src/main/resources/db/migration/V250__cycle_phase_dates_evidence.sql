-- When each later phase of an inquiry cycle was reached (the first phase's is started_on), so a
-- report can say which phases were done and when; and one evidence file of the before/after
-- results, kept in the shared file store under evidence_key.
alter table inquiry_cycle add column planning_on date;
alter table inquiry_cycle add column implementation_on date;
alter table inquiry_cycle add column evaluation_on date;
alter table inquiry_cycle add column evidence_key varchar(200);
alter table inquiry_cycle add column evidence_name varchar(255);
alter table inquiry_cycle add column evidence_type varchar(100);
create index inquiry_cycle_started on inquiry_cycle (started_on);
