-- A guard's anomaly report on a tour is either a hazard (隐患, as every report before this) or an incident
-- (事件) of a type the incident form offers.
ALTER TABLE patrol_anomaly ADD COLUMN kind VARCHAR(16) DEFAULT 'HAZARD' NOT NULL;
ALTER TABLE patrol_anomaly ADD COLUMN incident_type VARCHAR(32);
