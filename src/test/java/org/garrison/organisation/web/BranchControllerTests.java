package org.garrison.organisation.web;

import static org.garrison.organisation.web.OrgSamples.BRANCH_ID;
import static org.garrison.organisation.web.OrgSamples.UNKNOWN_ID;
import static org.garrison.platform.security.TestPrincipals.principal;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.garrison.audit.AuditPermissions;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.organisation.internal.OrgStructure;
import org.garrison.platform.security.TestPrincipals.Principal;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class BranchControllerTests {

    private static final Cookie ENGLISH = new Cookie("GARRISON_LANG", "en");

    private final Principal branchManager = principal(ScopeLevel.BRANCH, BRANCH_ID, OrganisationPermissions.ORG_VIEW,
            OrganisationPermissions.ORG_MANAGE);

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgStructure structure;

    @BeforeEach
    void branches() {
        when(structure.branch(any(), eq(BRANCH_ID))).thenReturn(OrgSamples.branch());
        when(structure.branch(any(), eq(UNKNOWN_ID))).thenThrow(new NotFoundException("entity.branch", UNKNOWN_ID));
    }

    @Test
    void companyWideManagerOpensTheNewBranchForm() throws Exception {
        mvc.perform(get("/org/branches/new").with(withPermissions(OrganisationPermissions.ORG_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("新建大队")))
            .andExpect(content().string(containsString("action=\"/org/branches\"")));
    }

    @Test
    void companyWideManagerCreatesABranch() throws Exception {
        mvc.perform(post("/org/branches").with(withPermissions(OrganisationPermissions.ORG_MANAGE)).with(csrf())
                .param("code", "b9").param("name", "第九大队"))
            .andExpect(redirectedUrl("/org"))
            .andExpect(flash().attribute("flash", "common.saved"));
        verify(structure).createBranch("b9", "第九大队");
    }

    @Test
    void takenCodeIsShownOnTheFormInTheUsersLanguage() throws Exception {
        when(structure.createBranch(anyString(), anyString())).thenThrow(new DomainException("org.codeTaken", "B1"));
        mvc.perform(post("/org/branches").with(withPermissions(OrganisationPermissions.ORG_MANAGE)).with(csrf())
                .param("code", "b1").param("name", "重复大队"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("编号 B1 已被使用。")))
            .andExpect(content().string(containsString("value=\"重复大队\"")));
        mvc.perform(post("/org/branches").with(withPermissions(OrganisationPermissions.ORG_MANAGE)).with(csrf()).cookie(ENGLISH)
                .param("code", "b1").param("name", "重复大队"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("The code B1 is already in use.")));
    }

    @Test
    void invalidFieldsReRenderTheFormAndCreateNothing() throws Exception {
        mvc.perform(post("/org/branches").with(withPermissions(OrganisationPermissions.ORG_MANAGE)).with(csrf())
                .param("code", "B 9!").param("name", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")))
            .andExpect(content().string(containsString("只能使用字母、数字和连字符。")))
            .andExpect(content().string(containsString("不能为空")));
        verify(structure, never()).createBranch(anyString(), anyString());
    }

    @Test
    void branchManagerMayNotCreateBranches() throws Exception {
        var manager = user(branchManager);
        mvc.perform(get("/org/branches/new").with(manager)).andExpect(status().isForbidden());
        mvc.perform(post("/org/branches").with(manager).with(csrf()).param("code", "B9").param("name", "第九大队"))
            .andExpect(status().isForbidden());
        verifyNoInteractions(structure);
    }

    @Test
    void branchManagerEditsABranchOfTheirScope() throws Exception {
        mvc.perform(get("/org/branches/{id}/edit", BRANCH_ID).with(user(branchManager)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("编辑大队")))
            .andExpect(content().string(containsString("value=\"第七大队\"")))
            .andExpect(content().string(containsString("action=\"/org/branches/" + BRANCH_ID + "\"")));
        verify(structure).branch(branchManager.scope(), BRANCH_ID);
    }

    @Test
    void changesAreSavedWithinTheManagersScope() throws Exception {
        mvc.perform(post("/org/branches/{id}", BRANCH_ID).with(user(branchManager)).with(csrf())
                .param("code", "B7").param("name", "第七大队（福田）").param("_active", "on"))
            .andExpect(redirectedUrl("/org"))
            .andExpect(flash().attribute("flash", "common.saved"));
        verify(structure).updateBranch(branchManager.scope(), BRANCH_ID, "B7", "第七大队（福田）", false);
        mvc.perform(post("/org/branches/{id}", BRANCH_ID).with(user(branchManager)).with(csrf())
                .param("code", "B7").param("name", "第七大队").param("_active", "on").param("active", "true"))
            .andExpect(redirectedUrl("/org"));
        verify(structure).updateBranch(branchManager.scope(), BRANCH_ID, "B7", "第七大队", true);
    }

    @Test
    void branchOutsideTheScopeIsNotFound() throws Exception {
        mvc.perform(get("/org/branches/{id}/edit", UNKNOWN_ID).with(user(branchManager)))
            .andExpect(status().isNotFound())
            .andExpect(content().string(containsString("大队 99 不存在或不在您的数据范围内。")));
        doThrow(new NotFoundException("entity.branch", UNKNOWN_ID)).when(structure)
            .updateBranch(any(), eq(UNKNOWN_ID), anyString(), anyString(), anyBoolean());
        mvc.perform(post("/org/branches/{id}", UNKNOWN_ID).with(user(branchManager)).with(csrf())
                .param("code", "B9").param("name", "第九大队"))
            .andExpect(status().isNotFound());
    }

    @Test
    void invalidChangesReRenderTheFormOfABranchInScopeOnly() throws Exception {
        mvc.perform(post("/org/branches/{id}", BRANCH_ID).with(user(branchManager)).with(csrf())
                .param("code", "B7").param("name", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        verify(structure).branch(branchManager.scope(), BRANCH_ID);
        mvc.perform(post("/org/branches/{id}", UNKNOWN_ID).with(user(branchManager)).with(csrf())
                .param("code", "B7").param("name", ""))
            .andExpect(status().isNotFound());
        verify(structure, never()).updateBranch(any(), anyLong(), anyString(), anyString(), anyBoolean());
    }

    @Test
    void refusedChangeIsShownOnTheForm() throws Exception {
        doThrow(new DomainException("org.codeTaken", "B1")).when(structure)
            .updateBranch(any(), eq(BRANCH_ID), anyString(), anyString(), anyBoolean());
        mvc.perform(post("/org/branches/{id}", BRANCH_ID).with(user(branchManager)).with(csrf()).cookie(ENGLISH)
                .param("code", "B1").param("name", "第七大队"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("The code B1 is already in use.")))
            .andExpect(content().string(containsString("action=\"/org/branches/" + BRANCH_ID + "\"")));
    }

    @Test
    void usersWithoutOrgManageAreRefused() throws Exception {
        var viewer = withPermissions(OrganisationPermissions.ORG_VIEW, OrganisationPermissions.CLIENTS_MANAGE, AuditPermissions.AUDIT_VIEW);
        mvc.perform(get("/org/branches/new").with(viewer)).andExpect(status().isForbidden());
        mvc.perform(post("/org/branches").with(viewer).with(csrf()).param("code", "B9").param("name", "x"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/org/branches/{id}/edit", BRANCH_ID).with(viewer)).andExpect(status().isForbidden());
        mvc.perform(post("/org/branches/{id}", BRANCH_ID).with(viewer).with(csrf()).param("code", "B7").param("name", "x"))
            .andExpect(status().isForbidden());
        verifyNoInteractions(structure);
    }

    @Test
    void anonymousIsSentToSignInAndChangesWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(get("/org/branches/new")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/org/branches/{id}/edit", BRANCH_ID)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/org/branches").with(csrf()).param("code", "B9").param("name", "x"))
            .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/org/branches").with(withPermissions(OrganisationPermissions.ORG_MANAGE)).param("code", "B9").param("name", "x"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/org/branches/{id}", BRANCH_ID).with(user(branchManager)).param("code", "B7").param("name", "x"))
            .andExpect(status().isForbidden());
        verifyNoInteractions(structure);
    }

}
