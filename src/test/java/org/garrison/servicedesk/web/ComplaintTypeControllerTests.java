package org.garrison.servicedesk.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.garrison.platform.security.WebSliceTest;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.servicedesk.internal.ComplaintType;
import org.garrison.servicedesk.internal.ComplaintTypes;
import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ComplaintTypeControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ComplaintTypes types;

    @Test
    void customerServiceAddsAndSwitchesOffTypes() throws Exception {
        when(types.all()).thenReturn(List.of(new ComplaintType("ATTITUDE", "服务态度", "Attitude")));
        mvc.perform(get("/servicedesk/complaint-types").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("服务态度")));
        mvc.perform(post("/servicedesk/complaint-types").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE)).with(csrf())
            .param("code", "parking").param("nameZh", "停车管理").param("nameEn", "Parking"))
            .andExpect(redirectedUrl("/servicedesk/complaint-types"));
        verify(types).add("parking", "停车管理", "Parking");
        mvc.perform(post("/servicedesk/complaint-types/3").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE)).with(csrf())
            .param("nameZh", "停车管理").param("nameEn", "Parking"))
            .andExpect(redirectedUrl("/servicedesk/complaint-types"));
        verify(types).change(3, "停车管理", "Parking", false);
    }

    @Test
    void aTakenCodeOrEmptyNamesShowTheListAgain() throws Exception {
        when(types.add(anyString(), anyString(), anyString())).thenThrow(new DomainException("servicedesk.type.codeTaken", "ATTITUDE"));
        mvc.perform(post("/servicedesk/complaint-types").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE)).with(csrf())
            .param("code", "ATTITUDE").param("nameZh", "态度").param("nameEn", "Attitude"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
        mvc.perform(post("/servicedesk/complaint-types").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void othersMayNotEditTypes() throws Exception {
        mvc.perform(get("/servicedesk/complaint-types").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/servicedesk/complaint-types").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_FILE)).with(csrf())
            .param("code", "X").param("nameZh", "x").param("nameEn", "x"))
            .andExpect(status().isForbidden());
        verify(types, never()).add(anyString(), anyString(), anyString());
    }

}
