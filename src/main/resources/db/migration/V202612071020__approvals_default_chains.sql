-- The approval chains a company needs on day one, so that drafting a complaint's compensation (and, once their
-- modules exist, filing an expense claim, a requisition, a reward or penalty, or an appeal) works in production and
-- not only with demo data. Administrators edit them on the chain screen; an installation that defined a chain of
-- the same type already keeps its own. Steps per docs RULES (seeds 000/001/002):
--   COMPLAINT_COMPENSATION  客服部 → 财务部 → 董事长 from ¥1,000 (SPEC §3.6/3.8: no answer beyond one's authority)
--   EXPENSE_CLAIM           综合部审核 → 财务部审查合法性 → 董事长批准 (every claim, 001 L25-29) → 财务部统一发放;
--                           a late claim's 董事长批示 is covered because the chairman approves every claim
--   REQUISITION             后勤保障部 → 综合部 → 董事长 from ¥5,000 (领用申请表, collected at 后勤保障部)
--   REWARD_PENALTY          人防部 → 董事长 for ¥ > 200 or a group-wide commendation (通报表彰, flag groupCommendation)
--   APPEAL                  申诉处理小组 (人力资源部 investigates, 董事长 decides), 000 §六.3
INSERT INTO approval_chain (request_type, label_zh, label_en)
SELECT c.request_type, c.label_zh, c.label_en
FROM (VALUES
  ('COMPLAINT_COMPENSATION', '客诉赔偿', 'Complaint compensation'),
  ('EXPENSE_CLAIM',          '费用报销', 'Expense claim'),
  ('REQUISITION',            '物资领用', 'Requisition'),
  ('REWARD_PENALTY',         '奖惩',     'Reward or penalty'),
  ('APPEAL',                 '申诉',     'Appeal')
) AS c (request_type, label_zh, label_en)
WHERE NOT EXISTS (SELECT 1 FROM approval_chain e WHERE e.request_type = c.request_type);

INSERT INTO approval_chain_step (chain_id, step_no, role_code, amount_above, required_flag, label)
SELECT ch.id, s.step_no, s.role_code, s.amount_above, s.required_flag, s.label
FROM (VALUES
  ('COMPLAINT_COMPENSATION', 0, 'CUSTOMER_SERVICE', CAST(NULL AS NUMERIC(14, 2)), CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(100))),
  ('COMPLAINT_COMPENSATION', 1, 'FINANCE',          NULL,    NULL,                NULL),
  ('COMPLAINT_COMPENSATION', 2, 'CHAIRMAN',         1000.00, NULL,                NULL),
  ('EXPENSE_CLAIM',          0, 'GENERAL_AFFAIRS',  NULL,    NULL,                '综合部审核'),
  ('EXPENSE_CLAIM',          1, 'FINANCE',          NULL,    NULL,                '财务部审查'),
  ('EXPENSE_CLAIM',          2, 'CHAIRMAN',         NULL,    NULL,                '董事长批准'),
  ('EXPENSE_CLAIM',          3, 'FINANCE',          NULL,    NULL,                '财务部发放'),
  ('REQUISITION',            0, 'LOGISTICS',        NULL,    NULL,                NULL),
  ('REQUISITION',            1, 'GENERAL_AFFAIRS',  NULL,    NULL,                NULL),
  ('REQUISITION',            2, 'CHAIRMAN',         5000.00, NULL,                NULL),
  ('REWARD_PENALTY',         0, 'SECURITY_OPS',     NULL,    NULL,                NULL),
  ('REWARD_PENALTY',         1, 'CHAIRMAN',         200.00,  NULL,                '董事长审批'),
  ('REWARD_PENALTY',         2, 'CHAIRMAN',         NULL,    'groupCommendation', '董事长审批'),
  ('APPEAL',                 0, 'HR',               NULL,    NULL,                '申诉处理小组调查'),
  ('APPEAL',                 1, 'CHAIRMAN',         NULL,    NULL,                '申诉处理小组决定')
) AS s (request_type, step_no, role_code, amount_above, required_flag, label)
JOIN approval_chain ch ON ch.request_type = s.request_type
WHERE NOT EXISTS (SELECT 1 FROM approval_chain_step e WHERE e.chain_id = ch.id);
