package org.garrison.facilities.assets;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * What the demo data of this package shares: the two bank branches S101 福田支行 and S102 南山支行, the users who record
 * (logistics, cleaner) and today in the business zone.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoSites {

    /** The branches with demo data; the first one misses some targets, the second meets them. */
    static final List<String> CODES = List.of("S101", "S102");

    private final IdentityManagement identity;

    private final OrganisationManagement organisation;

    private final Clock clock;

    DemoSites(IdentityManagement identity, OrganisationManagement organisation, Clock clock) {
        this.identity = identity;
        this.organisation = organisation;
        this.clock = clock;
    }

    CurrentUser logistics() {
        return identity.user("logistics").orElseThrow();
    }

    CurrentUser cleaner() {
        return identity.user("cleaner").orElseThrow();
    }

    long site(String code) {
        return organisation.siteByCode(code).orElseThrow().value();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A time of a day not after now (a time later today is now less a minute), for the services' no-future rule. */
    LocalDateTime notAfterNow(LocalDate day, LocalTime time) {
        var at = day.atTime(time);
        var now = LocalDateTime.now(clock).minusMinutes(1);
        return at.isAfter(now) ? now : at;
    }

}
