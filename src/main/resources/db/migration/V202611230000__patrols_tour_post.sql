-- A tour planned from a schedule walked by a post (岗位) carries the post, so the guard's phone shows it to
-- whoever holds that post. Tours planned before this change take the post of their schedule.
ALTER TABLE patrol_tour ADD COLUMN post_id BIGINT;
UPDATE patrol_tour SET post_id = (SELECT s.post_id FROM patrol_schedule s WHERE s.id = patrol_tour.schedule_id);
