-- Monitoring (issue 11): a regency's (or a district's) community list of one state reads its
-- page in order from the index (those without a held activity for longest first) instead of
-- sorting all the area's communities of that state, and counts them from the index.
create index mon_community_regency_list on mon_community (regency_code, state, last_activity_at nulls first,
    created_at, community_id);
create index mon_community_district_list on mon_community (district_code, state, last_activity_at nulls first,
    created_at, community_id);
