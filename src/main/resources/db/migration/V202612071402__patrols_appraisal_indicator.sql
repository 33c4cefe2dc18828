-- Which reading of 巡逻到位率 the company appraises by: ON_TIME (按时到位率, as before) or PRESENCE
-- ((应巡 − 漏巡) / 应巡, punctuality apart). One row, changed by whoever configures patrols.
CREATE TABLE patrol_appraisal_setting (
  id          INTEGER NOT NULL PRIMARY KEY,
  indicator   VARCHAR(16) NOT NULL,
  updated_by  BIGINT,
  updated_at  TIMESTAMP WITH TIME ZONE
);
INSERT INTO patrol_appraisal_setting (id, indicator) VALUES (1, 'ON_TIME');
