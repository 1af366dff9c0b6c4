-- Monitoring (issue 11): the figures of every province, regency and district, per set of
-- levels, kept from the same events as the rows they add up (and made again by the rebuild),
-- so a national or province summary reads a few rows instead of counting hundreds of
-- thousands. An area's row counts everything whose province, regency or district it is;
-- what lies in an area but in none of its children (a regency-wide community) is the
-- difference between the area's row and its children's.
create table mon_area (
    area_code      varchar(13) not null,
    -- '' for a province
    parent_code    varchar(13) not null,
    -- a community's levels, or one level as ',SD,' (schools, educators, participants)
    levels         varchar(60) not null,
    not_started    bigint not null,
    active         bigint not null,
    stalled        bigint not null,
    with_goal      bigint not null,
    reached        bigint not null,
    behind         bigint not null,
    cycles         bigint not null,
    schools        bigint not null,
    with_community bigint not null,
    educators      bigint not null,
    members        bigint not null,
    active_members bigint not null,
    registered     bigint not null,
    attended       bigint not null,
    -- when time alone next changes a figure (a goal falls behind, a member's last
    -- participation leaves the 90 days, a semester ends): the job counts the row again then
    changes_at     timestamp with time zone,
    primary key (area_code, levels)
);
create index mon_area_parent on mon_area (parent_code);
create index mon_area_changes on mon_area (changes_at);

create table mon_area_month (
    area_code   varchar(13) not null,
    parent_code varchar(13) not null,
    levels      varchar(60) not null,
    held_month  varchar(7)  not null,
    held        bigint not null,
    primary key (area_code, levels, held_month)
);
create index mon_area_month_parent on mon_area_month (parent_code, held_month);
