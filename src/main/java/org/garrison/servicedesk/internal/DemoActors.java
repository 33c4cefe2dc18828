package org.garrison.servicedesk.internal;

import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** Demo users and sites by name, and running a step as a signed-in user (approvals submit for the signed-in user). */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoActors {

    private final IdentityManagement identity;

    private final OrganisationManagement organisation;

    DemoActors(IdentityManagement identity, OrganisationManagement organisation) {
        this.identity = identity;
        this.organisation = organisation;
    }

    CurrentUser user(String username) {
        return identity.user(username).orElseThrow();
    }

    long site(String code) {
        return organisation.siteByCode(code).orElseThrow().value();
    }

    long client(String name) {
        return organisation.clientByName(name).orElseThrow().value();
    }

    void as(CurrentUser user, Runnable step) {
        var principal = (UserDetails) user;
        var before = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            step.run();
        }
        finally {
            SecurityContextHolder.setContext(before);
        }
    }

}
