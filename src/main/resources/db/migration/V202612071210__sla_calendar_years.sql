-- Whether a calendar's year of holidays and make-up working days was loaded from the State Council's notice (放假
-- 安排), and when administrators were last reminded that it was not. A year counts as loaded once it was replaced as a
-- whole on the days screen or over the API (as the notice is pasted in); days added one at a time do not make it so.
-- 2025 and 2026 were shipped from their notices (V202612071030); 2027 was not, as no notice was at hand, so a calendar
-- with business hours reminds its administrators until someone loads it.
CREATE TABLE sla_calendar_year (
  calendar_id   BIGINT NOT NULL REFERENCES sla_calendar (id),
  on_year       INT NOT NULL,
  loaded_at     TIMESTAMP WITH TIME ZONE,
  reminded_at   TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (calendar_id, on_year)
);

INSERT INTO sla_calendar_year (calendar_id, on_year, loaded_at)
SELECT c.id, y.on_year, CURRENT_TIMESTAMP
FROM sla_calendar c CROSS JOIN (VALUES (2025), (2026)) AS y (on_year)
WHERE c.always_open = FALSE;
