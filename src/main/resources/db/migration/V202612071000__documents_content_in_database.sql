-- File content moves into the database (issue 14): files on each node's disk were not seen by other nodes and
-- were not in pg_dump. A file is rows 0..n-1 of at most garrison.documents.chunk-size bytes (256 KB), read one
-- row at a time; BYTEA is PostgreSQL's binary type and an alias of VARBINARY in H2, so one file serves both.
CREATE TABLE doc_content_chunk (
  storage_key VARCHAR(220) NOT NULL,
  seq         INTEGER NOT NULL,
  bytes       BYTEA NOT NULL,
  PRIMARY KEY (storage_key, seq)
);

-- SHA-256 (hex) of each file, taken at upload; the move job checks every copy against it. Empty for files
-- uploaded before: the move job fills it from the source.
ALTER TABLE doc_version ADD COLUMN sha256 VARCHAR(64);
ALTER TABLE doc_attachment ADD COLUMN sha256 VARCHAR(64);
