-- Ticket e-mails that failed are tried again by a clustered job with growing waits, until
-- they are sent or given up after a number of attempts; staff see which ones failed.
-- The address and language of the first round are kept so the retry sends the same mail.
alter table participant add column mail_attempts integer default 0 not null;
alter table participant add column mail_next_attempt_at timestamp with time zone;
alter table participant add column mail_given_up_at timestamp with time zone;
alter table participant add column mail_error varchar(300);
alter table participant add column mail_base_url varchar(300);
alter table participant add column mail_language varchar(35);
create index participant_mail_retry on participant (mail_next_attempt_at);
