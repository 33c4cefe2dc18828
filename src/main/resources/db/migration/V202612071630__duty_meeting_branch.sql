-- A dispatch meeting is the whole security department's (no branch) or one branch's: readers outside that branch do
-- not see a branch's minutes and action items (data scope in the query, issue 16 follow-up).
ALTER TABLE du_meeting ADD COLUMN branch_id BIGINT;
CREATE INDEX du_meeting_branch ON du_meeting (branch_id, held_on);
