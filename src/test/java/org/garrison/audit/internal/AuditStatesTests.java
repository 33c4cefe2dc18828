package org.garrison.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class AuditStatesTests {

    private final AuditStates states = new AuditStates(JsonMapper.builder().build());

    @Test
    void marksTheFieldsAChangeAlteredAndSortsThemByName() {
        var diff = states.diff(entry("{\"name\":\"南山大队\",\"code\":\"B1\",\"active\":true}",
                "{\"name\":\"南山一大队\",\"code\":\"B1\",\"phone\":\"0755-1234\"}")).orElseThrow();

        assertThat(diff.hasBefore()).isTrue();
        assertThat(diff.hasAfter()).isTrue();
        assertThat(diff.fields()).containsExactly(
                new StateDiff.Field("active", "true", null, true),
                new StateDiff.Field("code", "B1", "B1", false),
                new StateDiff.Field("name", "南山大队", "南山一大队", true),
                new StateDiff.Field("phone", null, "0755-1234", true));
    }

    @Test
    void highlightsNothingWhenARecordWasCreated() {
        var diff = states.diff(entry(null, "{\"name\":\"S101\",\"posts\":[\"gate\",\"lobby\"]}")).orElseThrow();

        assertThat(diff.hasBefore()).isFalse();
        assertThat(diff.fields()).containsExactly(new StateDiff.Field("name", null, "S101", false),
                new StateDiff.Field("posts", null, "[\"gate\",\"lobby\"]", false));
    }

    @Test
    void showsAFieldWrittenAsTheWordNullAsEmpty() {
        var diff = states.diff(entry(null, "{\"postId\":\"null\",\"siteId\":3}")).orElseThrow();

        assertThat(diff.fields()).containsExactly(new StateDiff.Field("postId", null, null, false),
                new StateDiff.Field("siteId", null, "3", false));
    }

    @Test
    void hasNoFieldsForAnEntryWithoutState() {
        var diff = states.diff(entry(null, null)).orElseThrow();

        assertThat(diff.fields()).isEmpty();
    }

    @Test
    void refusesToCompareAStateThatWasStoredShortened() {
        assertThat(states.diff(entry("{\"name\":\"abc", "{\"name\":\"abcd\"}"))).isEmpty();
        assertThat(states.fields("{\"name\":\"abc")).isEmpty();
    }

    private static AuditEntry entry(String before, String after) {
        return new AuditEntry(Instant.now(), 1L, "admin", "UPDATE", "Branch", "1", "test", before, after, null);
    }

}
