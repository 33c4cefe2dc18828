package org.garrison.servicedesk.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.servicedesk.internal.ComplaintRates;
import org.garrison.servicedesk.internal.ComplaintRegisterForm;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The printable register form (internal) and the complaint rate (as the statistics page: a client its own sites). */
@WebSliceTest
class ComplaintFormAndRateApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ComplaintRegisterForm form;

    @Autowired
    ComplaintRates rates;

    @Test
    void staffPrintTheFormAndAClientIsRefused() throws Exception {
        when(form.pdf(any(), eq(5L), any())).thenReturn("%PDF-1.7".getBytes());
        mvc.perform(get("/api/v1/servicedesk/complaints/5/form.pdf").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_INVESTIGATE)))
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/servicedesk/complaints/5/form.pdf").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE)))
            .andExpect(status().isOk());
        mvc.perform(get("/api/v1/servicedesk/complaints/5/form.pdf").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/servicedesk/complaints/5/form.pdf")).andExpect(status().isUnauthorized());
    }

    @Test
    void theRateOfAMonthPerSiteAgainstTheTarget() throws Exception {
        var november = YearMonth.of(2026, 11);
        when(rates.month("2026-11")).thenReturn(november);
        when(rates.target()).thenReturn(BigDecimal.ONE);
        when(rates.month(any(), eq(november))).thenReturn(new ComplaintRates.MonthRates(november, 2, 240, new BigDecimal("0.83"),
                true, 1, 1, new BigDecimal("100.0"),
                List.of(new ComplaintRates.SiteRate(7, "鹏城银行福田支行", 2, 240, new BigDecimal("0.83"), true))));
        mvc.perform(get("/api/v1/servicedesk/complaints/rate").param("month", "2026-11")
                .with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.month").value("2026-11"))
            .andExpect(jsonPath("$.rate").value(0.83))
            .andExpect(jsonPath("$.sites[0].serviceShifts").value(240))
            .andExpect(jsonPath("$.sites[0].meetsTarget").value(true));
    }

    @Test
    void aGarbledMonthIsRefusedInChineseAndReadingNeedsComplaintsView() throws Exception {
        when(rates.month("2026-13")).thenThrow(new DomainException("servicedesk.rate.monthInvalid", "2026-13"));
        mvc.perform(get("/api/v1/servicedesk/complaints/rate").param("month", "2026-13").header("Accept-Language", "zh-CN")
                .with(withPermissions(ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("无法识别月份“2026-13”，请按 2026-11 格式填写。"));
        mvc.perform(get("/api/v1/servicedesk/complaints/rate").with(withPermissions(OrganisationPermissions.ORG_VIEW)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/servicedesk/complaints/rate")).andExpect(status().isUnauthorized());
    }

}
