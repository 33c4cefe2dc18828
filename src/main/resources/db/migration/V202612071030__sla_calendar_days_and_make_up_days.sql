-- Calendar days get a name and a kind: a holiday (放假) or a make-up working day (调休上班, a weekend day worked in
-- exchange for a longer break), so that complaint clocks stop on 春节 and 国庆 and run on the Saturdays and Sundays
-- worked instead. The holidays of V202611211800 move here with their names; the table they were in goes.
--
-- Sources, per year:
--   2025: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 12 November 2024, published by Xinhua).
--   2026: 国务院办公厅关于2026年部分节假日安排的通知 (4 November 2025, published by Xinhua).
--   2027: the holidays already shipped by V202611211800, which names no source; they are weekdays only, match the
--         statutory holidays of 《全国年节及纪念日放假办法》 (2024 revision) widened to the usual breaks, and carry no
--         make-up days. No State Council notice for 2027 was at hand when this was written: check the year against
--         the notice and load it on the calendar's days screen (放假安排), which replaces a whole year at once.
-- Each break is stored day by day, weekend days included, as the notice announces it. Round-the-clock calendars
-- count every day, so only calendars with business hours receive the days; a day an administrator entered stays.
CREATE TABLE sla_calendar_day (
  calendar_id  BIGINT NOT NULL REFERENCES sla_calendar (id),
  on_date      DATE NOT NULL,
  working      BOOLEAN NOT NULL,
  name         VARCHAR(40) NOT NULL,
  PRIMARY KEY (calendar_id, on_date)
);

INSERT INTO sla_calendar_day (calendar_id, on_date, working, name)
SELECT h.calendar_id, h.holiday, FALSE, CASE h.holiday
  WHEN DATE '2027-01-01' THEN '元旦'
  WHEN DATE '2027-02-05' THEN '春节'
  WHEN DATE '2027-02-08' THEN '春节'
  WHEN DATE '2027-02-09' THEN '春节'
  WHEN DATE '2027-02-10' THEN '春节'
  WHEN DATE '2027-02-11' THEN '春节'
  WHEN DATE '2027-04-05' THEN '清明节'
  WHEN DATE '2027-05-03' THEN '劳动节'
  WHEN DATE '2027-05-04' THEN '劳动节'
  WHEN DATE '2027-05-05' THEN '劳动节'
  WHEN DATE '2027-06-09' THEN '端午节'
  WHEN DATE '2027-09-15' THEN '中秋节'
  WHEN DATE '2027-10-01' THEN '国庆节'
  WHEN DATE '2027-10-04' THEN '国庆节'
  WHEN DATE '2027-10-05' THEN '国庆节'
  WHEN DATE '2027-10-06' THEN '国庆节'
  WHEN DATE '2027-10-07' THEN '国庆节'
  ELSE '节假日' END
FROM sla_calendar_holiday h;

DROP TABLE sla_calendar_holiday;

INSERT INTO sla_calendar_day (calendar_id, on_date, working, name)
SELECT c.id, d.on_date, d.working, d.name
FROM sla_calendar c CROSS JOIN (VALUES
  (DATE '2025-01-01', FALSE, '元旦'),
  (DATE '2025-01-26', TRUE, '春节调休上班'),
  (DATE '2025-01-28', FALSE, '春节'),
  (DATE '2025-01-29', FALSE, '春节'),
  (DATE '2025-01-30', FALSE, '春节'),
  (DATE '2025-01-31', FALSE, '春节'),
  (DATE '2025-02-01', FALSE, '春节'),
  (DATE '2025-02-02', FALSE, '春节'),
  (DATE '2025-02-03', FALSE, '春节'),
  (DATE '2025-02-04', FALSE, '春节'),
  (DATE '2025-02-08', TRUE, '春节调休上班'),
  (DATE '2025-04-04', FALSE, '清明节'),
  (DATE '2025-04-05', FALSE, '清明节'),
  (DATE '2025-04-06', FALSE, '清明节'),
  (DATE '2025-04-27', TRUE, '劳动节调休上班'),
  (DATE '2025-05-01', FALSE, '劳动节'),
  (DATE '2025-05-02', FALSE, '劳动节'),
  (DATE '2025-05-03', FALSE, '劳动节'),
  (DATE '2025-05-04', FALSE, '劳动节'),
  (DATE '2025-05-05', FALSE, '劳动节'),
  (DATE '2025-05-31', FALSE, '端午节'),
  (DATE '2025-06-01', FALSE, '端午节'),
  (DATE '2025-06-02', FALSE, '端午节'),
  (DATE '2025-09-28', TRUE, '国庆节调休上班'),
  (DATE '2025-10-01', FALSE, '国庆节、中秋节'),
  (DATE '2025-10-02', FALSE, '国庆节、中秋节'),
  (DATE '2025-10-03', FALSE, '国庆节、中秋节'),
  (DATE '2025-10-04', FALSE, '国庆节、中秋节'),
  (DATE '2025-10-05', FALSE, '国庆节、中秋节'),
  (DATE '2025-10-06', FALSE, '国庆节、中秋节'),
  (DATE '2025-10-07', FALSE, '国庆节、中秋节'),
  (DATE '2025-10-08', FALSE, '国庆节、中秋节'),
  (DATE '2025-10-11', TRUE, '国庆节调休上班'),
  (DATE '2026-01-01', FALSE, '元旦'),
  (DATE '2026-01-02', FALSE, '元旦'),
  (DATE '2026-01-03', FALSE, '元旦'),
  (DATE '2026-01-04', TRUE, '元旦调休上班'),
  (DATE '2026-02-14', TRUE, '春节调休上班'),
  (DATE '2026-02-15', FALSE, '春节'),
  (DATE '2026-02-16', FALSE, '春节'),
  (DATE '2026-02-17', FALSE, '春节'),
  (DATE '2026-02-18', FALSE, '春节'),
  (DATE '2026-02-19', FALSE, '春节'),
  (DATE '2026-02-20', FALSE, '春节'),
  (DATE '2026-02-21', FALSE, '春节'),
  (DATE '2026-02-22', FALSE, '春节'),
  (DATE '2026-02-23', FALSE, '春节'),
  (DATE '2026-02-28', TRUE, '春节调休上班'),
  (DATE '2026-04-04', FALSE, '清明节'),
  (DATE '2026-04-05', FALSE, '清明节'),
  (DATE '2026-04-06', FALSE, '清明节'),
  (DATE '2026-05-01', FALSE, '劳动节'),
  (DATE '2026-05-02', FALSE, '劳动节'),
  (DATE '2026-05-03', FALSE, '劳动节'),
  (DATE '2026-05-04', FALSE, '劳动节'),
  (DATE '2026-05-05', FALSE, '劳动节'),
  (DATE '2026-05-09', TRUE, '劳动节调休上班'),
  (DATE '2026-06-19', FALSE, '端午节'),
  (DATE '2026-06-20', FALSE, '端午节'),
  (DATE '2026-06-21', FALSE, '端午节'),
  (DATE '2026-09-20', TRUE, '国庆节调休上班'),
  (DATE '2026-09-25', FALSE, '中秋节'),
  (DATE '2026-09-26', FALSE, '中秋节'),
  (DATE '2026-09-27', FALSE, '中秋节'),
  (DATE '2026-10-01', FALSE, '国庆节'),
  (DATE '2026-10-02', FALSE, '国庆节'),
  (DATE '2026-10-03', FALSE, '国庆节'),
  (DATE '2026-10-04', FALSE, '国庆节'),
  (DATE '2026-10-05', FALSE, '国庆节'),
  (DATE '2026-10-06', FALSE, '国庆节'),
  (DATE '2026-10-07', FALSE, '国庆节'),
  (DATE '2026-10-10', TRUE, '国庆节调休上班')
) AS d (on_date, working, name)
WHERE c.always_open = FALSE
  AND NOT EXISTS (SELECT 1 FROM sla_calendar_day e WHERE e.calendar_id = c.id AND e.on_date = d.on_date);
