package org.garrison.servicedesk.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.garrison.platform.security.WebSliceTest;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.servicedesk.internal.Complaint;
import org.garrison.servicedesk.internal.ComplaintCategory;
import org.garrison.servicedesk.internal.ComplaintChannel;
import org.garrison.servicedesk.internal.ComplaintDetails;
import org.garrison.servicedesk.internal.Complaints;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/** The API takes a complaint in through the same service call as the register page ({@code Complaints#take}). */
@WebSliceTest
class ComplaintApiControllerTests {

    private static final String BODY = """
            {"siteId":1,"clientName":"鹏城银行深圳分行","phone":"0755-8888","reason":"夜班保安态度生硬","demand":"调岗",
             "category":"GENERAL","typeCode":"ATTITUDE","channel":"VISIT","reasonable":true}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    Complaints complaints;

    @Test
    void customerServiceRegistersWithTheChannelItNames() throws Exception {
        when(complaints.take(any(), any(), anyBoolean())).thenReturn(complaint(ComplaintChannel.VISIT));
        mvc.perform(post("/api/v1/servicedesk/complaints")
            .with(withPermissions(ServiceDeskPermissions.COMPLAINTS_FILE, ServiceDeskPermissions.COMPLAINTS_HANDLE))
            .contentType(MediaType.APPLICATION_JSON).content(BODY))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", "/api/v1/servicedesk/complaints/5"))
            .andExpect(jsonPath("$.channel").value("VISIT"));
        verify(complaints).take(argThat(user -> user.can(ServiceDeskPermissions.COMPLAINTS_HANDLE)),
                argThat(details -> details.channel() == ComplaintChannel.VISIT), eq(true));
    }

    @Test
    void aClientFilesThroughTheSameCallWhichDecidesThePortalChannel() throws Exception {
        when(complaints.take(any(), any(), anyBoolean())).thenReturn(complaint(ComplaintChannel.PORTAL));
        mvc.perform(post("/api/v1/servicedesk/complaints").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_FILE))
            .contentType(MediaType.APPLICATION_JSON).content(BODY.replace("\"channel\":\"VISIT\",", "")))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.channel").value("PORTAL"))
            .andExpect(jsonPath("$.handling").doesNotExist());
        verify(complaints).take(argThat(user -> user.scope().level() == ScopeLevel.CLIENT),
                argThat(details -> details.channel() == ComplaintChannel.PORTAL), eq(true));
    }

    @Test
    void aSiteOutsideTheScopeIsNotFoundAndARefusalIsExplainedInChinese() throws Exception {
        when(complaints.take(any(), argThat(d -> d != null && d.siteId() == 9L), anyBoolean()))
            .thenThrow(new NotFoundException("entity.site", 9L));
        mvc.perform(post("/api/v1/servicedesk/complaints").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_FILE))
            .contentType(MediaType.APPLICATION_JSON).content(BODY.replace("\"siteId\":1", "\"siteId\":9")))
            .andExpect(status().isNotFound())
            .andExpect(header().string("Content-Type", "application/problem+json"));
        when(complaints.take(any(), argThat(d -> d != null && d.siteId() == 1L), anyBoolean()))
            .thenThrow(new DomainException("servicedesk.complaint.typeUnknown", "NOPE"));
        mvc.perform(post("/api/v1/servicedesk/complaints").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_FILE))
            .contentType(MediaType.APPLICATION_JSON).content(BODY.replace("ATTITUDE", "NOPE")))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("投诉类型 NOPE 不存在或已停用。"));
    }

    @Test
    void withoutTheFilingPermissionNothingIsTakenIn() throws Exception {
        mvc.perform(post("/api/v1/servicedesk/complaints").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_VIEW))
            .contentType(MediaType.APPLICATION_JSON).content(BODY))
            .andExpect(status().isForbidden());
        verify(complaints, never()).take(any(), any(), anyBoolean());
    }

    private static Complaint complaint(ComplaintChannel channel) {
        var complaint = new Complaint("KS-20261123-001", 7L, new ComplaintDetails(1, "鹏城银行深圳分行", null, "0755-8888",
                "夜班保安态度生硬", "调岗", ComplaintCategory.GENERAL, "ATTITUDE", channel, null, null, null, null, null),
                3L, Instant.parse("2026-11-23T01:00:00Z"));
        ReflectionTestUtils.setField(complaint, "id", 5L);
        return complaint;
    }

}
