-- Sessions belong to a day of the event: day 1 is the event's date (programme_event.held_on), day 2 the
-- next, so a programme of several days can be described and the check-in page picks today's session.
-- (event_day, not day: DAY is a reserved word on H2)
alter table programme_session add column event_day integer not null default 1;
