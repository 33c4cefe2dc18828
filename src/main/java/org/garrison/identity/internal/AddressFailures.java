package org.garrison.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins per client address, in the database so that every node counts the same (one row per address:
 * failures in the current window and when it started; a primary-key read per sign-in, a write per failure).
 */
@Component
public class AddressFailures {

    private final JdbcClient jdbc;

    private final SignInSettings settings;

    private final Clock clock;

    AddressFailures(JdbcClient jdbc, SignInSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** How long the address is still refused, or empty while it may try. */
    @Transactional(readOnly = true)
    public Optional<Duration> refusedFor(String address) {
        Instant now = clock.instant();
        return jdbc.sql("select failures, window_start from sign_in_throttle where address = ?")
            .param(key(address))
            .query((rs, row) -> rs.getInt(1) >= settings.maxFailuresPerAddress()
                    ? rs.getObject(2, OffsetDateTime.class).toInstant().plus(settings.window()) : Instant.MIN)
            .optional()
            .filter(until -> until.isAfter(now))
            .map(until -> Duration.between(now, until));
    }

    /** Counts a failure from the address, in its current window or in a new one when the last ran out. */
    @Transactional
    public void record(String address) {
        String key = key(address);
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        OffsetDateTime windowOpenSince = now.minus(settings.window());
        for (int attempt = 0; attempt < 2; attempt++) {
            if (jdbc.sql("update sign_in_throttle set failures = failures + 1 where address = ? and window_start > ?")
                .params(key, windowOpenSince).update() == 1) {
                return;
            }
            if (jdbc.sql("update sign_in_throttle set failures = 1, window_start = ? where address = ? and window_start <= ?")
                .params(now, key, windowOpenSince).update() == 1) {
                return;
            }
            try {
                jdbc.sql("insert into sign_in_throttle (address, failures, window_start) values (?, 1, ?)")
                    .params(key, now).update();
                return;
            }
            catch (DuplicateKeyException anotherNodeWasFaster) {
                // counted on the next pass through the first update
            }
        }
    }

    /** Forgets the addresses whose window ran out; returns how many. */
    @Transactional
    public int purge() {
        return jdbc.sql("delete from sign_in_throttle where window_start <= ?")
            .param(clock.instant().minus(settings.window()).atOffset(ZoneOffset.UTC))
            .update();
    }

    private static String key(String address) {
        return address.length() > 64 ? address.substring(0, 64) : address;
    }

}
