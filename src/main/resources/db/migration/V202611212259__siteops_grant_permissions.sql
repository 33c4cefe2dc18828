-- The site-operations permissions, granted to the built-in roles of existing installations as their
-- defaults; a fresh installation creates the roles with them already (BuiltInRoles runs after migrations).
INSERT INTO app_role_permission (role_id, permission)
SELECT r.id, p.permission
FROM app_role r
JOIN (SELECT 'ADMIN' AS code, 'SITEOPS_VIEW' AS permission
      UNION ALL SELECT 'ADMIN', 'SITEOPS_RECORD'
      UNION ALL SELECT 'ADMIN', 'SITEOPS_MANAGE'
      UNION ALL SELECT 'CHAIRMAN', 'SITEOPS_VIEW'
      UNION ALL SELECT 'SECURITY_OPS', 'SITEOPS_VIEW'
      UNION ALL SELECT 'SECURITY_OPS', 'SITEOPS_RECORD'
      UNION ALL SELECT 'SECURITY_OPS', 'SITEOPS_MANAGE'
      UNION ALL SELECT 'SUPERVISOR', 'SITEOPS_VIEW'
      UNION ALL SELECT 'SUPERVISOR', 'SITEOPS_RECORD'
      UNION ALL SELECT 'SUPERVISOR', 'SITEOPS_MANAGE'
      UNION ALL SELECT 'INSPECTOR', 'SITEOPS_VIEW'
      UNION ALL SELECT 'INSPECTOR', 'SITEOPS_RECORD'
      UNION ALL SELECT 'TEAM_LEADER', 'SITEOPS_VIEW'
      UNION ALL SELECT 'TEAM_LEADER', 'SITEOPS_RECORD'
      UNION ALL SELECT 'TEAM_LEADER', 'SITEOPS_MANAGE'
      UNION ALL SELECT 'GUARD', 'SITEOPS_VIEW'
      UNION ALL SELECT 'GUARD', 'SITEOPS_RECORD') p ON p.code = r.code
WHERE NOT EXISTS (SELECT 1 FROM app_role_permission x WHERE x.role_id = r.id AND x.permission = p.permission);
