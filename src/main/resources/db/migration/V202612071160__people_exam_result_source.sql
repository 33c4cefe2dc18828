-- Moving in: a guard already on duty brings the onboarding and skills exams passed before Garrison existed. The
-- import records those passes so the on-duty gate sees the evidence; SOURCE tells them apart from scores entered or
-- taken in Garrison (NULL) because their score is not known (the pass mark is recorded, the pages show the source).
ALTER TABLE ppl_exam_result ADD COLUMN source VARCHAR(20);
ALTER TABLE ppl_exam_result ADD CONSTRAINT ppl_exam_result_source CHECK (source IN ('PRIOR_RECORDS'));
