-- A question's answer count and first-answer time count visible answers only (hidden ones were counted before).
update question set
    answer_count = (select count(*) from answer a where a.question_id = question.id and a.hidden = false),
    first_answer_at = (select min(a.created_at) from answer a where a.question_id = question.id and a.hidden = false);
