-- Rosters check a post's minimum height against the employee's height. It was only on the applicant's screening
-- record, so staff taken over with a contract or imported had none and could not be rostered on such posts.
ALTER TABLE ppl_employee ADD COLUMN height_cm INTEGER;

UPDATE ppl_employee SET height_cm = (SELECT a.height_cm FROM ppl_applicant a WHERE a.id = ppl_employee.applicant_id)
WHERE applicant_id IS NOT NULL;
