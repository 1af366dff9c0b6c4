-- The participant's NIP as the roster gave it: the attendance list (daftar hadir) an office signs names it.
alter table participant add column nip varchar(18);
