-- A complaint filed in the portal waits for customer service to accept it and tell the client: its
-- running deadline is the complaint clock's response target. Complaints filed before this showed none.
UPDATE sd_complaint
SET step_due_at = (SELECT c.response_due_at FROM sla_clock c
                   WHERE c.item_type = 'COMPLAINT' AND c.item_ref = sd_complaint.number)
WHERE state = 'SUBMITTED' AND step_due_at IS NULL;
