package org.garrison.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ClientApiControllerIntegrationTests extends OrganisationWebTest {

    @Test
    void clientUsersSeeOnlyTheirOwnClientRecord() throws Exception {
        mvc.perform(get("/api/v1/clients").with(as("client")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content", hasSize(1)))
            .andExpect(jsonPath("$.content[0].name", is(BANK)))
            .andExpect(jsonPath("$.content[0].status", is("ACTIVE")));
        mvc.perform(get("/api/v1/clients").with(as("client2")))
            .andExpect(jsonPath("$.content", hasSize(1)))
            .andExpect(jsonPath("$.content[0].name", is(PARK)));
        mvc.perform(get("/api/v1/clients").with(as("cs")))
            .andExpect(jsonPath("$.content[*].name", hasItems(BANK, PARK, PROSPECT)));
        mvc.perform(get("/api/v1/clients").param("status", "PROSPECT").with(as("cs")))
            .andExpect(jsonPath("$.content[*].name", hasItem(PROSPECT)))
            .andExpect(jsonPath("$.content[*].name", not(hasItem(BANK))));
    }

    @Test
    void textFiltersAreLiteralAndStayWithinTheScope() throws Exception {
        mvc.perform(get("/api/v1/clients").param("q", "鹏城").with(as("cs")))
            .andExpect(jsonPath("$.content[*].name", hasItem(BANK)))
            .andExpect(jsonPath("$.content[*].name", not(hasItem(PARK))));
        mvc.perform(get("/api/v1/clients").param("q", "鹏城").with(as("client2")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalElements", is(0)));
        // a literal percent sign: only names that hold one (another test class may have made one), never every client
        mvc.perform(get("/api/v1/clients").param("q", "%").with(as("cs")))
            .andExpect(jsonPath("$.content[*].name", everyItem(containsString("%"))))
            .andExpect(jsonPath("$.content[*].name", not(hasItem(BANK))));
    }

    @Test
    void anotherClientsRecordIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/clients/{id}", clientId(PARK)).with(as("client")))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/clients/{id}", clientId(BANK)).with(as("client2"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/clients/{id}", clientId(PARK)).with(as("client2")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.phone", is("0755-26005678")));
        mvc.perform(get("/api/v1/clients/{id}", clientId(BANK)).with(as("supervisor"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/clients/{id}", clientId(PARK)).with(as("supervisor"))).andExpect(status().isNotFound());
    }

    @Test
    void readingNeedsClientsView() throws Exception {
        mvc.perform(get("/api/v1/clients").with(as("guard")))
            .andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/clients/{id}", clientId(BANK)).with(as("leader"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/clients")).andExpect(status().isUnauthorized());
    }

    @Test
    void customerServiceCreatesAClientWithLocationAndAuditRow() throws Exception {
        String name = "接口客户" + unique("C");
        var result = mvc.perform(post("/api/v1/clients").with(as("cs")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": " %s ", "industry": "物流", "phone": "0755-88886666", "status": "PROSPECT"}
                        """.formatted(name)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.name", is(name)))
            .andExpect(jsonPath("$.status", is("PROSPECT")))
            .andReturn();
        long id = clientId(name);
        assertThat(result.getResponse().getHeader("Location")).endsWith("/api/v1/clients/" + id);
        assertThat(auditRows("Client", id)).isEqualTo(1);
        mvc.perform(get(result.getResponse().getHeader("Location")).with(as("cs")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.industry", is("物流")));
    }

    @Test
    void invalidClientIsRefusedWithFieldErrorsAndNothingIsSaved() throws Exception {
        long before = count("select count(*) from org_client");
        mvc.perform(post("/api/v1/clients").with(as("cs")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": "", "phone": "call me"}
                        """))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.errors[*].field", hasItems("name", "phone", "status")));
        mvc.perform(post("/api/v1/clients").with(as("cs")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": "状态不对", "status": "MAYBE"}
                        """))
            .andExpect(status().isBadRequest());
        assertThat(count("select count(*) from org_client")).isEqualTo(before);
    }

    @Test
    void duplicateClientNameIsRefusedWith422AndNothingIsSaved() throws Exception {
        long before = count("select count(*) from org_client");
        mvc.perform(post("/api/v1/clients").with(as("cs")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": "%s", "status": "ACTIVE"}
                        """.formatted(BANK)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail", is("已存在名为“" + BANK + "”的客户。")));
        assertThat(count("select count(*) from org_client")).isEqualTo(before);
    }

    @Test
    void creatingClientsNeedsClientsManage() throws Exception {
        String body = """
                {"name": "%s", "status": "ACTIVE"}
                """.formatted("越权客户" + unique("C"));
        mvc.perform(post("/api/v1/clients").with(as("client")).contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/clients").with(as("ops")).contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isForbidden());
        assertThat(count("select count(*) from org_client where name like '越权客户%'")).isZero();
    }

}
