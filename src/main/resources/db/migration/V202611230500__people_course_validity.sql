-- A course's pass may lapse: after validity_months a trainee must pass it again (annual refresher,
-- 复训) before the on-duty gate clears them. NULL = a pass never lapses (as before).
ALTER TABLE ppl_course ADD COLUMN validity_months INTEGER;
ALTER TABLE ppl_course ADD CONSTRAINT ppl_course_validity_range CHECK (validity_months BETWEEN 1 AND 120);
CREATE INDEX ppl_exam_result_by_course ON ppl_exam_result (course_id, employee_id);
