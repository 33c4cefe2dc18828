package org.garrison.contracts.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;

import org.garrison.contracts.TestClients;
import org.garrison.organisation.internal.ClientStatus;
import org.garrison.organisation.internal.Clients;
import org.garrison.organisation.internal.Clients.ClientDetails;
import org.garrison.testsupport.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 巡回访问: an active client nobody visited is listed for customer service, never visited first; a visit takes it
 * off the list for the months asked about, an old visit does not.
 */
@IntegrationTest
class UnvisitedClientsIntegrationTests {

    private static final String LIST = "/api/v1/contracts/unvisited-clients";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clients clients;

    @Autowired
    Clock clock;

    @Test
    void anActiveClientNobodyVisitedIsListedUntilSomeoneVisitsIt() throws Exception {
        int fresh = active();
        int visitedLongAgo = active();
        LocalDate today = LocalDate.now(clock);
        visit(visitedLongAgo, today.minusMonths(5));

        mvc.perform(get(LIST).param("size", "100").with(as("cs")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[*].clientId", hasItem(fresh)))
            .andExpect(jsonPath("$.content[*].clientId", hasItem(visitedLongAgo)))
            .andExpect(jsonPath("$.content[?(@.clientId == %d)].lastVisitedOn".formatted(visitedLongAgo))
                .value(hasItem(today.minusMonths(5).toString())))
            .andExpect(jsonPath("$.content[0].lastVisitedOn").value(Matchers.nullValue()));
        mvc.perform(get(LIST).param("months", "6").param("size", "100").with(as("cs")))
            .andExpect(jsonPath("$.content[*].clientId", not(hasItem(visitedLongAgo))))
            .andExpect(jsonPath("$.content[*].clientId", hasItem(fresh)));

        visit(fresh, today);
        mvc.perform(get(LIST).param("size", "100").with(as("cs")))
            .andExpect(jsonPath("$.content[*].clientId", not(hasItem(fresh))));

        mvc.perform(get("/contracts/unvisited").with(as("cs")))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("data-client=\"" + visitedLongAgo + "\"")))
            .andExpect(content().string(Matchers.containsString("从未拜访")));
    }

    @Test
    void onlyCustomerServiceSeesTheListAndTheMonthsAreChecked() throws Exception {
        mvc.perform(get(LIST).with(as("guard"))).andExpect(status().isForbidden());
        mvc.perform(get(LIST).with(as("client"))).andExpect(status().isForbidden());
        mvc.perform(get("/contracts/unvisited").with(as("guard"))).andExpect(status().isForbidden());
        mvc.perform(get(LIST)).andExpect(status().isUnauthorized());
        mvc.perform(get(LIST).param("months", "0").header("Accept-Language", "zh-CN").with(as("cs")))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("未拜访月数须在 1 到 36 之间。"));
        mvc.perform(get(LIST).param("size", "101").with(as("cs"))).andExpect(status().isBadRequest());
        mvc.perform(get("/contracts/unvisited").param("months", "99").with(as("cs")))
            .andExpect(content().string(Matchers.containsString("alert-danger")));
    }

    private int active() {
        return clients.create(new ClientDetails(TestClients.name(), "银行", null, null, ClientStatus.ACTIVE, null, null))
            .getId()
            .intValue();
    }

    private void visit(long client, LocalDate on) throws Exception {
        var planned = mvc.perform(post("/api/v1/contracts/clients/{id}/visits", client).with(as("cs"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"purpose\": \"巡回访问\", \"visitee\": \"行政部 王经理\", \"plannedOn\": \"%s\"}".formatted(on)))
            .andExpect(status().isCreated())
            .andReturn().getResponse();
        long visit = ((Number) JsonPath.read(planned.getContentAsString(), "$.id")).longValue();
        mvc.perform(post("/api/v1/contracts/visits/{id}/record", visit).with(as("cs")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"visitedOn\": \"%s\", \"peopleMet\": \"王经理\", \"discussed\": \"服务回顾\"}".formatted(on)))
            .andExpect(status().isOk());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
