package org.garrison.contracts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.garrison.contracts.TestClients;
import org.garrison.contracts.internal.Commitment.Reminder;
import org.garrison.contracts.internal.Commitment.Source;
import org.garrison.contracts.internal.ReturnVisit.Method;
import org.garrison.organisation.internal.ClientStatus;
import org.garrison.organisation.internal.Clients;
import org.garrison.organisation.internal.Clients.ClientDetails;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotificationRequested;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The daily follow-up sweep on the real database, run twice a day as two nodes might: customer service
 * hear once that a commitment is due soon, once that it is overdue, and once per due return visit.
 */
@IntegrationTest
@RecordApplicationEvents
class FollowUpSweepIntegrationTests {

    static final DataScope COMPANY = DataScope.company(0);

    static final LocalDate DAY = LocalDate.of(2031, 3, 10);

    @Autowired
    FollowUpSweep sweep;

    @Autowired
    ClientRelations relations;

    @Autowired
    Clients clientRecords;

    @Test
    void eachCommitmentStageAndEachDueReturnVisitIsAnnouncedOnceHoweverOftenTheSweepRuns(ApplicationEvents events) {
        String name = TestClients.name();
        long client = clientRecords.create(new ClientDetails(name, "会展", null, null, ClientStatus.PROSPECT, null, null))
            .getId();
        var visit = relations.planVisit(COMPANY, client, "季度回顾", "王经理", DAY.minusDays(10), "客服部 李敏");
        var soon = relations.commit(COMPANY, Source.VISIT, visit.getId(), "调整夜间巡逻计划", "人防部 陈刚", DAY.plusDays(3));
        var later = relations.commit(COMPANY, Source.VISIT, visit.getId(), "节假日大堂加岗", "人防部 陈刚", DAY.plusDays(10));
        var kept = relations.commit(COMPANY, Source.VISIT, visit.getId(), "放置防滑垫", "后勤保障部 赵强", DAY.plusDays(1));
        relations.keep(COMPANY, kept.getId(), "已放置");
        var phone = relations.scheduleReturnVisit(COMPANY, client, Method.PHONE, DAY, 1);
        relations.scheduleReturnVisit(COMPANY, client, Method.ON_SITE, DAY.plusDays(5), null);

        twice(DAY);
        assertThat(notices(events, name)).containsExactlyInAnyOrder("commitment.notice.dueSoon:调整夜间巡逻计划",
                "returnVisit.notice.due.PHONE");

        twice(DAY.plusDays(3));
        twice(DAY.plusDays(4));
        assertThat(notices(events, name)).containsExactlyInAnyOrder("commitment.notice.dueSoon:调整夜间巡逻计划",
                "returnVisit.notice.due.PHONE", "commitment.notice.overdue:调整夜间巡逻计划");

        relations.returnVisitDone(COMPANY, phone.getId(), "客户满意", true);
        twice(DAY.plusDays(5));
        twice(DAY.plusDays(7));
        twice(DAY.plusDays(12));
        assertThat(notices(events, name)).containsExactlyInAnyOrder("commitment.notice.dueSoon:调整夜间巡逻计划",
                "returnVisit.notice.due.PHONE", "commitment.notice.overdue:调整夜间巡逻计划",
                "returnVisit.notice.due.ON_SITE", "commitment.notice.dueSoon:节假日大堂加岗",
                "commitment.notice.overdue:节假日大堂加岗");
        assertThat(events.stream(NotificationRequested.class).filter(n -> n.args().get(0).equals(name)))
            .allSatisfy(n -> {
                assertThat(n.roleCodes()).containsExactly("CUSTOMER_SERVICE");
                assertThat(n.link()).startsWith("/contracts/clients/" + client + "#dossier-");
            });
        var dossier = relations.dossier(COMPANY, client);
        assertThat(dossier.commitments()).filteredOn(c -> c.getId().equals(soon.getId()))
            .singleElement()
            .satisfies(c -> assertThat(c.getRemindedStage()).isEqualTo(Reminder.OVERDUE));
        assertThat(dossier.commitments()).filteredOn(c -> c.getId().equals(later.getId()))
            .singleElement()
            .satisfies(c -> assertThat(c.getRemindedStage()).isEqualTo(Reminder.OVERDUE));
    }

    private void twice(LocalDate day) {
        sweep.sweep(day);
        sweep.sweep(day);
    }

    private static List<String> notices(ApplicationEvents events, String client) {
        return events.stream(NotificationRequested.class)
            .filter(n -> !n.args().isEmpty() && n.args().get(0).equals(client))
            .map(n -> n.subjectKey().startsWith("commitment.") ? n.subjectKey() + ":" + n.args().get(1) : n.subjectKey())
            .toList();
    }

}
