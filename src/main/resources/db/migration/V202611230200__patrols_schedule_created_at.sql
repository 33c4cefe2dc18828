-- When a schedule was made: after a downtime the planner plans the windows it missed (so they are settled and
-- missed checkpoints alerted), but never windows from before the schedule existed. Schedules made before this
-- change count as made now.
ALTER TABLE patrol_schedule ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
UPDATE patrol_schedule SET created_at = CURRENT_TIMESTAMP;
ALTER TABLE patrol_schedule ALTER COLUMN created_at SET NOT NULL;
