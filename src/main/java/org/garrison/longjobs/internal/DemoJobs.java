package org.garrison.longjobs.internal;

import java.util.Locale;
import java.util.Set;

import org.garrison.shared.CurrentUser;
import org.garrison.shared.StartupData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Demo mode only: a client register export run once for the customer-service user {@code cs}. */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoJobs implements StartupData {

    private final ExportClientsJob export;

    private final JobStore store;

    private final UserDetailsService users;

    DemoJobs(ExportClientsJob export, JobStore store, UserDetailsService users) {
        this.export = export;
        this.store = store;
        this.users = users;
    }

    @Override
    public String name() {
        return "longjobs.demo";
    }

    @Override
    public Set<String> after() {
        return Set.of("identity.demo", "organisation.demo");
    }

    @Override
    public void load() {
        UserDetails cs = users.loadUserByUsername("cs");
        var user = (CurrentUser) cs;
        if (store.exists(user.id(), ExportClientsJob.KIND)) {
            return;
        }
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(cs, null, cs.getAuthorities()));
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            export.start();
        }
        finally {
            LocaleContextHolder.resetLocaleContext();
            SecurityContextHolder.clearContext();
        }
    }

}
