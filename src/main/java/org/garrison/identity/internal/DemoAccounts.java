package org.garrison.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.StartupData;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: one account per role of SPEC §1, all with the password {@code demo}, each with the
 * data scope its role has in a real company.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoAccounts implements StartupData {

    static final String PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final UserRepository users;

    private final BuiltInRoles roles;

    private final OrganisationManagement organisation;

    private final PasswordEncoder encoder;

    private final Environment environment;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    DemoAccounts(UserRepository users, BuiltInRoles roles, OrganisationManagement organisation, PasswordEncoder encoder,
            Environment environment, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.roles = roles;
        this.organisation = organisation;
        this.encoder = encoder;
        this.environment = environment;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "identity.demo";
    }

    @Override
    public Set<String> after() {
        return Set.of("identity.roles", "organisation.demo");
    }

    @Override
    @Transactional
    public void load() {
        long branch = organisation.branchByCode("B1").orElseThrow().value();
        long site = organisation.siteByCode("S101").orElseThrow().value();
        long bank = organisation.clientByName("鹏城银行深圳分行").orElseThrow().value();
        long park = organisation.clientByName("南山科技园物业管理有限公司").orElseThrow().value();
        String hash = null;
        for (Account account : List.of(
                new Account("admin", "系统管理员 王磊", "ADMIN", ScopeLevel.COMPANY, null),
                new Account("chairman", "董事长 陈志远", "CHAIRMAN", ScopeLevel.COMPANY, null),
                new Account("ops", "人防部 李强", "SECURITY_OPS", ScopeLevel.COMPANY, null),
                new Account("cs", "客服部 张敏", "CUSTOMER_SERVICE", ScopeLevel.COMPANY, null),
                new Account("hr", "人力资源部 刘芳", "HR", ScopeLevel.COMPANY, null),
                new Account("trainer", "培训部 赵军", "TRAINING", ScopeLevel.COMPANY, null),
                new Account("logistics", "后勤保障部 孙浩", "LOGISTICS", ScopeLevel.COMPANY, null),
                new Account("affairs", "综合部 周丽", "GENERAL_AFFAIRS", ScopeLevel.COMPANY, null),
                new Account("finance", "财务部 吴静", "FINANCE", ScopeLevel.COMPANY, null),
                new Account("supervisor", "保安主管 郑伟", "SUPERVISOR", ScopeLevel.BRANCH, branch),
                new Account("inspector", "督察 冯刚", "INSPECTOR", ScopeLevel.COMPANY, null),
                new Account("leader", "队长 何勇", "TEAM_LEADER", ScopeLevel.SITE, site),
                new Account("guard", "保安员 马超", "GUARD", ScopeLevel.OWN, site),
                new Account("cleaner", "保洁员 王芳", "SERVICE_STAFF", ScopeLevel.BRANCH, branch),
                new Account("client", "鹏城银行 林经理", "CLIENT", ScopeLevel.CLIENT, bank),
                new Account("client2", "科技园物业 黄主任", "CLIENT", ScopeLevel.CLIENT, park))) {
            if (users.existsByUsernameIgnoreCase(account.username())) {
                continue;
            }
            if (hash == null) {
                hash = encoder.encode(PASSWORD);
            }
            var user = new User(account.username(), account.displayName(), hash, account.scope(), account.refId(), clock.instant());
            user.assignRoles(Set.of(roles.role(account.role())));
            users.save(user);
            events.publishEvent(AuditedChange.of("CREATE", "User", user.getId(), user.getUsername(), null, user.snapshot()));
        }
        log.info("""

                ==================================================================
                 Garrison demo is ready: http://localhost:{}
                 Sign in as admin / demo (also chairman, ops, cs, hr, trainer,
                 logistics, affairs, finance, supervisor, inspector, leader, guard,
                 cleaner, client, client2 — all with the password demo).
                ==================================================================""",
                environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")));
    }

    private record Account(String username, String displayName, String role, ScopeLevel scope, @Nullable Long refId) {
    }

}
