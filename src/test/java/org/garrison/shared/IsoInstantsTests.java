package org.garrison.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantsTests {

    @ParameterizedTest
    @ValueSource(strings = { "2026-11-21T20:00:00+08:00", "2026-11-21T12:00:00Z", "2026-11-21T12:00:00.1Z",
            "2026-11-21T12:00:00.123456789Z", "2026-11-21T12:00:00.123+05:45", "2026-11-21T12:00:00-03:30",
            " 2026-11-21T12:00:00Z ", "2024-02-29T23:59:59+14:00", "2026-11-21T12:00:00-00:00", "2026-11-21T12:00Z",
            "2026-11-21t12:00:00z", "2026-11-21T12:00:00.Z", "2026-11-21T12:00:00+08:00:30", "+12026-11-21T12:00:00Z" })
    void readsWhatOffsetDateTimeReadsTheSameWay(String text) {
        assertThat(IsoInstants.parse(text)).isNotNull().isEqualTo(reference(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "2026-11-21", "2026-11-21T12:00:00", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z",
            "2025-02-29T00:00:00Z", "2026-11-21T24:00:00Z", "2026-11-21T12:60:00Z", "2026-11-21T12:00:60Z",
            "2026-11-21T12:00:00.1234567890Z", "2026-11-21T12:00:00+19:00",
            "2026-11-21T12:00:00+08:60", "2026-11-21T12:00:00+0800", "2026-11-21T12:00:00 +08:00", "2026-1a-21T12:00:00Z",
            "２０２６-11-21T12:00:00Z", "2026-11-21T12:00:00Zjunk", "yesterday" })
    void refusesWhatOffsetDateTimeRefuses(String text) {
        assertThat(reference(text)).isNull();
        assertThat(IsoInstants.parse(text)).isNull();
    }

    @Test
    void agreesWithOffsetDateTimeOnManyGeneratedTimes() {
        var random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%s", 1990 + random.nextInt(60),
                    random.nextInt(14), random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62),
                    random.nextBoolean() ? "" : "." + "123456789".substring(0, 1 + random.nextInt(9)),
                    random.nextBoolean() ? "Z" : String.format("%s%02d:%02d", random.nextBoolean() ? "+" : "-",
                            random.nextInt(20), random.nextInt(61)));
            assertThat(IsoInstants.parse(text)).as(text).isEqualTo(reference(text));
        }
    }

    private static @Nullable Instant reference(String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

}
