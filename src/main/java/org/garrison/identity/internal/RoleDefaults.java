package org.garrison.identity.internal;

import java.util.Set;

import org.garrison.shared.StartupData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On every start: the built-in roles exist and hold the default permissions the modules declare that
 * this installation has not met before (see {@link BuiltInRoles}).
 */
@Component
class RoleDefaults implements StartupData {

    private static final Logger log = LoggerFactory.getLogger(RoleDefaults.class);

    private final BuiltInRoles roles;

    RoleDefaults(BuiltInRoles roles) {
        this.roles = roles;
    }

    @Override
    public String name() {
        return "identity.roles";
    }

    @Override
    public Set<String> after() {
        return Set.of();
    }

    @Override
    public void load() {
        int granted = roles.ensurePresent();
        if (granted > 0) {
            log.info("Granted {} default permissions to the built-in roles", granted);
        }
    }

}
