-- Monitoring (issue 11): an educator who is a member is counted once, where their school is,
-- at every level, so the figures of child areas add up to their parent's. Each member row
-- carries its educator and where the educator teaches (null: no educator record or no school,
-- counted nowhere).
alter table mon_member add column educator_id bigint;
alter table mon_member add column school_id bigint;
alter table mon_member add column school_level varchar(10);
alter table mon_member add column province_code varchar(13);
alter table mon_member add column regency_code varchar(13);
alter table mon_member add column district_code varchar(13);
create index mon_member_educator on mon_member (educator_id);
create index mon_member_district on mon_member (district_code);
create index mon_member_regency on mon_member (regency_code);
create index mon_member_province on mon_member (province_code);
create index mon_member_school on mon_member (school_id);
