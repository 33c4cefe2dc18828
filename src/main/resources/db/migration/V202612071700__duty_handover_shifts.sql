-- A handover entry names the shifts it passes between (交接班: from-shift -> to-shift), when the published roster has
-- them: the outgoing guard's shift ending and the incoming guard's shift starting around the handover. Handover
-- completeness (shifts with an acknowledged entry / shifts) counts by the outgoing shift.
ALTER TABLE du_handover ADD COLUMN from_shift_id BIGINT;
ALTER TABLE du_handover ADD COLUMN to_shift_id BIGINT;
CREATE INDEX du_handover_by_from_shift ON du_handover (from_shift_id);
