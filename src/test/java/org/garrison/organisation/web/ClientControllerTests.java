package org.garrison.organisation.web;

import static org.garrison.organisation.web.OrgSamples.CLIENT_ID;
import static org.garrison.organisation.web.OrgSamples.SITE_ID;
import static org.garrison.organisation.web.OrgSamples.UNKNOWN_ID;
import static org.garrison.platform.security.TestPrincipals.principal;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
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

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.garrison.organisation.OrganisationPermissions;
import org.garrison.organisation.internal.ClientContacts;
import org.garrison.organisation.internal.ClientStatus;
import org.garrison.organisation.internal.Clients;
import org.garrison.organisation.internal.Clients.ClientDetails;
import org.garrison.organisation.internal.OrgDirectory;
import org.garrison.organisation.internal.OrgStructure.SiteFilter;
import org.garrison.platform.security.TestPrincipals.Principal;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebSliceTest
class ClientControllerTests {

    /** A client company's own user: sees its own record only. */
    private final Principal clientUser = principal(ScopeLevel.CLIENT, CLIENT_ID, OrganisationPermissions.CLIENTS_VIEW);

    private final Principal manager = principal(ScopeLevel.BRANCH, OrgSamples.BRANCH_ID, OrganisationPermissions.CLIENTS_VIEW,
            OrganisationPermissions.CLIENTS_MANAGE);

    @Autowired
    MockMvc mvc;

    @Autowired
    Clients clients;

    @Autowired
    OrgDirectory directory;

    @Autowired
    ClientContacts contacts;

    @BeforeEach
    void clients() {
        when(clients.list(any(), any(), any(), any())).thenReturn(List.of(OrgSamples.client()));
        when(clients.get(any(), eq(CLIENT_ID))).thenReturn(OrgSamples.client());
        when(clients.get(any(), eq(UNKNOWN_ID))).thenThrow(new NotFoundException("entity.client", UNKNOWN_ID));
        when(directory.sites(any(), any())).thenReturn(List.of(OrgSamples.siteRow()));
    }

    @Test
    void managerFiltersByTagAndAddsAContactWithARole() throws Exception {
        mvc.perform(get("/clients").with(user(manager)).param("tag", "银行"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"export-clients\"")));
        verify(clients).list(manager.scope(), null, null, "银行");
        mvc.perform(post("/clients/{id}/contacts", CLIENT_ID).with(user(manager)).with(csrf()).param("name", "王经理")
                .param("role", "行政部经理").param("phone", "0755-8300 1234"))
            .andExpect(redirectedUrl("/clients/" + CLIENT_ID))
            .andExpect(flash().attribute("flash", "common.saved"));
        verify(contacts).add(manager.scope(), CLIENT_ID, "王经理", "行政部经理", "0755-8300 1234", null);
    }

    @Test
    void aContactWithoutRoleIsRefusedAndNothingIsAdded() throws Exception {
        mvc.perform(post("/clients/{id}/contacts", CLIENT_ID).with(user(manager)).with(csrf()).param("name", "王经理"))
            .andExpect(redirectedUrl("/clients/" + CLIENT_ID))
            .andExpect(flash().attribute("refusalKey", "client.contact.invalid"));
        verify(contacts, never()).add(any(), anyLong(), any(), any(), any(), any());
    }

    @Test
    void clientUserCannotAddContacts() throws Exception {
        mvc.perform(post("/clients/{id}/contacts", CLIENT_ID).with(user(clientUser)).with(csrf()).param("name", "x")
                .param("role", "y"))
            .andExpect(status().isForbidden());
    }

    @Test
    void clientUserSearchesWithinTheirOwnScope() throws Exception {
        mvc.perform(get("/clients").with(user(clientUser)).param("q", "银行").param("status", "ACTIVE"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"/clients/" + CLIENT_ID + "\">滨海银行</a>")))
            .andExpect(content().string(containsString("合作中")))
            .andExpect(content().string(containsString("value=\"银行\"")))
            .andExpect(content().string(not(containsString("/clients/new"))));
        verify(clients).list(clientUser.scope(), "银行", ClientStatus.ACTIVE, null);
    }

    @Test
    void unknownStatusInTheSearchIsABadRequestNotAnError() throws Exception {
        mvc.perform(get("/clients").with(user(clientUser)).param("status", "VIP"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("参数 status 的值无效：“VIP”。")));
        verifyNoInteractions(clients);
    }

    @Test
    void clientRecordShowsItsSitesWithinTheScope() throws Exception {
        mvc.perform(get("/clients/{id}", CLIENT_ID).with(user(clientUser)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"client-name\">滨海银行")))
            .andExpect(content().string(containsString("0755-8888 1234")))
            .andExpect(content().string(containsString("滨海银行总部")))
            .andExpect(content().string(not(containsString("href=\"/org/sites/" + SITE_ID + "\""))))
            .andExpect(content().string(not(containsString("/clients/" + CLIENT_ID + "/edit"))));
        verify(clients).get(clientUser.scope(), CLIENT_ID);
        verify(directory).sites(clientUser.scope(), new SiteFilter(null, CLIENT_ID, null));
    }

    @Test
    void managerWithOrgAccessSeesTheEditLinkAndLinkedSites() throws Exception {
        mvc.perform(get("/clients/{id}", CLIENT_ID)
                .with(withPermissions(OrganisationPermissions.CLIENTS_VIEW, OrganisationPermissions.CLIENTS_MANAGE, OrganisationPermissions.ORG_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("/clients/" + CLIENT_ID + "/edit")))
            .andExpect(content().string(containsString("href=\"/org/sites/" + SITE_ID + "\"")));
    }

    @Test
    void clientOutsideTheScopeIsNotFound() throws Exception {
        mvc.perform(get("/clients/{id}", UNKNOWN_ID).with(user(clientUser)))
            .andExpect(status().isNotFound())
            .andExpect(content().string(containsString("客户 99 不存在或不在您的数据范围内。")));
        mvc.perform(get("/clients/{id}/edit", UNKNOWN_ID).with(user(manager))).andExpect(status().isNotFound());
        verify(directory, never()).sites(any(), any());
    }

    @Test
    void managerOpensTheNewClientForm() throws Exception {
        mvc.perform(get("/clients/new").with(user(manager)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("新建客户")))
            .andExpect(content().string(containsString("action=\"/clients\"")));
    }

    @Test
    void managerCreatesAClient() throws Exception {
        when(clients.create(any())).thenReturn(OrgSamples.client(41, "前海会展中心", null, ClientStatus.PROSPECT));
        mvc.perform(newClient("前海会展中心").with(user(manager)).with(csrf()))
            .andExpect(redirectedUrl("/clients/41"))
            .andExpect(flash().attribute("flash", "common.saved"));
        verify(clients).create(new ClientDetails("前海会展中心", "会展", "深圳市宝安区", "0755-2345 6789", ClientStatus.PROSPECT,
                "明年招标", null));
    }

    @Test
    void invalidClientReRendersTheFormAndCreatesNothing() throws Exception {
        mvc.perform(post("/clients").with(user(manager)).with(csrf()).param("name", "").param("phone", "call me")
                .param("industry", "会展"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")))
            .andExpect(content().string(containsString("只能使用数字、空格、+、- 和括号。")))
            .andExpect(content().string(containsString("value=\"会展\"")));
        verify(clients, never()).create(any());
    }

    @Test
    void takenNameIsShownOnTheFormInTheUsersLanguage() throws Exception {
        when(clients.create(any())).thenThrow(new DomainException("client.nameTaken", "滨海银行"));
        mvc.perform(newClient("滨海银行").with(user(manager)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("已存在名为“滨海银行”的客户。")));
        mvc.perform(newClient("滨海银行").with(user(manager)).with(csrf()).cookie(new Cookie("GARRISON_LANG", "en")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("A client named 滨海银行 already exists.")));
    }

    @Test
    void managerEditsAClientOfTheirScope() throws Exception {
        mvc.perform(get("/clients/{id}/edit", CLIENT_ID).with(user(manager)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("编辑客户")))
            .andExpect(content().string(containsString("value=\"滨海银行\"")))
            .andExpect(content().string(containsString("action=\"/clients/" + CLIENT_ID + "\"")));
        verify(clients).get(manager.scope(), CLIENT_ID);
    }

    @Test
    void changesAreSavedWithinTheManagersScope() throws Exception {
        mvc.perform(post("/clients/{id}", CLIENT_ID).with(user(manager)).with(csrf()).param("name", "滨海银行股份有限公司")
                .param("status", "FORMER"))
            .andExpect(redirectedUrl("/clients/" + CLIENT_ID))
            .andExpect(flash().attribute("flash", "common.saved"));
        verify(clients).update(manager.scope(), CLIENT_ID,
                new ClientDetails("滨海银行股份有限公司", null, null, null, ClientStatus.FORMER, null, null));
    }

    @Test
    void changesToAClientOutsideTheScopeAreNotFound() throws Exception {
        doThrow(new NotFoundException("entity.client", UNKNOWN_ID)).when(clients).update(any(), eq(UNKNOWN_ID), any());
        mvc.perform(post("/clients/{id}", UNKNOWN_ID).with(user(manager)).with(csrf()).param("name", "x")
                .param("status", "ACTIVE"))
            .andExpect(status().isNotFound());
        mvc.perform(post("/clients/{id}", UNKNOWN_ID).with(user(manager)).with(csrf()).param("name", ""))
            .andExpect(status().isNotFound());
    }

    @Test
    void invalidOrRefusedChangesStayOnTheForm() throws Exception {
        mvc.perform(post("/clients/{id}", CLIENT_ID).with(user(manager)).with(csrf()).param("name", "滨海银行"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("请选择。")));
        verify(clients).get(manager.scope(), CLIENT_ID);
        verify(clients, never()).update(any(), anyLong(), any());
        doThrow(new DomainException("client.nameTaken", "南山物业")).when(clients).update(any(), eq(CLIENT_ID), any());
        mvc.perform(post("/clients/{id}", CLIENT_ID).with(user(manager)).with(csrf()).param("name", "南山物业")
                .param("status", "ACTIVE"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("已存在名为“南山物业”的客户。")))
            .andExpect(content().string(containsString("action=\"/clients/" + CLIENT_ID + "\"")));
    }

    @Test
    void usersWithoutClientsViewMayNotReadAndViewersMayNotChange() throws Exception {
        var outsider = withPermissions(OrganisationPermissions.ORG_VIEW, OrganisationPermissions.ORG_MANAGE);
        mvc.perform(get("/clients").with(outsider)).andExpect(status().isForbidden());
        mvc.perform(get("/clients/{id}", CLIENT_ID).with(outsider)).andExpect(status().isForbidden());
        mvc.perform(get("/clients/new").with(user(clientUser))).andExpect(status().isForbidden());
        mvc.perform(newClient("越权客户").with(user(clientUser)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/clients/{id}/edit", CLIENT_ID).with(user(clientUser))).andExpect(status().isForbidden());
        mvc.perform(post("/clients/{id}", CLIENT_ID).with(user(clientUser)).with(csrf()).param("name", "x")
                .param("status", "ACTIVE"))
            .andExpect(status().isForbidden());
        verifyNoInteractions(clients, directory);
    }

    @Test
    void anonymousIsSentToSignInAndChangesWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(get("/clients")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/clients/{id}", CLIENT_ID)).andExpect(redirectedUrl("/login"));
        mvc.perform(newClient("匿名客户").with(csrf())).andExpect(redirectedUrl("/login"));
        mvc.perform(newClient("无令牌客户").with(user(manager))).andExpect(status().isForbidden());
        mvc.perform(post("/clients/{id}", CLIENT_ID).with(user(manager)).param("name", "x").param("status", "ACTIVE"))
            .andExpect(status().isForbidden());
        verifyNoInteractions(clients, directory);
    }

    private static MockHttpServletRequestBuilder newClient(String name) {
        return post("/clients").param("name", name).param("industry", "会展").param("address", "深圳市宝安区")
            .param("phone", "0755-2345 6789").param("status", "PROSPECT").param("notes", "明年招标");
    }

}
