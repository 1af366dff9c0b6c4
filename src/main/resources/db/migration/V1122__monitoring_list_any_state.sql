-- Monitoring (issue 11): a regency's (or a district's) community list of every state, with or
-- without a level, read in its order from an index that also holds the levels: the page stops
-- after its rows instead of sorting every community of the regency (2,100 heap pages for the
-- largest at national scale), and the count reads the index alone.
create index mon_community_regency_any_state on mon_community (regency_code, last_activity_at nulls first,
    created_at, community_id, levels);
create index mon_community_district_any_state on mon_community (district_code, last_activity_at nulls first,
    created_at, community_id, levels);
