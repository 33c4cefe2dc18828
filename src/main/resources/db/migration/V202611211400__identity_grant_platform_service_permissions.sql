-- New permissions for the platform services (notifications, approvals, SLA, documents): granted to the
-- built-in roles of existing installations as their defaults; a fresh installation creates the roles
-- with these permissions already (BuiltInRoles runs after the migrations).
INSERT INTO app_role_permission (role_id, permission)
SELECT r.id, p.permission
FROM app_role r
JOIN (SELECT 'ADMIN' AS code, 'NOTIFICATIONS_CONFIGURE' AS permission
      UNION ALL SELECT 'ADMIN', 'APPROVALS_CONFIGURE'
      UNION ALL SELECT 'ADMIN', 'SLA_CONFIGURE'
      UNION ALL SELECT 'ADMIN', 'DOCUMENTS_VIEW'
      UNION ALL SELECT 'ADMIN', 'DOCUMENTS_MANAGE'
      UNION ALL SELECT 'ADMIN', 'DOCUMENTS_CONFIDENTIAL'
      UNION ALL SELECT 'CHAIRMAN', 'DOCUMENTS_VIEW'
      UNION ALL SELECT 'CHAIRMAN', 'DOCUMENTS_CONFIDENTIAL'
      UNION ALL SELECT 'SECURITY_OPS', 'DOCUMENTS_VIEW'
      UNION ALL SELECT 'SECURITY_OPS', 'DOCUMENTS_MANAGE'
      UNION ALL SELECT 'SECURITY_OPS', 'SLA_CONFIGURE'
      UNION ALL SELECT 'CUSTOMER_SERVICE', 'DOCUMENTS_VIEW'
      UNION ALL SELECT 'CUSTOMER_SERVICE', 'DOCUMENTS_MANAGE'
      UNION ALL SELECT 'GENERAL_AFFAIRS', 'DOCUMENTS_VIEW'
      UNION ALL SELECT 'GENERAL_AFFAIRS', 'DOCUMENTS_MANAGE'
      UNION ALL SELECT 'FINANCE', 'DOCUMENTS_VIEW'
      UNION ALL SELECT 'SUPERVISOR', 'DOCUMENTS_VIEW'
      UNION ALL SELECT 'CLIENT', 'DOCUMENTS_VIEW') p ON p.code = r.code
WHERE NOT EXISTS (SELECT 1 FROM app_role_permission x WHERE x.role_id = r.id AND x.permission = p.permission);
