package org.garrison.contracts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Client relations over the API as the demo users: a visit planned, recorded, a commitment made and kept. */
@IntegrationTest
class ClientRelationsApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void customerServicePlansAndRecordsAVisitAndKeepsTheCommitmentMadeOnIt() throws Exception {
        long bank = organisation.clientByName("鹏城银行深圳分行").orElseThrow().value();
        LocalDate today = LocalDate.now(clock);
        String purpose = "季度服务回顾 " + UUID.randomUUID();
        var planned = mvc.perform(post("/api/v1/contracts/clients/{id}/visits", bank).with(as("cs"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"purpose\": \"%s\", \"visitee\": \"行政部 王经理\", \"plannedOn\": \"%s\"}".formatted(purpose, today)))
            .andExpect(status().isCreated())
            .andReturn().getResponse();
        long visit = ((Number) JsonPath.read(planned.getContentAsString(), "$.id")).longValue();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Visit' and entity_id = ?")
            .param(String.valueOf(visit)).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/api/v1/contracts/visits/{id}/report", visit).with(as("cs")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"report\": \"尚未拜访\"}"))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/contracts/visits/{id}/record", visit).with(as("cs")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"visitedOn\": \"%s\", \"peopleMet\": \"王经理\", \"discussed\": \"夜班岗位\"}".formatted(today)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("RECORDED"));
        var committed = mvc.perform(post("/api/v1/contracts/visits/{id}/commitments", visit).with(as("cs"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"what\": \"夜班增加一次巡逻\", \"owner\": \"赵强\", \"due\": \"%s\"}".formatted(today.plusDays(7))))
            .andExpect(status().isCreated())
            .andReturn().getResponse();
        int commitment = JsonPath.read(committed.getContentAsString(), "$.id");
        mvc.perform(get("/api/v1/contracts/clients/{id}/commitments", bank).param("open", "true").param("size", "100")
                .with(as("chairman")))
            .andExpect(jsonPath("$.content[*].id", hasItem(commitment)));
        mvc.perform(post("/api/v1/contracts/commitments/{id}/kept", commitment).with(as("cs"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"已安排\"}"))
            .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/contracts/clients/{id}/commitments", bank).param("open", "true").param("size", "100")
                .with(as("cs")))
            .andExpect(jsonPath("$.content[*].id", not(hasItem(commitment))));
        mvc.perform(get("/api/v1/contracts/visits/{id}", visit).with(as("cs"))).andExpect(jsonPath("$.purpose").value(purpose));
    }

    @Test
    void clientUsersReachNoRelationRecords() throws Exception {
        long bank = organisation.clientByName("鹏城银行深圳分行").orElseThrow().value();
        mvc.perform(get("/api/v1/contracts/clients/{id}/visits", bank).with(as("client"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/contracts/clients/{id}/meetings", bank).with(as("client"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"heldOn\": \"2026-11-01\", \"topic\": \"t\", \"attendees\": \"a\", \"minutes\": \"m\"}"))
            .andExpect(status().isForbidden());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
