-- A job run's summary is kept as a message key of the job's module bundle and its arguments (a JSON array), so
-- that the jobs page shows it in the reader's language. Runs recorded before keep their text in detail, shown as
-- written; a failed run keeps the error there too.
ALTER TABLE job_run ADD COLUMN detail_key VARCHAR(200);
ALTER TABLE job_run ADD COLUMN detail_args VARCHAR(1000);
