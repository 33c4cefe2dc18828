-- One row per series and day; a number is drawn by incrementing the row inside the caller's
-- transaction, so the row lock serialises concurrent drawers and a rollback returns the number.
CREATE TABLE numbering_counter (
  series     VARCHAR(100) NOT NULL,
  issue_day  DATE NOT NULL,
  last_value BIGINT NOT NULL,
  PRIMARY KEY (series, issue_day)
);
