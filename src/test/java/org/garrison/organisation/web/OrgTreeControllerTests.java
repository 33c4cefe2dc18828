package org.garrison.organisation.web;

import static org.garrison.organisation.web.OrgSamples.BRANCH_ID;
import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.principal;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
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

import java.util.List;

import org.garrison.audit.AuditPermissions;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.organisation.internal.OrgDirectory;
import org.garrison.organisation.internal.OrgDirectory.BranchNode;
import org.garrison.organisation.internal.OrgDirectory.OrgTree;
import org.garrison.organisation.internal.OrgStructure;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class OrgTreeControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgDirectory directory;

    @Autowired
    OrgStructure structure;

    @BeforeEach
    void organisation() {
        var tree = new OrgTree(OrgSamples.company(),
                List.of(new BranchNode(OrgSamples.branch(), List.of(OrgSamples.siteWithPosts()))));
        when(directory.tree(any())).thenReturn(tree);
        when(structure.company()).thenReturn(OrgSamples.company());
    }

    @Test
    void viewerSeesTheTreeOfTheirOwnScopeWithoutManagementLinks() throws Exception {
        var viewer = principal(ScopeLevel.BRANCH, BRANCH_ID, OrganisationPermissions.ORG_VIEW);
        mvc.perform(get("/org").with(user(viewer)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("鹏城保安服务有限公司")))
            .andExpect(content().string(containsString("data-branch=\"B7\"")))
            .andExpect(content().string(containsString("data-site=\"S701\"")))
            .andExpect(content().string(containsString("东门岗")))
            .andExpect(content().string(not(containsString("/org/company/edit"))))
            .andExpect(content().string(not(containsString("/org/branches/" + BRANCH_ID + "/edit"))));
        verify(directory).tree(viewer.scope());
    }

    @Test
    void companyWideManagerSeesTheLinksToChangeTheTree() throws Exception {
        mvc.perform(get("/org").with(withPermissions(OrganisationPermissions.ORG_VIEW, OrganisationPermissions.ORG_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("/org/company/edit")))
            .andExpect(content().string(containsString("/org/branches/new")))
            .andExpect(content().string(containsString("/org/branches/" + BRANCH_ID + "/edit")));
    }

    @Test
    void branchManagerMayEditBranchesButNotTheCompanyOrNewBranches() throws Exception {
        mvc.perform(get("/org").with(as(ScopeLevel.BRANCH, BRANCH_ID, OrganisationPermissions.ORG_VIEW, OrganisationPermissions.ORG_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("/org/branches/" + BRANCH_ID + "/edit")))
            .andExpect(content().string(not(containsString("/org/company/edit"))))
            .andExpect(content().string(not(containsString("/org/branches/new"))));
    }

    @Test
    void englishPagesShowTheCompanysEnglishName() throws Exception {
        mvc.perform(get("/org").param("lang", "en").with(withPermissions(OrganisationPermissions.ORG_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Pengcheng Security Services")))
            .andExpect(content().string(containsString("Posts: 1")));
    }

    @Test
    void companyWideManagerOpensTheCompanyForm() throws Exception {
        mvc.perform(get("/org/company/edit").with(withPermissions(OrganisationPermissions.ORG_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("修改公司名称")))
            .andExpect(content().string(containsString("value=\"Pengcheng Security Services\"")));
    }

    @Test
    void companyWideManagerRenamesTheCompany() throws Exception {
        mvc.perform(post("/org/company").with(withPermissions(OrganisationPermissions.ORG_MANAGE)).with(csrf())
                .param("nameZh", "鹏城安保集团").param("nameEn", "Pengcheng Security Group"))
            .andExpect(redirectedUrl("/org"))
            .andExpect(flash().attribute("flash", "common.saved"));
        verify(structure).renameCompany("鹏城安保集团", "Pengcheng Security Group");
    }

    @Test
    void blankNamesReRenderTheFormAndRenameNothing() throws Exception {
        mvc.perform(post("/org/company").with(withPermissions(OrganisationPermissions.ORG_MANAGE)).with(csrf())
                .param("nameZh", "").param("nameEn", "Pengcheng Security Group"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")))
            .andExpect(content().string(containsString("不能为空")))
            .andExpect(content().string(containsString("value=\"Pengcheng Security Group\"")));
        verify(structure, never()).renameCompany(anyString(), anyString());
    }

    @Test
    void branchManagerMayNotRenameTheCompany() throws Exception {
        var branchManager = as(ScopeLevel.BRANCH, BRANCH_ID, OrganisationPermissions.ORG_VIEW, OrganisationPermissions.ORG_MANAGE);
        mvc.perform(get("/org/company/edit").with(branchManager)).andExpect(status().isForbidden());
        mvc.perform(post("/org/company").with(branchManager).with(csrf()).param("nameZh", "x").param("nameEn", "x"))
            .andExpect(status().isForbidden());
        verifyNoInteractions(structure);
    }

    @Test
    void usersWithoutOrganisationPermissionsAreRefused() throws Exception {
        mvc.perform(get("/org").with(withPermissions(OrganisationPermissions.CLIENTS_VIEW, AuditPermissions.AUDIT_VIEW)))
            .andExpect(status().isForbidden());
        var viewer = withPermissions(OrganisationPermissions.ORG_VIEW, OrganisationPermissions.CLIENTS_MANAGE);
        mvc.perform(get("/org/company/edit").with(viewer)).andExpect(status().isForbidden());
        mvc.perform(post("/org/company").with(viewer).with(csrf()).param("nameZh", "x").param("nameEn", "x"))
            .andExpect(status().isForbidden());
        verifyNoInteractions(directory, structure);
    }

    @Test
    void anonymousIsSentToSignInAndRenamingWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(get("/org")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/org/company/edit")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/org/company").with(withPermissions(OrganisationPermissions.ORG_MANAGE))
                .param("nameZh", "x").param("nameEn", "x"))
            .andExpect(status().isForbidden());
        verifyNoInteractions(directory, structure);
    }

}
