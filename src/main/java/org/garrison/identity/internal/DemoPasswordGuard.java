package org.garrison.identity.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside demo mode, disables any demo account that still has the demo password (for a database that
 * once ran in demo mode), so no demo password ever works in production.
 */
@Component
@ConditionalOnBooleanProperty(name = "garrison.demo.enabled", havingValue = false)
class DemoPasswordGuard implements ApplicationRunner {

    static final List<String> DEMO_USERNAMES = List.of("admin", "chairman", "ops", "cs", "hr", "trainer", "logistics",
            "affairs", "finance", "supervisor", "inspector", "leader", "guard", "cleaner", "client", "client2");

    private static final Logger log = LoggerFactory.getLogger(DemoPasswordGuard.class);

    private final UserRepository users;

    private final PasswordEncoder encoder;

    DemoPasswordGuard(UserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (String username : DEMO_USERNAMES) {
            users.findByUsernameIgnoreCase(username)
                .filter(User::isEnabled)
                .filter(user -> encoder.matches(DemoAccounts.PASSWORD, user.getPasswordHash()))
                .ifPresent(user -> {
                    user.disable();
                    log.warn("Disabled account '{}': it still had the demo password.", username);
                });
        }
    }

}
