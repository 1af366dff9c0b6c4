-- National scale (issue 17): a name search walks the communities holding one three-letter piece of
-- the text, in the list's order, and stops once the page is full. Every piece of every name is
-- here, so the rows of any one piece of the text hold all its matches; the list takes the rarest.
-- The trigram index of V1041/V1042 finds the matches too, but then reads every one of them from the
-- table to sort them, or walks the whole list filtering, and is planned anew for each text.
create table community_name_trigram (
    trigram          varchar(3)   not null,
    community_id     bigint       not null references community (id) on delete cascade,
    last_activity_at timestamp with time zone,
    name             varchar(150) not null,
    province_code    varchar(13)  not null,
    primary key (community_id, trigram)
);

-- The positions a three-letter piece can start at in a name of up to 150 letters.
create table name_position (x int primary key);
create table name_digit (d int primary key);
insert into name_digit (d) values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);
insert into name_position (x)
select a.d * 100 + b.d * 10 + c.d + 1 from name_digit a, name_digit b, name_digit c where a.d * 100 + b.d * 10 + c.d + 1 <= 148;
drop table name_digit;

insert into community_name_trigram (trigram, community_id, last_activity_at, name, province_code)
select distinct substr(lower(c.name), p.x, 3), c.id, c.last_activity_at, c.name, c.province_code
from community c join name_position p on p.x <= char_length(c.name) - 2;

create index community_name_trigram_latest
    on community_name_trigram (trigram, last_activity_at desc nulls last, name, community_id, province_code);
