-- National scale (issue 17). The community list is ordered by the latest activity, then the name:
-- with the region first and the order after it, a page is read in order and the scan stops once it
-- is full, however many communities the region holds. Id and levels ride along so that the page's
-- count (with or without a level) is read from the index alone. They replace the region-only ones.
create index community_regency_latest on community (regency_code, last_activity_at desc nulls last, name, id, levels);
create index community_province_latest on community (province_code, last_activity_at desc nulls last, name, id, levels);
create index community_latest on community (last_activity_at desc nulls last, name, id, levels);
drop index community_regency;
drop index community_province;
-- A community's questions (its forum), newest first: question ids grow with the asking.
create index question_community on question (community_id, id);
