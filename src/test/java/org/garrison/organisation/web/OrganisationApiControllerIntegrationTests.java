package org.garrison.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class OrganisationApiControllerIntegrationTests extends OrganisationWebTest {

    @Test
    void branchesAreCutToTheCallersScope() throws Exception {
        mvc.perform(get("/api/v1/branches").with(as("admin")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[*].code", hasItems("B1", "B2")));
        mvc.perform(get("/api/v1/branches").with(as("supervisor")))
            .andExpect(jsonPath("$.content", hasSize(1)))
            .andExpect(jsonPath("$.content[0].code", is("B1")))
            .andExpect(jsonPath("$.content[0].name", is("第一大队")));
        mvc.perform(get("/api/v1/branches").with(as("client2")))
            .andExpect(jsonPath("$.content[*].code", hasItem("B2")))
            .andExpect(jsonPath("$.content[*].code", not(hasItem("B1"))));
    }

    @Test
    void clientsSeeOnlyTheirOwnSites() throws Exception {
        mvc.perform(get("/api/v1/sites").with(as("client")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[*].code", hasItems("S101", "S102")))
            .andExpect(jsonPath("$.content[*].code", not(hasItem("S201"))))
            .andExpect(jsonPath("$.content[*].clientName", everyItem(is(BANK))));
        mvc.perform(get("/api/v1/sites").with(as("client2")))
            .andExpect(jsonPath("$.content[*].code", hasItems("S201", "S202")))
            .andExpect(jsonPath("$.content[*].code", not(hasItem("S101"))));
    }

    @Test
    void filtersNarrowTheScopeButNeverWidenIt() throws Exception {
        mvc.perform(get("/api/v1/sites").param("branchId", String.valueOf(branchId("B2"))).with(as("admin")))
            .andExpect(jsonPath("$.content[*].code", hasItems("S201", "S202")))
            .andExpect(jsonPath("$.content[*].branchName", everyItem(is("第二大队"))));
        mvc.perform(get("/api/v1/sites").param("clientId", String.valueOf(clientId(BANK))).with(as("ops")))
            .andExpect(jsonPath("$.content[*].code", hasItems("S101", "S102")))
            .andExpect(jsonPath("$.content[*].clientName", everyItem(is(BANK))));
        mvc.perform(get("/api/v1/sites").param("clientId", String.valueOf(clientId(PARK))).with(as("client")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content", hasSize(0)));
        mvc.perform(get("/api/v1/sites").param("branchId", String.valueOf(branchId("B2"))).with(as("supervisor")))
            .andExpect(jsonPath("$.content", hasSize(0)));
    }

    @Test
    void sitesArePagedInTheQueryByCodeWithinTheScope() throws Exception {
        mvc.perform(get("/api/v1/sites").param("size", "1").with(as("client")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content", hasSize(1)))
            .andExpect(jsonPath("$.content[0].code", is("S101")))
            .andExpect(jsonPath("$.page", is(0)))
            .andExpect(jsonPath("$.size", is(1)))
            .andExpect(jsonPath("$.totalElements", is(2)))
            .andExpect(jsonPath("$.totalPages", is(2)));
        mvc.perform(get("/api/v1/sites").param("page", "1").param("size", "1").with(as("client")))
            .andExpect(jsonPath("$.content[*].code", contains("S102")));
        mvc.perform(get("/api/v1/sites").param("page", "2").param("size", "1").with(as("client")))
            .andExpect(jsonPath("$.content", hasSize(0)))
            .andExpect(jsonPath("$.totalElements", is(2)));
        mvc.perform(get("/api/v1/sites").param("size", "101").with(as("client")))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/branches").param("size", "1").with(as("admin")))
            .andExpect(jsonPath("$.content", hasSize(1)))
            .andExpect(jsonPath("$.content[0].code", is("B1")));
    }

    @Test
    void siteDetailCarriesItsPostsAndHidesOtherClientsSites() throws Exception {
        mvc.perform(get("/api/v1/sites/{id}", siteId("S201")).with(as("client2")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.code", is("S201")))
            .andExpect(jsonPath("$.clientName", is(PARK)))
            .andExpect(jsonPath("$.posts[*].kind", hasItems("GATE", "LOBBY", "PATROL", "CONTROL_ROOM")));
        mvc.perform(get("/api/v1/sites/{id}", siteId("S201")).with(as("client")))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status", is(404)));
        mvc.perform(get("/api/v1/sites/{id}", siteId("S101")).with(as("client2"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/sites/{id}", siteId("S102")).with(as("leader"))).andExpect(status().isNotFound());
    }

    @Test
    void readingNeedsOrgViewAndAnAuthenticatedCaller() throws Exception {
        mvc.perform(get("/api/v1/sites").with(withoutPermissions()))
            .andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/branches").with(withoutPermissions())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sites/{id}", siteId("S101")).with(withoutPermissions())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sites"))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void managerCreatesASiteWithLocationAndAuditRow() throws Exception {
        String code = unique("A");
        var result = mvc.perform(post("/api/v1/sites").with(as("ops")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"branchId": %d, "clientId": %d, "code": "%s", "name": "接口新建驻点", "address": "深圳市南山区"}
                        """.formatted(branchId("B2"), clientId(PARK), code.toLowerCase())))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.code", is(code)))
            .andExpect(jsonPath("$.clientName", is(PARK)))
            .andReturn();
        long id = siteId(code);
        assertThat(result.getResponse().getHeader("Location")).endsWith("/api/v1/sites/" + id);
        assertThat(auditRows("Site", id)).isEqualTo(1);
        mvc.perform(get("/api/v1/sites/{id}", id).with(as("client2")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.posts", hasSize(0)));
    }

    @Test
    void invalidSiteIsRefusedWithFieldErrorsAndNothingIsSaved() throws Exception {
        long before = count("select count(*) from org_site");
        mvc.perform(post("/api/v1/sites").with(as("ops")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"code": "a b", "name": ""}
                        """))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.errors[*].field", hasItems("branchId", "code", "name")))
            .andExpect(jsonPath("$.errors[?(@.field == 'code')].message", hasItem("只能使用字母、数字和连字符。")));
        mvc.perform(post("/api/v1/sites").with(as("ops")).contentType(MediaType.APPLICATION_JSON).content("not json"))
            .andExpect(status().isBadRequest());
        assertThat(count("select count(*) from org_site")).isEqualTo(before);
    }

    @Test
    void fieldErrorsFollowTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/sites").with(as("ops")).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"branchId": %d, "code": "x y", "name": "n"}
                        """.formatted(branchId("B1"))))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field", is("code")))
            .andExpect(jsonPath("$.errors[0].message", is("Use letters, digits and hyphens only.")));
    }

    @Test
    void duplicateSiteCodeIsRefusedWith422AndNothingIsSaved() throws Exception {
        long before = count("select count(*) from org_site");
        mvc.perform(post("/api/v1/sites").with(as("ops")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"branchId": %d, "code": "S101", "name": "重复驻点"}
                        """.formatted(branchId("B1"))))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail", is("编号 S101 已被使用。")));
        assertThat(count("select count(*) from org_site")).isEqualTo(before);
    }

    @Test
    void creatingSitesNeedsOrgManageAndABranchInScope() throws Exception {
        String body = """
                {"branchId": %d, "code": "%s", "name": "越权驻点"}
                """.formatted(branchId("B1"), unique("A"));
        mvc.perform(post("/api/v1/sites").with(as("cs")).contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sites").with(as("client")).contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sites").with(managerOfBranch("B2")).contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(count("select count(*) from org_site where name = '越权驻点'")).isZero();
    }

    @Test
    void createdSiteLocationIsAbsolute() throws Exception {
        mvc.perform(post("/api/v1/sites").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"branchId": %d, "code": "%s", "name": "定位驻点"}
                        """.formatted(branchId("B1"), unique("A"))))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/sites/")));
    }

}
