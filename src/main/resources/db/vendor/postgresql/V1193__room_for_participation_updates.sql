-- PostgreSQL only. Every check-in moves a member's last participation on membership and on
-- mon_member. On full pages (bulk loads, a monitoring rebuild) PostgreSQL writes the new row version
-- on another page and inserts it into every index: mon_member has seven, and only 26 % of its
-- updates (54 % of membership's) stayed on their page in the national benchmark. Space left on each
-- page keeps the updates there (HOT: no index touched, since no indexed column changes). Applies to
-- pages written from now on: the next rebuild of the read model, new members.
alter table mon_member set (fillfactor = 85);
alter table membership set (fillfactor = 90);
