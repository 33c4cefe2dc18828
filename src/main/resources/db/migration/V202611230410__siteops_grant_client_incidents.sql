-- Client users see the incidents of their own sites (read-only): the permission is granted to the built-in
-- client and administrator roles of existing installations as their default; a fresh installation creates
-- the roles with it already (BuiltInRoles runs after the migrations).
INSERT INTO app_role_permission (role_id, permission)
SELECT r.id, p.permission
FROM app_role r
JOIN (SELECT 'ADMIN' AS code, 'CLIENT_INCIDENTS_VIEW' AS permission
      UNION ALL SELECT 'CLIENT', 'CLIENT_INCIDENTS_VIEW') p ON p.code = r.code
WHERE NOT EXISTS (SELECT 1 FROM app_role_permission x WHERE x.role_id = r.id AND x.permission = p.permission);
