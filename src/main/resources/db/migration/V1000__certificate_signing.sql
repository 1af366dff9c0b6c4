-- Who issues a programme's certificates, as an office prints and signs them: the organiser on the
-- letterhead, the place of issue, and the signatory (name, position, NIP). Set on the programme for all its
-- events; an event may set its own, which then wins, field by field for organiser and place, and as a whole
-- for the signatory. Left empty, defaults apply (EventCertificates: the Balai of the programme's province,
-- the event's regency, the event's opening official or a line for the Balai's head).
alter table programme add column organiser varchar(200);
alter table programme add column issue_place varchar(100);
alter table programme add column signatory_name varchar(200);
alter table programme add column signatory_position varchar(200);
alter table programme add column signatory_nip varchar(18);
alter table programme_event add column organiser varchar(200);
alter table programme_event add column issue_place varchar(100);
alter table programme_event add column signatory_name varchar(200);
alter table programme_event add column signatory_position varchar(200);
alter table programme_event add column signatory_nip varchar(18);
