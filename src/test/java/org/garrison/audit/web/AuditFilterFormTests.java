package org.garrison.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AuditFilterFormTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void readsDatesAsWholeDaysInTheServerZoneWithTheEndDayIncluded() {
        var filter = new AuditFilterForm(null, null, null, null, "2026-11-01", "2026-11-21").toFilter(SHANGHAI);

        assertThat(filter.from()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(filter.to()).isEqualTo(Instant.parse("2026-11-21T16:00:00Z"));
    }

    @Test
    void acceptsTheSameDayAsStartAndEnd() {
        var filter = new AuditFilterForm(null, null, null, null, "2026-11-21", "2026-11-21").toFilter(SHANGHAI);

        assertThat(filter.from()).isEqualTo(Instant.parse("2026-11-20T16:00:00Z"));
        assertThat(filter.to()).isEqualTo(Instant.parse("2026-11-21T16:00:00Z"));
    }

    @Test
    void leavesBlankCriteriaOpen() {
        var filter = new AuditFilterForm(" ", "", null, null, " ", null).toFilter(SHANGHAI);

        assertThat(filter.from()).isNull();
        assertThat(filter.to()).isNull();
    }

    @Test
    void refusesAMalformedDateWithTheValueInTheMessage() {
        assertThatExceptionOfType(BadFilterException.class)
            .isThrownBy(() -> new AuditFilterForm(null, null, null, null, "2026-13-45", null).toFilter(SHANGHAI))
            .satisfies(ex -> {
                assertThat(ex.messageKey()).isEqualTo("audit.filter.badDate");
                assertThat(ex.arguments()).containsExactly("2026-13-45");
            });
    }

    @Test
    void refusesAStartAfterTheEnd() {
        assertThatExceptionOfType(BadFilterException.class)
            .isThrownBy(() -> new AuditFilterForm(null, null, null, null, "2026-11-22", "2026-11-21").toFilter(SHANGHAI))
            .extracting(BadFilterException::messageKey)
            .isEqualTo("audit.filter.fromAfterTo");
    }

    @Test
    void keepsOnlyTheGivenCriteriaInLinks() {
        var query = new AuditFilterForm(" ops ", "UPDATE", "", null, "2026-11-01", " ").toQuery();

        assertThat(query.toSingleValueMap()).containsExactly(Map.entry("actor", "ops"),
                Map.entry("action", "UPDATE"), Map.entry("from", "2026-11-01"));
    }

}
