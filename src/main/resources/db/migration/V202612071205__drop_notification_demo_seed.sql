-- The demo's sample alerts named records that no module makes (work orders, expense claims): they are gone, and so is
-- the table that marked them as loaded. The demo's alerts are now those its own data raises (patrol tours, approvals).
DROP TABLE notification_demo_seed;
