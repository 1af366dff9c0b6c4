-- The portfolio reads one person's rows across the modules' tables; these were reachable only through
-- indexes that start with another column (or not at all), so a year's page scanned every attendance row.
create index if not exists portfolio_attendance_account on attendance (account_id);
create index if not exists portfolio_certificate_account on certificate (account_id);
create index if not exists portfolio_answer_author on answer (author_id);
create index if not exists portfolio_participant_educator on participant (educator_id);
create index if not exists portfolio_committee_member_educator on committee_member (educator_id);
create index if not exists portfolio_event_speaker_account on event_speaker (account_id);
create index if not exists portfolio_event_speaker_educator on event_speaker (educator_id);
