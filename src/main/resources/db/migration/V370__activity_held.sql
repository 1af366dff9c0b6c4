-- An activity is announced as held (ActivityHeld) once its time has come; activities already
-- past when this runs count as announced (V270 sets their communities' latest activity).
alter table activity add column held_announced boolean default false not null;
update activity set held_announced = true where starts_at <= current_timestamp;
create index activity_unannounced on activity (held_announced, starts_at);
