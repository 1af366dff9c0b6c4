-- Monitoring (issue 11): a community's members, and how many of them took part within
-- kombel.communities.stalled-after, kept on its row (by the same writers as mon_member), so
-- the regency's community list reads its page from mon_community's index alone instead of
-- counting mon_member twice per row shown.
alter table mon_community add column members integer default 0 not null;
alter table mon_community add column members_took_part integer default 0 not null;
-- the earliest participation counted in members_took_part: once it is older than
-- stalled-after the count drops, and the clustered stalled-job counts the row again
alter table mon_community add column took_part_earliest timestamp with time zone;
-- the rows already there, from their members (42 days: the default stalled-after; with
-- another one configured, a rebuild makes them exact)
update mon_community set members = (select count(*) from mon_member m
      where m.community_id = mon_community.community_id),
    members_took_part = (select count(*) from mon_member m where m.community_id = mon_community.community_id
      and m.last_participated_at >= current_timestamp - interval '42' day),
    took_part_earliest = (select min(m.last_participated_at) from mon_member m
      where m.community_id = mon_community.community_id
      and m.last_participated_at >= current_timestamp - interval '42' day);
create index mon_community_took_part on mon_community (took_part_earliest);
