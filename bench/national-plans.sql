-- The community-list and questions-list queries as Hibernate sends them, on the national dataset:
--   psql -d kombel_bench_nation -f bench/national-plans.sql
-- The largest regency (95.03, 2,100 communities at scale 30) and province (35, 27,435). First the
-- queries as they were before issue 17 (a page by offset, then an exact count), then as they are:
-- one query for the ids up to the page and at least 1,000 of them (CommunityLists).
\set regency '''95.03'''
\set province '''35'''
\pset pager off
\echo '######## before issue 17: a page by offset, then an exact count'
\echo '== regency + level: first page'
explain (analyze, buffers, costs off) select c.id from community c where c.regency_code = :regency and c.levels like '%,SD,%'
 order by c.last_activity_at desc nulls last, c.name offset 0 rows fetch first 20 rows only;
\echo '== regency + level: count'
explain (analyze, buffers, costs off) select count(c.id) from community c where c.regency_code = :regency and c.levels like '%,SD,%';
\echo '== province: first page'
explain (analyze, buffers, costs off) select c.id from community c where c.province_code = :province
 order by c.last_activity_at desc nulls last, c.name offset 0 rows fetch first 20 rows only;
\echo '== province: count'
explain (analyze, buffers, costs off) select count(c.id) from community c where c.province_code = :province;
\echo '== province + level: third page'
explain (analyze, buffers, costs off) select c.id from community c where c.province_code = :province and c.levels like '%,SMP,%'
 order by c.last_activity_at desc nulls last, c.name offset 40 rows fetch first 20 rows only;
\echo '== province + level: count'
explain (analyze, buffers, costs off) select count(c.id) from community c where c.province_code = :province and c.levels like '%,SMP,%';
\echo '== name search, whole country: first page'
explain (analyze, buffers, costs off) select c.id from community c where lower(c.name) like '%4821%'
 order by c.last_activity_at desc nulls last, c.name offset 0 rows fetch first 20 rows only;
\echo '== name search, whole country: count'
explain (analyze, buffers, costs off) select count(c.id) from community c where lower(c.name) like '%4821%';
\echo '== name search (level and number), whole country: first page'
explain (analyze, buffers, costs off) select c.id from community c where lower(c.name) like '%smp 123%'
 order by c.last_activity_at desc nulls last, c.name offset 0 rows fetch first 20 rows only;
\echo '== name search in a province: first page'
explain (analyze, buffers, costs off) select c.id from community c where c.province_code = :province and lower(c.name) like '%482%'
 order by c.last_activity_at desc nulls last, c.name offset 0 rows fetch first 20 rows only;
\echo '######## since issue 17: the ids of a page and the capped count in one query'
\echo '== regency + level'
explain (analyze, buffers, costs off) select c.id from community c where c.regency_code = :regency and c.levels like '%,SD,%'
 order by c.last_activity_at desc nulls last, c.name, c.id fetch first 1001 rows only;
\echo '== province'
explain (analyze, buffers, costs off) select c.id from community c where c.province_code = :province
 order by c.last_activity_at desc nulls last, c.name, c.id fetch first 1001 rows only;
\echo '== province + level, third page'
explain (analyze, buffers, costs off) select c.id from community c where c.province_code = :province and c.levels like '%,SMP,%'
 order by c.last_activity_at desc nulls last, c.name, c.id fetch first 1001 rows only;
\echo '== name search, whole country'
explain (analyze, buffers, costs off) select c.id from community c where lower(c.name) like '%4821%'
 order by c.last_activity_at desc nulls last, c.name, c.id fetch first 1001 rows only;
\echo '== name search (level and number), whole country'
explain (analyze, buffers, costs off) select c.id from community c where lower(c.name) like '%smp 123%'
 order by c.last_activity_at desc nulls last, c.name, c.id fetch first 1001 rows only;
\echo '== name search in a province'
explain (analyze, buffers, costs off) select c.id from community c where c.province_code = :province and lower(c.name) like '%482%'
 order by c.last_activity_at desc nulls last, c.name, c.id fetch first 1001 rows only;
\echo '== a name every community has (the index order wins over the trigram)'
explain (analyze, buffers, costs off) select c.id from community c where lower(c.name) like '%kombel%'
 order by c.last_activity_at desc nulls last, c.name, c.id fetch first 1001 rows only;
\echo '== a community''s questions (member of community 1234): first page'
explain (analyze, buffers, costs off) select q.id, q.title, q.author_name, q.created_at, q.answer_count, q.accepted_answer_id
 from question q where q.community_id = 1234 and q.hidden = false
 and (q.visibility = 'PUBLIC' or q.author_id = 5 or (q.visibility = 'COMMUNITY' and q.community_id in (1234)))
 order by q.id desc fetch first 21 rows only;
