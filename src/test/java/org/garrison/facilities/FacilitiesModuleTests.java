package org.garrison.facilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.garrison.contracts.ContractsManagement;
import org.garrison.facilities.workorders.Category;
import org.garrison.facilities.workorders.NewWorkOrder;
import org.garrison.facilities.workorders.Priority;
import org.garrison.facilities.workorders.Source;
import org.garrison.facilities.workorders.WorkOrders;
import org.garrison.identity.IdentityManagement;
import org.garrison.identity.IdentityManagement.Holder;
import org.garrison.numbering.NumberingManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.SiteFilter;
import org.garrison.platform.security.TestPrincipals;
import org.garrison.servicedesk.ServiceDeskManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;
import org.garrison.sla.SlaBreached;
import org.garrison.sla.SlaClockView;
import org.garrison.sla.SlaManagement;
import org.garrison.sla.SlaState;
import org.garrison.sla.SlaTarget;
import org.garrison.testsupport.ModuleTestBeans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Facility services on their own, the modules they ask mocked: a filed work order tells logistics (and management for a
 * major fault); a breach of its clock, published by the SLA module, marks it overdue and tells its assignee.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE)
@Import(ModuleTestBeans.class)
@TestPropertySource(properties = "garrison.demo.enabled=false")
class FacilitiesModuleTests {

    private static final SiteId SITE = new SiteId(11);

    private static final long CLEANER = 77;

    @Autowired
    WorkOrders orders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @MockitoBean
    OrganisationManagement organisation;

    @MockitoBean
    IdentityManagement identity;

    @MockitoBean
    NumberingManagement numbering;

    @MockitoBean
    SlaManagement sla;

    @MockitoBean
    ContractsManagement contracts;

    @MockitoBean
    ServiceDeskManagement serviceDesk;

    @MockitoBean
    AuthenticationManager authenticationManager;

    private int numbers;

    @BeforeEach
    void neighbours() {
        var everySite = mock(SiteFilter.class);
        when(everySite.on(anyString())).thenReturn((Specification<Object>) (root, query, cb) -> cb.conjunction());
        when(organisation.siteFilter(any())).thenReturn(everySite);
        when(organisation.covers(any(), any())).thenReturn(true);
        when(organisation.clientsOfSites(any(), any())).thenAnswer(call -> {
            var clients = new java.util.HashMap<SiteId, Long>();
            call.<java.util.Collection<SiteId>>getArgument(1).forEach(site -> clients.put(site, null));
            return clients;
        });
        when(identity.holders(any())).thenReturn(List.of(new Holder(new UserId(CLEANER), "保洁员 王芳", new DataScope(ScopeLevel.BRANCH, 1L, CLEANER))));
        when(numbering.next(any(org.garrison.numbering.Series.class), any())).thenAnswer(call -> "GD-20261208-9" + (++numbers) + System.nanoTime() % 1000);
        when(sla.start(anyString(), anyString(), anyString(), any(), any())).thenAnswer(call -> clock(call.getArgument(1), call.getArgument(3)));
    }

    private static SlaClockView clock(String ref, Instant at) {
        return new SlaClockView("WORK_ORDER", ref, "CLEANING_REQUEST", SITE, SlaState.RUNNING, at, Duration.ZERO,
                at.plus(Duration.ofHours(2)), at.plus(Duration.ofHours(24)), null, null, Duration.ofHours(2), Duration.ofHours(24),
                false, false, 0);
    }

    private static NewWorkOrder request(Priority priority) {
        return new NewWorkOrder(SITE.value(), Category.ELECTRICAL_FAULT, priority, Source.PHONE, null, "配电间", "跳闸");
    }

    @Test
    void aFiledWorkOrderTellsLogisticsAndAMajorFaultManagementToo(Scenario scenario) {
        var logistics = TestPrincipals.principal(ScopeLevel.COMPANY, null);
        scenario.stimulate(() -> orders.file(logistics, request(Priority.MAJOR)))
            .andWaitForEventOfType(NotificationRequested.class)
            .matching(notice -> notice.kind().equals("facilities.workOrder.filed"))
            .toArriveAndVerify(notice -> {
                assertThat(notice.roleCodes()).containsExactlyInAnyOrder("LOGISTICS", "CHAIRMAN");
                assertThat(notice.siteId()).isEqualTo(SITE);
                assertThat(notice.args()).contains("#facilities.category.ELECTRICAL_MAJOR", "配电间");
            });
    }

    @Test
    void aBreachOfItsClockMarksTheOrderOverdueAndTellsItsAssignee(Scenario scenario) {
        var logistics = TestPrincipals.principal(ScopeLevel.COMPANY, null);
        var order = orders.file(logistics, request(Priority.NORMAL));
        orders.assign(logistics, order.getId(), CLEANER);
        scenario.publish(new SlaBreached("WORK_ORDER", order.getClockRef(), "ELECTRICAL_FAULT", SlaTarget.RESPONSE,
                clock.instant(), 1, SITE, clock.instant()))
            .andWaitForEventOfType(NotificationRequested.class)
            .matching(notice -> notice.kind().equals("facilities.workOrder.late"))
            .toArriveAndVerify(notice -> assertThat(notice.userIds()).isEqualTo(Set.of(new UserId(CLEANER))));
        assertThat(jdbc.sql("SELECT overdue FROM fa_work_order WHERE id = ?").param(order.getId()).query(Boolean.class).single())
            .isTrue();
    }

}
