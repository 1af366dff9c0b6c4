-- The knowledge home lists the newest items of each kind: an index serves "order by created_at desc limit 20"
-- without sorting every row of a table that holds hundreds of thousands.
create index practice_created on practice (created_at);
create index question_created on question (created_at);
create index material_created on material (created_at);
