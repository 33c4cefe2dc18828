-- New guard-tour permissions granted to the built-in roles of existing installations as their defaults;
-- a fresh installation creates the roles with them already (BuiltInRoles runs after the migrations).
INSERT INTO app_role_permission (role_id, permission)
SELECT r.id, p.permission
FROM app_role r
JOIN (SELECT 'ADMIN' AS code, 'PATROL_CONFIGURE' AS permission
      UNION ALL SELECT 'ADMIN', 'PATROL_SCAN'
      UNION ALL SELECT 'ADMIN', 'PATROL_MONITOR'
      UNION ALL SELECT 'CHAIRMAN', 'PATROL_MONITOR'
      UNION ALL SELECT 'SECURITY_OPS', 'PATROL_CONFIGURE'
      UNION ALL SELECT 'SECURITY_OPS', 'PATROL_MONITOR'
      UNION ALL SELECT 'SUPERVISOR', 'PATROL_MONITOR'
      UNION ALL SELECT 'INSPECTOR', 'PATROL_MONITOR'
      UNION ALL SELECT 'TEAM_LEADER', 'PATROL_CONFIGURE'
      UNION ALL SELECT 'TEAM_LEADER', 'PATROL_MONITOR'
      UNION ALL SELECT 'TEAM_LEADER', 'PATROL_SCAN'
      UNION ALL SELECT 'GUARD', 'PATROL_SCAN') p ON p.code = r.code
WHERE NOT EXISTS (SELECT 1 FROM app_role_permission x WHERE x.role_id = r.id AND x.permission = p.permission);
