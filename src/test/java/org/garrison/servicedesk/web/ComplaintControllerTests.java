package org.garrison.servicedesk.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement.SiteChoice;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.servicedesk.internal.Complaint;
import org.garrison.servicedesk.internal.ComplaintCategory;
import org.garrison.servicedesk.internal.ComplaintChannel;
import org.garrison.servicedesk.internal.ComplaintDetails;
import org.garrison.servicedesk.internal.ComplaintFlow;
import org.garrison.servicedesk.internal.ComplaintQueries;
import org.garrison.servicedesk.internal.ComplaintQueries.ComplaintCard;
import org.garrison.servicedesk.internal.Complaints;
import org.garrison.servicedesk.internal.Memos;
import org.garrison.servicedesk.internal.Responsibility;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ComplaintControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ComplaintQueries queries;

    @Autowired
    Complaints complaints;

    @Autowired
    ComplaintFlow flow;

    @Autowired
    Memos memos;

    @BeforeEach
    void data() {
        var complaint = complaint();
        when(queries.list(any(), any(), anyBoolean())).thenReturn(List.of(complaint));
        when(queries.card(any(), eq(5L))).thenReturn(new ComplaintCard(complaint, List.of(), List.of(), null, null, List.of(), false));
        when(queries.card(any(), eq(6L))).thenThrow(new NotFoundException("entity.complaint", 6));
        when(queries.siteNames(any())).thenReturn(Map.of(1L, "鹏城银行福田支行"));
        when(queries.sitesFor(any())).thenReturn(List.of(new SiteChoice(new SiteId(1), "FT", "鹏城银行福田支行")));
        when(queries.typeNames(any())).thenReturn(Map.of("ATTITUDE", "服务态度"));
    }

    @Test
    void clientSeesItsComplaintsButNotTheInternalHandling() throws Exception {
        mvc.perform(get("/servicedesk/complaints").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("KS-20261123-001")));
        mvc.perform(get("/servicedesk/complaints/5").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("夜班保安态度生硬")))
            .andExpect(content().string(not(containsString("id=\"handling\""))))
            .andExpect(content().string(not(containsString("id=\"time-limits\""))));
    }

    @Test
    void aComplaintOutsideTheScopeIsNotFound() throws Exception {
        mvc.perform(get("/servicedesk/complaints/6").with(as(ScopeLevel.CLIENT, 8L, ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isNotFound());
    }

    @Test
    void withoutThePermissionNobodyReadsOrFiles() throws Exception {
        mvc.perform(get("/servicedesk/complaints").with(withPermissions(OrganisationPermissions.ORG_VIEW))).andExpect(status().isForbidden());
        mvc.perform(get("/servicedesk/complaints/new").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/servicedesk/complaints/5/investigate").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE))
            .with(csrf()).param("findings", "x").param("responsiblePeople", "y"))
            .andExpect(status().isForbidden());
        verify(flow, never()).investigate(any(), anyLong(), anyString(), anyString());
    }

    @Test
    void customerServiceRegistersAndSignsAtOnceWhileAClientOnlyFiles() throws Exception {
        when(complaints.take(any(), any(), anyBoolean())).thenReturn(complaint());
        mvc.perform(get("/servicedesk/complaints/new").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_FILE, ServiceDeskPermissions.COMPLAINTS_HANDLE)))
            .andExpect(content().string(containsString("id=\"channel\"")));
        mvc.perform(post("/servicedesk/complaints").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_FILE, ServiceDeskPermissions.COMPLAINTS_HANDLE))
            .with(csrf()).params(form()).param("channel", "LETTER").param("reasonable", "true"))
            .andExpect(redirectedUrl("/servicedesk/complaints/5"));
        verify(complaints).take(any(), argThat(details -> details.channel() == ComplaintChannel.LETTER), eq(true));
        mvc.perform(get("/servicedesk/complaints/new").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_FILE, ServiceDeskPermissions.COMPLAINTS_HANDLE)))
            .andExpect(content().string(not(containsString("id=\"channel\""))));
        mvc.perform(post("/servicedesk/complaints").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_FILE))
            .with(csrf()).params(form()))
            .andExpect(redirectedUrl("/servicedesk/complaints/5"));
        verify(complaints).take(any(), argThat(details -> details.channel() == ComplaintChannel.PORTAL), eq(false));
    }

    @Test
    void aClientStatesWhatHappenedWithoutInternalCategoriesOnAFormWithOneSitePicker() throws Exception {
        var client = as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_FILE, ServiceDeskPermissions.COMPLAINTS_VIEW);
        String page = mvc.perform(get("/servicedesk/complaints/new").with(client))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page)
            .doesNotContain("id=\"category\"", "FEE_DEDUCTION", "UNJUSTIFIED", "id=\"claimedAmount\"", "id=\"contractClause\"")
            .contains("id=\"reason\"", "id=\"demand\"");
        org.assertj.core.api.Assertions.assertThat(page.split("name=\"siteId\"", -1)).hasSize(2);

        when(complaints.take(any(), any(), anyBoolean())).thenReturn(complaint());
        var withoutCategory = form();
        withoutCategory.remove("category");
        mvc.perform(post("/servicedesk/complaints").with(client).with(csrf()).params(withoutCategory))
            .andExpect(redirectedUrl("/servicedesk/complaints/5"));
        verify(complaints).take(any(), argThat(details -> details.category() == ComplaintCategory.GENERAL), eq(false));
    }

    @Test
    void customerServiceStillClassifiesOnTheFormWithOneSitePicker() throws Exception {
        when(queries.sitesFor(any())).thenReturn(List.of(new SiteChoice(new SiteId(1), "FT", "鹏城银行福田支行"),
                new SiteChoice(new SiteId(2), "SZ", "鹏城银行深圳分行")));
        String page = mvc.perform(get("/servicedesk/complaints/new")
            .with(withPermissions(ServiceDeskPermissions.COMPLAINTS_FILE, ServiceDeskPermissions.COMPLAINTS_HANDLE)))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page)
            .contains("id=\"category\"", "FEE_DEDUCTION", "UNJUSTIFIED", "id=\"claimedAmount\"", "hx-get=\"/servicedesk/complaints/new\"");
        org.assertj.core.api.Assertions.assertThat(page.split("name=\"siteId\"", -1)).hasSize(2);
    }

    @Test
    void customerServiceClassifiesWhenItAccepts() throws Exception {
        when(queries.card(any(), eq(5L))).thenReturn(new ComplaintCard(complaint(), List.of(), List.of(), null, null,
                List.of(org.garrison.servicedesk.internal.ComplaintStep.ACCEPT), false));
        var cs = withPermissions(ServiceDeskPermissions.COMPLAINTS_VIEW, ServiceDeskPermissions.COMPLAINTS_HANDLE);
        mvc.perform(get("/servicedesk/complaints/5").with(cs))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"accept-category\"")))
            .andExpect(content().string(containsString("value=\"UNJUSTIFIED\"")));
        mvc.perform(post("/servicedesk/complaints/5/accept").with(cs).with(csrf()).param("reasonable", "true")
            .param("category", "UNJUSTIFIED"))
            .andExpect(redirectedUrl("/servicedesk/complaints/5"));
        verify(complaints).accept(any(), eq(5L), eq(true), eq(ComplaintCategory.UNJUSTIFIED), org.mockito.ArgumentMatchers.isNull());
    }

    @Test
    void theListShowsTheRunningDeadlineOfASubmittedComplaint() throws Exception {
        var submitted = complaint();
        submitted.stepClock(null, Instant.parse("2026-11-23T05:00:00Z"));
        when(queries.list(any(), any(), anyBoolean())).thenReturn(List.of(submitted));
        mvc.perform(get("/servicedesk/complaints").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("13:00")));
    }

    @Test
    void badInputShowsTheFormAgainAndFilesNothing() throws Exception {
        mvc.perform(post("/servicedesk/complaints").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_FILE)).with(csrf())
            .param("siteId", "1").param("phone", "abc<script>").param("category", "GENERAL"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        when(complaints.take(any(), any(), anyBoolean())).thenThrow(new DomainException("servicedesk.complaint.claimNeeded"));
        mvc.perform(post("/servicedesk/complaints").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_FILE))
            .with(csrf()).params(form()).param("category", "FEE_DEDUCTION"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
    }

    @Test
    void aRefusedStepShowsTheComplaintWithTheReason() throws Exception {
        when(flow.draft(any(), eq(5L), anyString(), eq(Responsibility.STAFF), any()))
            .thenThrow(new DomainException("servicedesk.complaint.compensationOnlyForFeeDeduction"));
        mvc.perform(post("/servicedesk/complaints/5/draft").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE)).with(csrf())
            .param("handling", "赔偿").param("responsibility", "STAFF").param("compensation", "100"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
        mvc.perform(post("/servicedesk/complaints/5/answer").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE)).with(csrf())
            .param("text", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
        verify(flow, never()).answer(any(), anyLong(), anyString());
    }

    @Test
    void onlyManagementDecidesAMemo() throws Exception {
        mvc.perform(post("/servicedesk/complaints/5/memos/3/decide").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE))
            .with(csrf()).param("text", "维持"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/servicedesk/complaints/5/memos/3/decide").with(withPermissions(ServiceDeskPermissions.MEMOS_DECIDE))
            .with(csrf()).param("text", "维持"))
            .andExpect(redirectedUrl("/servicedesk/complaints/5"));
        verify(memos).decide(any(), eq(5L), eq(3L), eq("维持"));
    }

    private static org.springframework.util.MultiValueMap<String, String> form() {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        form.add("siteId", "1");
        form.add("clientName", "鹏城银行深圳分行");
        form.add("phone", "0755-8888 6666");
        form.add("reason", "夜班保安态度生硬");
        form.add("demand", "调岗");
        form.add("category", "GENERAL");
        form.add("typeCode", "ATTITUDE");
        return form;
    }

    private static Complaint complaint() {
        var complaint = new Complaint("KS-20261123-001", 7L, new ComplaintDetails(1, "鹏城银行深圳分行", null, "0755",
                "夜班保安态度生硬", "调岗", ComplaintCategory.GENERAL, "ATTITUDE", ComplaintChannel.PORTAL, null, null, null, null, null),
                3L, Instant.parse("2026-11-23T01:00:00Z"));
        ReflectionTestUtils.setField(complaint, "id", 5L);
        return complaint;
    }

}
