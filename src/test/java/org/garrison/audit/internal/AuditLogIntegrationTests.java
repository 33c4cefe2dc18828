package org.garrison.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.garrison.audit.AuditTestData.change;
import static org.garrison.audit.AuditTestData.unique;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;

import org.garrison.shared.AuditedChange;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

@IntegrationTest
class AuditLogIntegrationTests {

    private static final DataScope COMPANY = DataScope.company(1);

    private static final Instant NOON = Instant.parse("2003-05-06T12:00:00Z");

    @Autowired
    AuditLog log;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void findsAnActorIgnoringCaseNewestFirst() {
        String actor = unique("Filter-Actor");
        events.publishEvent(change(NOON, actor, "CREATE", "Post", "90001", "first", null, Map.of("name", "门岗")));
        events.publishEvent(change(NOON.plusSeconds(60), actor, "UPDATE", "Post", "90001", "second", null, null));

        var page = log.search(filter(actor.toUpperCase(), null, null, null, null, null), COMPANY, 0, 50);

        assertThat(page.getContent()).extracting(AuditEntry::getSummary).containsExactly("second", "first");
    }

    @Test
    void narrowsByActionAndByRecord() {
        String actor = unique("filter-record");
        events.publishEvent(change(NOON, actor, "CREATE", "Client", "90008", "client created", null, null));
        events.publishEvent(change(NOON, actor, "UPDATE", "Client", "90008", "client changed", null, null));
        events.publishEvent(change(NOON, actor, "UPDATE", "Client", "90009", "other client", null, null));
        events.publishEvent(change(NOON, actor, "UPDATE", "Site", "90008", "site with the same id", null, null));

        assertThat(log.search(filter(actor, "UPDATE", "Client", "90008", null, null), COMPANY, 0, 50).getContent())
            .extracting(AuditEntry::getSummary).containsExactly("client changed");
        assertThat(log.search(filter(actor, null, "Client", null, null, null), COMPANY, 0, 50).getTotalElements()).isEqualTo(3);
        assertThat(log.search(filter(actor, "CREATE", null, null, null, null), COMPANY, 0, 50).getContent())
            .extracting(AuditEntry::getSummary).containsExactly("client created");
    }

    @Test
    void includesTheStartAndExcludesTheEndOfATimeRange() {
        String actor = unique("filter-range");
        Instant from = Instant.parse("2003-05-06T00:00:00Z");
        Instant to = Instant.parse("2003-05-07T00:00:00Z");
        events.publishEvent(change(from.minusMillis(1), actor, "UPDATE", "Site", "90001", "just before", null, null));
        events.publishEvent(change(from, actor, "UPDATE", "Site", "90001", "at the start", null, null));
        events.publishEvent(change(to.minusMillis(1), actor, "UPDATE", "Site", "90001", "at the end", null, null));
        events.publishEvent(change(to, actor, "UPDATE", "Site", "90001", "just after", null, null));

        var page = log.search(filter(actor, null, null, null, from, to), COMPANY, 0, 50);

        assertThat(page.getContent()).extracting(AuditEntry::getSummary).containsExactly("at the end", "at the start");
    }

    @Test
    void showsAReaderWithANarrowerScopeOnlyTheirOwnActions() {
        String actor = unique("filter-scope");
        events.publishEvent(new AuditedChange(NOON, 880001L, actor, "UPDATE", "Site", "90001", "own", null, null));
        events.publishEvent(new AuditedChange(NOON, 880002L, actor, "UPDATE", "Site", "90001", "somebody else's", null, null));
        var branch = new DataScope(ScopeLevel.BRANCH, 1L, 880001L);

        var page = log.search(filter(actor, null, null, null, null, null), branch, 0, 50);

        assertThat(page.getContent()).extracting(AuditEntry::getSummary).containsExactly("own");
        long hidden = log.search(filter(actor, null, null, null, null, null), COMPANY, 0, 50).getContent().stream()
            .filter(entry -> entry.getActorId() == 880002L).findFirst().orElseThrow().getId();
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> log.entry(hidden, branch));
        assertThat(log.entry(hidden, COMPANY).getSummary()).isEqualTo("somebody else's");
    }

    @Test
    void exportsTheMatchingEntriesNewestFirst() {
        String actor = unique("filter-export");
        for (int i = 0; i < 3; i++) {
            events.publishEvent(change(NOON.plusSeconds(i), actor, "UPDATE", "Role", "90003", "change " + i, null, null));
        }
        var exported = new ArrayList<String>();

        int count = log.export(filter(actor, null, null, null, null, null), COMPANY, entry -> exported.add(entry.getSummary()));

        assertThat(count).isEqualTo(3);
        assertThat(exported).containsExactly("change 2", "change 1", "change 0");
    }

    private static AuditLog.Filter filter(String actor, String action, String entityType, String entityId, Instant from,
            Instant to) {
        return new AuditLog.Filter(actor, action, entityType, entityId, from, to);
    }

}
