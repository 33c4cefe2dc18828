package org.garrison.identity.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.garrison.identity.IdentityPermissions;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating roles and editing the permissions they grant. */
@Service
public class Roles {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private final RoleRepository roles;

    private final UserRepository users;

    private final ApplicationEventPublisher events;

    private final PermissionRegistry registry;

    Roles(RoleRepository roles, UserRepository users, ApplicationEventPublisher events, PermissionRegistry registry) {
        this.registry = registry;
        this.roles = roles;
        this.users = users;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Role> all() {
        return roles.findAllByOrderByIdAsc();
    }

    @Transactional(readOnly = true)
    public Role get(long id) {
        var role = roles.findById(id).orElseThrow(() -> new NotFoundException("entity.role", id));
        role.getPermissions();
        return role;
    }

    @Transactional(readOnly = true)
    public long members(String code) {
        return users.countWithRole(code);
    }

    /** Number of users per role code; roles nobody holds are missing from the map. */
    @Transactional(readOnly = true)
    public Map<String, Long> memberCounts() {
        return users.countMembersByRole().stream()
            .collect(Collectors.toMap(UserRepository.RoleMembers::getCode, UserRepository.RoleMembers::getMembers));
    }

    @Transactional
    public Role create(String code, String nameZh, String nameEn, Set<Permission> permissions) {
        if (!CODE.matcher(code).matches()) {
            throw new DomainException("role.codeInvalid");
        }
        if (roles.existsByCode(code)) {
            throw new DomainException("role.codeTaken", code);
        }
        requireDeclared(permissions);
        var role = roles.save(new Role(code, nameZh.strip(), nameEn.strip(), false, permissions));
        events.publishEvent(AuditedChange.of("CREATE", "Role", role.getId(), code, null, role.snapshot()));
        return role;
    }

    @Transactional
    public void update(long id, String nameZh, String nameEn, Set<Permission> permissions) {
        var role = roles.findById(id).orElseThrow(() -> new NotFoundException("entity.role", id));
        var before = role.snapshot();
        if ("ADMIN".equals(role.getCode()) && !permissions.containsAll(Set.of(IdentityPermissions.USERS_MANAGE, IdentityPermissions.ROLES_MANAGE))) {
            throw new DomainException("role.adminMustManage");
        }
        requireDeclared(permissions);
        role.rename(nameZh.strip(), nameEn.strip());
        role.grantExactly(permissions);
        events.publishEvent(AuditedChange.of("UPDATE", "Role", id, role.getCode(), before, role.snapshot()));
    }

    /** Refuses a permission no module of this application declares (e.g. a form posted by hand). */
    private void requireDeclared(Set<Permission> permissions) {
        permissions.stream()
            .filter(permission -> !registry.isDeclared(permission))
            .findFirst()
            .ifPresent(permission -> {
                throw new DomainException("role.unknownPermission", permission.name());
            });
    }

}
