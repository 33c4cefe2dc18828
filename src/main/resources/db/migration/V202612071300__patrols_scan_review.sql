-- A flagged scan (too fast, far from its checkpoint, device clock off) waits for a supervisor's review: accepted it
-- counts as before, rejected its checkpoint is settled as not scanned. Unflagged scans have no review (NULL).
ALTER TABLE patrol_scan ADD COLUMN review_state VARCHAR(8);
ALTER TABLE patrol_scan ADD COLUMN reviewed_by BIGINT;
ALTER TABLE patrol_scan ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE patrol_scan ADD COLUMN review_comment VARCHAR(500);
UPDATE patrol_scan SET review_state = 'OPEN' WHERE flags IS NOT NULL;
CREATE INDEX patrol_scan_by_review ON patrol_scan (review_state, site_id, scanned_at);
