-- Long jobs' result files (exports, import reports) move into the database (issue 14): on disk they were only on
-- the node that ran the job, so a download through another node failed, and backups left them out. Rows of 256 KB.
CREATE TABLE long_job_result_chunk (
  result_key VARCHAR(100) NOT NULL,
  seq        INTEGER NOT NULL,
  bytes      BYTEA NOT NULL,
  PRIMARY KEY (result_key, seq)
);
