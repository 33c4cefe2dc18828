-- A named report made while signed in carries the account's display name and user name ("张三 (zhang.san)", up to
-- 100 + 50 characters), no longer a name typed by the reporter.
ALTER TABLE sd_whistle_report ALTER COLUMN reporter_name SET DATA TYPE VARCHAR(160);
