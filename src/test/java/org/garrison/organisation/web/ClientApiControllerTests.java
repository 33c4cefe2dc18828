package org.garrison.organisation.web;

import static org.garrison.organisation.web.OrgSamples.CLIENT_ID;
import static org.garrison.organisation.web.OrgSamples.UNKNOWN_ID;
import static org.garrison.platform.security.TestPrincipals.principal;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.garrison.organisation.OrganisationPermissions;
import org.garrison.organisation.internal.ClientStatus;
import org.garrison.organisation.internal.Clients;
import org.garrison.organisation.internal.Clients.ClientDetails;
import org.garrison.platform.security.TestPrincipals.Principal;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.PageResponse;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebSliceTest
class ClientApiControllerTests {

    private final Principal clientUser = principal(ScopeLevel.CLIENT, CLIENT_ID, OrganisationPermissions.CLIENTS_VIEW);

    private final Principal manager = principal(ScopeLevel.COMPANY, null, OrganisationPermissions.CLIENTS_VIEW, OrganisationPermissions.CLIENTS_MANAGE);

    @Autowired
    MockMvc mvc;

    @Autowired
    Clients clients;

    @BeforeEach
    void clients() {
        when(clients.list(any(), any(), any(), any(), any())).thenReturn(new PageImpl<>(List.of(OrgSamples.client())));
        when(clients.get(any(), eq(CLIENT_ID))).thenReturn(OrgSamples.client());
        when(clients.get(any(), eq(UNKNOWN_ID))).thenThrow(new NotFoundException("entity.client", UNKNOWN_ID));
    }

    @Test
    void listsTheClientsOfTheCallersScope() throws Exception {
        mvc.perform(get("/api/v1/clients").with(user(clientUser)).param("q", "银行").param("status", "ACTIVE")
                .param("tag", "金融"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.content", hasSize(1)))
            .andExpect(jsonPath("$.totalElements", is(1)))
            .andExpect(jsonPath("$.content[0].id", is((int) CLIENT_ID)))
            .andExpect(jsonPath("$.content[0].name", is("滨海银行")))
            .andExpect(jsonPath("$.content[0].industry", is("金融")))
            .andExpect(jsonPath("$.content[0].phone", is("0755-8888 1234")))
            .andExpect(jsonPath("$.content[0].status", is("ACTIVE")));
        verify(clients).list(clientUser.scope(), "银行", ClientStatus.ACTIVE, "金融", PageResponse.request(0, 20));
    }

    @Test
    void oneClientWithinTheScope() throws Exception {
        mvc.perform(get("/api/v1/clients/{id}", CLIENT_ID).with(user(clientUser)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.name", is("滨海银行")))
            .andExpect(jsonPath("$.address", is("深圳市福田区")))
            .andExpect(jsonPath("$.notes", is("总部与两个网点")));
        verify(clients).get(clientUser.scope(), CLIENT_ID);
    }

    @Test
    void clientOutsideTheScopeIsANotFoundProblemInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/clients/{id}", UNKNOWN_ID).with(user(clientUser)))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status", is(404)))
            .andExpect(jsonPath("$.detail", is("客户 99 不存在或不在您的数据范围内。")))
            .andExpect(jsonPath("$.instance", is("/api/v1/clients/99")));
        mvc.perform(get("/api/v1/clients/{id}", UNKNOWN_ID).with(user(clientUser)).header("Accept-Language", "en"))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.title", is("Not found")))
            .andExpect(jsonPath("$.detail", is("Client 99 does not exist or is outside your data scope.")));
    }

    @Test
    void unknownStatusFilterIsABadRequestProblem() throws Exception {
        mvc.perform(get("/api/v1/clients").with(user(clientUser)).param("status", "VIP"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(clients);
    }

    @Test
    void managerCreatesAClientAndLearnsWhereItIs() throws Exception {
        when(clients.create(any())).thenReturn(OrgSamples.client(41, "前海会展中心", "0755-2345 6789", ClientStatus.PROSPECT));
        mvc.perform(newClient("""
                {"name": "前海会展中心", "phone": "0755-2345 6789", "status": "PROSPECT"}
                """).with(user(manager)))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", "/api/v1/clients/41"))
            .andExpect(jsonPath("$.id", is(41)))
            .andExpect(jsonPath("$.name", is("前海会展中心")))
            .andExpect(jsonPath("$.status", is("PROSPECT")));
        verify(clients).create(new ClientDetails("前海会展中心", null, null, "0755-2345 6789", ClientStatus.PROSPECT, null, null));
    }

    @Test
    void invalidBodyIsABadRequestListingEachFieldAndCreatesNothing() throws Exception {
        mvc.perform(newClient("""
                {"name": "", "phone": "call me"}
                """).with(user(manager)))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail", is("部分字段填写有误。")))
            .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "phone", "status")))
            .andExpect(jsonPath("$.errors[?(@.field == 'phone')].message", hasItem("只能使用数字、空格、+、- 和括号。")));
        mvc.perform(newClient("""
                {"name": "x", "phone": "call me", "status": "ACTIVE"}
                """).with(user(manager)).header("Accept-Language", "en"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field", is("phone")))
            .andExpect(jsonPath("$.errors[0].message", is("Use digits, spaces, +, - and parentheses only.")));
        mvc.perform(newClient("not json").with(user(manager)))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verify(clients, never()).create(any());
    }

    @Test
    void takenNameIsRefusedWith422InTheCallersLanguage() throws Exception {
        when(clients.create(any())).thenThrow(new DomainException("client.nameTaken", "滨海银行"));
        String body = """
                {"name": "滨海银行", "status": "ACTIVE"}
                """;
        mvc.perform(newClient(body).with(user(manager)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail", is("已存在名为“滨海银行”的客户。")));
        mvc.perform(newClient(body).with(user(manager)).header("Accept-Language", "en"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail", is("A client named 滨海银行 already exists.")));
    }

    @Test
    void callersWithoutThePermissionAreRefusedWithAProblem() throws Exception {
        var outsider = withPermissions(OrganisationPermissions.ORG_VIEW, OrganisationPermissions.ORG_MANAGE);
        mvc.perform(get("/api/v1/clients").with(outsider))
            .andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status", is(403)));
        mvc.perform(get("/api/v1/clients/{id}", CLIENT_ID).with(outsider)).andExpect(status().isForbidden());
        mvc.perform(newClient("""
                {"name": "越权客户", "status": "ACTIVE"}
                """).with(user(clientUser)))
            .andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(clients);
    }

    @Test
    void anonymousCallersAreUnauthorizedWithAProblem() throws Exception {
        mvc.perform(get("/api/v1/clients"))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail", is("请先登录，或提供有效的访问令牌。")));
        mvc.perform(get("/api/v1/clients/{id}", CLIENT_ID)).andExpect(status().isUnauthorized());
        mvc.perform(newClient("""
                {"name": "匿名客户", "status": "ACTIVE"}
                """))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(clients);
    }

    private static MockHttpServletRequestBuilder newClient(String json) {
        return post("/api/v1/clients").contentType(MediaType.APPLICATION_JSON).content(json);
    }

}
