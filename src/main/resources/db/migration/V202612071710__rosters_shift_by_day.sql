-- "Who is on duty now" asks for the published shifts of two service days running at an instant; the
-- (state, starts_at, ends_at) index walks every past shift for "starts_at <= now". This one bounds the walk to the two
-- days (docs/attendance-benchmark.md).
CREATE INDEX ros_shift_by_day ON ros_shift (service_day, starts_at);
