-- Every province and every regency/city has its education office (Dinas Pendidikan).
insert into education_office (kind, region_code, name)
select 'PROVINCE', code, 'Dinas Pendidikan Provinsi ' || name from region where level = 'PROVINCE';

insert into education_office (kind, region_code, name)
select 'REGENCY', code, 'Dinas Pendidikan ' || name from region where level = 'REGENCY';
