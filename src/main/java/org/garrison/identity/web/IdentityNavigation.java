package org.garrison.identity.web;

import org.garrison.identity.IdentityPermissions;
import org.garrison.shared.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavEntry usersNav() {
        return new NavEntry("nav.section.admin", "nav.users", "/admin/users", IdentityPermissions.USERS_MANAGE, 10);
    }

    @Bean
    NavEntry rolesNav() {
        return new NavEntry("nav.section.admin", "nav.roles", "/admin/roles", IdentityPermissions.ROLES_MANAGE, 20);
    }

}
