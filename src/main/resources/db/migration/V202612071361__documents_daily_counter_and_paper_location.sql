-- Seed 003's 附件清单 numbers a day's attachments 001–004 across types, so the register draws from one daily
-- counter ("附件") instead of one per type ("附件-合同", "附件-统计", …). The new counter starts, for every day
-- that already has numbers, above the sum of that day's type counters: no number drawn before can come again.
INSERT INTO numbering_counter (series, issue_day, last_value)
SELECT '附件', issue_day, SUM(last_value)
  FROM numbering_counter
 WHERE series LIKE '附件-%'
 GROUP BY issue_day;

-- 纸质档案存放位置: where the paper original is filed (档案室, cabinet, shelf), when there is one.
ALTER TABLE doc_document ADD COLUMN paper_location VARCHAR(200);
