-- Reminders of client-relation follow-ups: the stage a commitment was last announced at (DUE_SOON, then
-- OVERDUE), and the day a return visit was announced as due, so that each goes out once, however
-- often and on however many nodes the daily sweep runs.
ALTER TABLE con_commitment ADD COLUMN reminded_stage VARCHAR(8);
ALTER TABLE con_return_visit ADD COLUMN reminded_on DATE;
