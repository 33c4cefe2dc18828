package org.garrison.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.garrison.duty.internal.Meetings;
import org.garrison.duty.internal.Meetings.NewItem;
import org.garrison.duty.internal.Talks;
import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.PeopleManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Dispatch meetings and talk records narrowed by the reader's data scope in the query: the demo supervisor (郑伟, scope
 * 第一大队) reads the whole department's meetings and his branch's, never 第二大队's, and no talk at 第二大队's sites;
 * the lists come a page at a time.
 */
@IntegrationTest
class DutyScopeIntegrationTests {

    private static final PageRequest ALL = PageRequest.of(0, 100);

    @Autowired
    Meetings meetings;

    @Autowired
    Talks talks;

    @Autowired
    IdentityManagement identity;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    PeopleManagement people;

    @Autowired
    Clock clock;

    CurrentUser ops;

    CurrentUser supervisor;

    long first;

    long second;

    LocalDate today;

    @BeforeEach
    void people() {
        ops = identity.user("ops").orElseThrow();
        supervisor = identity.user("supervisor").orElseThrow();
        first = organisation.branchByCode("B1").orElseThrow().value();
        second = organisation.branchByCode("B2").orElseThrow().value();
        today = LocalDate.now(clock);
    }

    @Test
    void aBranchScopedReaderSeesTheDepartmentsAndHisBranchsMeetingsButNotAnotherBranchs() {
        long department = record(ops, null, "全公司调度会（范围测试）");
        long own = record(ops, first, "第一大队调度会（范围测试）");
        long other = record(ops, second, "第二大队调度会（范围测试）");

        var seen = meetings.list(supervisor.scope(), ALL).map(m -> m.getId()).getContent();
        assertThat(seen).contains(department, own).doesNotContain(other);
        assertThat(meetings.list(ops.scope(), ALL).map(m -> m.getId()).getContent()).contains(department, own, other);
        assertThatThrownBy(() -> meetings.card(supervisor.scope(), other)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.addItem(supervisor, other, new NewItem("不应写入", "郑伟", today)))
            .isInstanceOf(NotFoundException.class);
        assertThat(meetings.openItems(supervisor.scope(), ALL).getContent())
            .extracting(item -> item.getMeetingId())
            .contains(own)
            .doesNotContain(other);
    }

    @Test
    void aBranchScopedUserRecordsOnlyHisBranchsMeeting() {
        assertThatThrownBy(() -> record(supervisor, second, "越权调度会")).isInstanceOf(DomainException.class)
            .hasMessage("duty.meeting.branchOutOfScope");
        assertThatThrownBy(() -> record(supervisor, null, "越权调度会")).isInstanceOf(DomainException.class)
            .hasMessage("duty.meeting.branchRequired");
        long own = record(supervisor, first, "第一大队周例会（范围测试）");
        assertThat(meetings.card(supervisor.scope(), own).meeting().getBranchId()).isEqualTo(first);
    }

    @Test
    void aBranchScopedReaderDoesNotSeeATalkAtAnotherBranchsSite() {
        long s201 = organisation.siteByCode("S201").orElseThrow().value();
        long s101 = organisation.siteByCode("S101").orElseThrow().value();
        long guard201 = people.colleaguesAt(new SiteId(s201)).get(0).id().value();
        long guard101 = people.colleaguesAt(new SiteId(s101)).get(0).id().value();
        talks.record(ops, s201, guard201, today, "第二大队谈心（范围测试）", null);
        talks.record(ops, s101, guard101, today, "第一大队谈心（范围测试）", null);

        assertThat(talks.list(supervisor.scope(), ALL).getContent()).extracting(Talks.TalkRow::topic)
            .contains("第一大队谈心（范围测试）")
            .doesNotContain("第二大队谈心（范围测试）");
        assertThat(talks.list(ops.scope(), ALL).getContent()).extracting(Talks.TalkRow::topic)
            .contains("第一大队谈心（范围测试）", "第二大队谈心（范围测试）");
    }

    @Test
    void listsComeAPageAtATime() {
        record(ops, null, "分页测试一");
        record(ops, null, "分页测试二");
        var firstPage = meetings.list(ops.scope(), PageRequest.of(0, 1));
        var secondPage = meetings.list(ops.scope(), PageRequest.of(1, 1));
        assertThat(firstPage.getContent()).hasSize(1);
        assertThat(firstPage.getTotalElements()).isGreaterThanOrEqualTo(2);
        assertThat(secondPage.getContent()).hasSize(1);
        assertThat(secondPage.getContent().get(0).getId()).isNotEqualTo(firstPage.getContent().get(0).getId());
    }

    private long record(CurrentUser user, Long branch, String agenda) {
        return meetings.record(user, branch, today, "人防部 李强", "各大队长", agenda, null,
                List.of(new NewItem(agenda + "：落实", "队长 何勇", today.plusDays(3))));
    }

}
