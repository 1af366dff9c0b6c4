-- last_activity_at is the latest HELD activity; it used to take a scheduled one's future start,
-- which showed a community that had never met as active. Repair those rows from the activities.
update community set last_activity_at = (
    select max(a.starts_at) from activity a
    where a.community_id = community.id and a.starts_at <= current_timestamp)
where last_activity_at > current_timestamp;
