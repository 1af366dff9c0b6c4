-- Monitoring's own read model: per community the facts the dashboards count, kept from the
-- other modules' events (and rebuilt from their tables by one admin action or command).
-- Nothing here is referenced by another module; no foreign keys, so a rebuild may empty it.
create table mon_community (
    community_id       bigint primary key,
    name               varchar(150) not null,
    kind               varchar(20)  not null,
    levels             varchar(60)  not null,
    region_code        varchar(13)  not null,
    province_code      varchar(13)  not null,
    regency_code       varchar(13),
    -- the community's district: its region when that is one, else its home school's
    district_code      varchar(13),
    home_school_id     bigint,
    created_at         timestamp with time zone not null,
    last_activity_at   timestamp with time zone,
    -- NOT_STARTED, ACTIVE, STALLED; time-driven changes kept by a scheduled job
    state              varchar(12)  not null,
    -- the latest goal: reached, or from when its progress falls behind its schedule
    has_goal           boolean      not null,
    goal_reached       boolean      not null,
    goal_behind_from   timestamp with time zone,
    -- the latest closed inquiry cycle, and whether it has before/after student results
    cycle_closed_on    date,
    cycle_with_results boolean      not null
);
create index mon_community_province on mon_community (province_code, state);
create index mon_community_regency on mon_community (regency_code, state);
create index mon_community_district on mon_community (district_code);
create index mon_community_school on mon_community (home_school_id);
create index mon_community_active on mon_community (state, last_activity_at);

create table mon_member (
    community_id         bigint not null,
    account_id           bigint not null,
    role                 varchar(20) not null,
    last_participated_at timestamp with time zone,
    primary key (community_id, account_id)
);
create index mon_member_account on mon_member (account_id);

-- held activities only; held_month in Asia/Jakarta as YYYY-MM
create table mon_activity (
    activity_id  bigint primary key,
    community_id bigint      not null,
    starts_at    timestamp with time zone not null,
    held_month   varchar(7)  not null
);
create index mon_activity_community on mon_activity (community_id, starts_at);

create table mon_school (
    school_id     bigint primary key,
    name          varchar(200) not null,
    level         varchar(10)  not null,
    province_code varchar(13)  not null,
    regency_code  varchar(13)  not null,
    district_code varchar(13)  not null,
    educators     integer      not null
);
create index mon_school_regency on mon_school (regency_code, level);
create index mon_school_district on mon_school (district_code);

create table mon_participant (
    participant_id bigint primary key,
    event_id       bigint      not null,
    account_id     bigint,
    province_code  varchar(13) not null,
    regency_code   varchar(13) not null,
    district_code  varchar(13),
    school_id      bigint,
    level          varchar(10),
    attended_at    timestamp with time zone
);
create index mon_participant_event on mon_participant (event_id);
create index mon_participant_regency on mon_participant (regency_code);

-- When the read model was last rebuilt whole; no row: never (built on the next start).
create table mon_build (
    id       integer primary key,
    built_at timestamp with time zone not null,
    millis   bigint not null
);
