-- An incident opened from a guard's patrol anomaly remembers the scan it came with, so that a redelivered
-- event never opens it twice.
ALTER TABLE so_incident ADD COLUMN patrol_scan_id VARCHAR(64);
CREATE UNIQUE INDEX so_incident_patrol_scan ON so_incident (patrol_scan_id);
