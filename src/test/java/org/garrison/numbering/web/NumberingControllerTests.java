package org.garrison.numbering.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.garrison.audit.AuditPermissions;
import org.garrison.identity.IdentityPermissions;
import org.garrison.numbering.NumberingManagement;
import org.garrison.numbering.NumberingManagement.SeriesDay;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.PlatformPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class NumberingControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @BeforeEach
    void fixClock() {
        clock.fix(LocalDate.of(2026, 11, 21).atTime(10, 0));
    }

    @Autowired
    NumberingManagement numbering;

    @Test
    void monitorSeesTheLastThirtyDaysOfEverySeries() throws Exception {
        when(numbering.issuedBetween(LocalDate.of(2026, 10, 23), LocalDate.of(2026, 11, 21), NumberingController.MAX_ROWS))
            .thenReturn(List.of(new SeriesDay("附件-合同", LocalDate.of(2026, 11, 21), 3, "附件-合同-20261121-003")));
        mvc.perform(get("/admin/numbering").with(withPermissions(PlatformPermissions.SYSTEM_MONITOR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("附件-合同-20261121-003")))
            .andExpect(content().string(containsString("表单编号")));
    }

    @Test
    void apiAnswersForTheChosenDay() throws Exception {
        when(numbering.issuedBetween(eq(LocalDate.of(2026, 1, 1)), eq(LocalDate.of(2026, 1, 30)), anyInt()))
            .thenReturn(List.of(new SeriesDay("TS", LocalDate.of(2026, 1, 30), 12, "TS-20260130-0012")));
        mvc.perform(get("/api/v1/numbering").param("day", "2026-01-30").with(withPermissions(PlatformPermissions.SYSTEM_MONITOR)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].lastNumber").value("TS-20260130-0012"))
            .andExpect(jsonPath("$[0].issued").value(12));
    }

    @Test
    void malformedDayIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/numbering").param("day", "2026-02-30").with(withPermissions(PlatformPermissions.SYSTEM_MONITOR)))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void othersAreRefusedAndAnonymousIsSentAway() throws Exception {
        mvc.perform(get("/admin/numbering").with(withPermissions(AuditPermissions.AUDIT_VIEW, IdentityPermissions.USERS_MANAGE)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/numbering").with(withPermissions(OrganisationPermissions.ORG_VIEW))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/numbering")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/numbering")).andExpect(status().isUnauthorized());
        verifyNoInteractions(numbering);
    }


}
