-- A hazard opened from a guard's patrol anomaly remembers the scan it came with, so that a redelivered
-- event never opens it twice.
ALTER TABLE so_hazard ADD COLUMN patrol_scan_id VARCHAR(64);
CREATE UNIQUE INDEX so_hazard_patrol_scan ON so_hazard (patrol_scan_id);
