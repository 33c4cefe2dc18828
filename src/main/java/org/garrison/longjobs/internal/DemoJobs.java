package org.garrison.longjobs.internal;

import java.util.Locale;

import org.garrison.shared.CurrentUser;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Demo mode only: a client register export run once for the customer-service user {@code cs}. */
@Component
@Order(70)
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoJobs implements ApplicationRunner {

    private final ExportClientsJob export;

    private final JobStore store;

    private final UserDetailsService users;

    DemoJobs(ExportClientsJob export, JobStore store, UserDetailsService users) {
        this.export = export;
        this.store = store;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
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
