package org.garrison.siteops.inspections;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
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

import java.util.List;

import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.siteops.SiteOpsPermissions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ChecklistControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Checklists checklists;

    @Test
    void managerCreatesAChecklistAndADuplicateNameIsRefused() throws Exception {
        when(checklists.list()).thenReturn(List.of());
        mvc.perform(get("/siteops/checklists").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE))).andExpect(status().isOk());
        mvc.perform(post("/siteops/checklists").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE)).with(csrf())
            .param("name", "电气设备检查").param("category", "ELECTRICAL").param("items", "配电箱上锁\n线路无裸露"))
            .andExpect(redirectedUrl("/siteops/checklists"));
        verify(checklists).create("电气设备检查", Checklist.Category.ELECTRICAL, "配电箱上锁\n线路无裸露");

        when(checklists.create(eq("电气设备检查"), any(), anyString())).thenThrow(new DomainException("siteops.checklist.nameTaken", "电气设备检查"));
        mvc.perform(post("/siteops/checklists").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE)).with(csrf())
            .param("name", "电气设备检查").param("category", "ELECTRICAL").param("items", "配电箱上锁"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
    }

    @Test
    void emptyItemsShowTheFormAgainAndOthersAreRefused() throws Exception {
        mvc.perform(post("/siteops/checklists").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE)).with(csrf())
            .param("name", "").param("category", "FIRE").param("items", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(get("/siteops/checklists").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))).andExpect(status().isForbidden());
        verify(checklists, never()).create(eq(""), any(), anyString());
    }

}
