-- The people module's permissions, granted to the built-in roles of existing installations as their
-- defaults; a fresh installation creates the roles with these permissions already (BuiltInRoles runs
-- after the migrations). The HR department head overrides eligibility rules, as does management.
INSERT INTO app_role_permission (role_id, permission)
SELECT r.id, p.permission
FROM app_role r
JOIN (SELECT 'ADMIN' AS code, 'PEOPLE_VIEW' AS permission
      UNION ALL SELECT 'ADMIN', 'RECRUITMENT_MANAGE'
      UNION ALL SELECT 'ADMIN', 'ELIGIBILITY_OVERRIDE'
      UNION ALL SELECT 'ADMIN', 'EMPLOYEES_MANAGE'
      UNION ALL SELECT 'ADMIN', 'TRAINING_MANAGE'
      UNION ALL SELECT 'ADMIN', 'ROSTER_MANAGE'
      UNION ALL SELECT 'CHAIRMAN', 'PEOPLE_VIEW'
      UNION ALL SELECT 'CHAIRMAN', 'ELIGIBILITY_OVERRIDE'
      UNION ALL SELECT 'SECURITY_OPS', 'PEOPLE_VIEW'
      UNION ALL SELECT 'SECURITY_OPS', 'ROSTER_MANAGE'
      UNION ALL SELECT 'TRAINING', 'PEOPLE_VIEW'
      UNION ALL SELECT 'TRAINING', 'TRAINING_MANAGE'
      UNION ALL SELECT 'HR', 'PEOPLE_VIEW'
      UNION ALL SELECT 'HR', 'RECRUITMENT_MANAGE'
      UNION ALL SELECT 'HR', 'EMPLOYEES_MANAGE'
      UNION ALL SELECT 'HR', 'ELIGIBILITY_OVERRIDE'
      UNION ALL SELECT 'SUPERVISOR', 'PEOPLE_VIEW'
      UNION ALL SELECT 'SUPERVISOR', 'ROSTER_MANAGE'
      UNION ALL SELECT 'INSPECTOR', 'PEOPLE_VIEW'
      UNION ALL SELECT 'TEAM_LEADER', 'PEOPLE_VIEW'
      UNION ALL SELECT 'GUARD', 'PEOPLE_VIEW') p ON p.code = r.code
WHERE NOT EXISTS (SELECT 1 FROM app_role_permission x WHERE x.role_id = r.id AND x.permission = p.permission);
