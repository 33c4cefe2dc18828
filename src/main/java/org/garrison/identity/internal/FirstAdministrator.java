package org.garrison.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.StartupData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the first administrator of a production installation from {@code GARRISON_ADMIN_USERNAME}
 * and {@code GARRISON_ADMIN_PASSWORD} (or the same as {@code --garrison.admin.username=…} arguments)
 * when no administrator exists yet. The password must meet the password policy.
 */
@Component
class FirstAdministrator implements StartupData {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserRepository users;

    private final BuiltInRoles builtInRoles;

    private final PasswordEncoder encoder;

    private final Environment environment;

    private final TransactionTemplate transactions;

    private final Clock clock;

    FirstAdministrator(UserRepository users, BuiltInRoles builtInRoles, PasswordEncoder encoder, Environment environment,
            TransactionTemplate transactions, Clock clock) {
        this.users = users;
        this.builtInRoles = builtInRoles;
        this.encoder = encoder;
        this.environment = environment;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "identity.firstAdministrator";
    }

    @Override
    public Set<String> after() {
        return Set.of("identity.roles");
    }

    @Override
    public void load() {
        String username = environment.getProperty("garrison.admin.username", environment.getProperty("GARRISON_ADMIN_USERNAME", ""));
        String password = environment.getProperty("garrison.admin.password", environment.getProperty("GARRISON_ADMIN_PASSWORD", ""));
        boolean noAdmin = users.countWithRole(BuiltInRoles.ADMIN) == 0;
        if (username.isBlank() || password.isBlank()) {
            if (noAdmin && !environment.getProperty("garrison.demo.enabled", Boolean.class, false)) {
                log.warn("No administrator exists. Set GARRISON_ADMIN_USERNAME and GARRISON_ADMIN_PASSWORD and restart to create one.");
            }
            return;
        }
        if (!noAdmin) {
            return;
        }
        List<String> problems = PasswordPolicy.violations(password, username);
        if (!problems.isEmpty()) {
            throw new DomainException(problems.get(0), PasswordPolicy.MIN_LENGTH);
        }
        transactions.executeWithoutResult(status -> {
            var admin = users.findByUsernameIgnoreCase(username).orElseGet(() -> users.save(new User(username,
                    "Administrator", encoder.encode(password), ScopeLevel.COMPANY, null, clock.instant())));
            admin.assignRoles(java.util.Set.of(builtInRoles.role(BuiltInRoles.ADMIN)));
        });
        log.info("Created the first administrator '{}'.", username);
    }

}
