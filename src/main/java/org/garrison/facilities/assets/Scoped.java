package org.garrison.facilities.assets;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.garrison.organisation.SiteFilter;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;

/** What the services of this package share: rows of the sites in a scope, and days and times in the business zone. */
final class Scoped {

    /** Lists show at most this many rows, newest first. */
    static final int LIST_LIMIT = 300;

    private Scoped() {
    }

    /** The rows of the scope's sites, of one of them when {@code siteId} is given. */
    static <T> Specification<T> at(SiteFilter sites, @Nullable Long siteId) {
        Specification<T> scoped = sites.on("siteId");
        return siteId == null ? scoped : scoped.and((root, query, cb) -> cb.equal(root.get("siteId"), siteId));
    }

    /** The row with this id, if it is at one of the scope's sites. */
    static <T> Specification<T> withId(SiteFilter sites, long id) {
        return Scoped.<T>at(sites, null).and((root, query, cb) -> cb.equal(root.get("id"), id));
    }

    /** The day given, or today; a day after today is refused. */
    static LocalDate day(@Nullable LocalDate day, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (day == null) {
            return today;
        }
        if (day.isAfter(today)) {
            throw new DomainException("facilities.assets.futureDay");
        }
        return day;
    }

    /** The wall-clock time given in the business zone, or now; a time after now is refused. */
    static Instant time(@Nullable LocalDateTime at, Clock clock) {
        Instant now = clock.instant();
        if (at == null) {
            return now;
        }
        Instant instant = at.atZone(clock.getZone()).toInstant();
        if (instant.isAfter(now.plusSeconds(60))) {
            throw new DomainException("facilities.assets.futureTime");
        }
        return instant;
    }

}
