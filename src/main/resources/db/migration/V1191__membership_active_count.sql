-- The community list's cards count each community's active members (CommunityCards):
-- read from this index alone, not from the membership rows.
create index membership_community_status on membership (community_id, status);
