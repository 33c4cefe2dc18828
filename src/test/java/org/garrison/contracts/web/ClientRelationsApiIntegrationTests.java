package org.garrison.contracts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.garrison.contracts.ContractPermissions;
import org.garrison.contracts.TestClients;
import org.garrison.contracts.internal.ClientRelations;
import org.garrison.contracts.internal.Commitment.Source;
import org.garrison.contracts.internal.ReturnVisit;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.internal.Clients;
import org.garrison.platform.security.TestPrincipals;
import org.garrison.shared.DataScope;
import org.garrison.shared.ScopeLevel;
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

    private static final DataScope COMPANY = DataScope.company(0);

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

    @Autowired
    ClientRelations relations;

    @Autowired
    Clients clients;

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

    @Test
    void oneCommitmentReturnVisitAndMeetingWithItsItemsAreReadWithinTheClientsScope() throws Exception {
        long client = TestClients.prospect(clients);
        LocalDate today = LocalDate.now(clock);
        var meeting = relations.recordMeeting(COMPANY, client, today, "年终服务沟通会", "李娜, 赵强", "确认明年岗位调整方案。");
        var later = relations.commit(COMPANY, Source.MEETING, meeting.getId(), "调整岗位", "赵强", today.plusDays(9));
        var sooner = relations.commit(COMPANY, Source.MEETING, meeting.getId(), "更换门岗对讲机", "陈静", today.plusDays(2));
        var kept = relations.commit(COMPANY, Source.MEETING, meeting.getId(), "补发工装", "陈静", today.plusDays(1));
        relations.keep(COMPANY, kept.getId(), "已补发");
        var returnVisit = relations.scheduleReturnVisit(COMPANY, client, ReturnVisit.Method.PHONE, today.plusDays(3), 3);

        mvc.perform(get("/api/v1/contracts/meetings/{id}", meeting.getId()).with(as("cs")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.clientId").value(client))
            .andExpect(jsonPath("$.topic").value("年终服务沟通会"))
            .andExpect(jsonPath("$.items[*].id").value(contains(sooner.getId().intValue(), later.getId().intValue(),
                    kept.getId().intValue())))
            .andExpect(jsonPath("$.items[0].source").value("MEETING"))
            .andExpect(jsonPath("$.items[0].overdue").value(false));
        mvc.perform(get("/api/v1/contracts/commitments/{id}", later.getId()).with(as("chairman")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.what").value("调整岗位"))
            .andExpect(jsonPath("$.sourceId").value(meeting.getId()))
            .andExpect(jsonPath("$.keptOn").value(nullValue()));
        mvc.perform(get("/api/v1/contracts/return-visits/{id}", returnVisit.getId()).with(as("cs")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.method").value("PHONE"))
            .andExpect(jsonPath("$.repeatMonths").value(3))
            .andExpect(jsonPath("$.scheduledOn").value(today.plusDays(3).toString()));

        var ownClient = TestPrincipals.as(ScopeLevel.CLIENT, client, ContractPermissions.CONTRACTS_VIEW);
        mvc.perform(get("/api/v1/contracts/meetings/{id}", meeting.getId()).with(ownClient)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/contracts/commitments/{id}", later.getId()).with(ownClient)).andExpect(status().isOk());
        long bank = organisation.clientByName("鹏城银行深圳分行").orElseThrow().value();
        var otherClient = TestPrincipals.as(ScopeLevel.CLIENT, bank, ContractPermissions.CONTRACTS_VIEW);
        mvc.perform(get("/api/v1/contracts/meetings/{id}", meeting.getId()).with(otherClient).header("Accept-Language", "zh-CN"))
            .andExpect(status().isNotFound())
            .andExpect(header().string("Content-Type", "application/problem+json"))
            .andExpect(jsonPath("$.detail").value("客户沟通会 " + meeting.getId() + " 不存在或不在您的数据范围内。"));
        mvc.perform(get("/api/v1/contracts/commitments/{id}", later.getId()).with(otherClient).header("Accept-Language", "zh-CN"))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.detail").value("承诺事项 " + later.getId() + " 不存在或不在您的数据范围内。"));
        mvc.perform(get("/api/v1/contracts/return-visits/{id}", returnVisit.getId()).with(otherClient)
                .header("Accept-Language", "zh-CN"))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.detail").value("回访 " + returnVisit.getId() + " 不存在或不在您的数据范围内。"));
    }

    @Test
    void singleReadsNeedContractsViewASignInAndANumericId() throws Exception {
        for (String path : List.of("/api/v1/contracts/commitments/1", "/api/v1/contracts/return-visits/1",
                "/api/v1/contracts/meetings/1")) {
            mvc.perform(get(path).with(as("client"))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(as("guard"))).andExpect(status().isForbidden());
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/contracts/meetings/{id}", "abc").with(as("cs")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isBadRequest())
            .andExpect(header().string("Content-Type", "application/problem+json"))
            .andExpect(jsonPath("$.detail").value("参数 id 的值无效：“abc”。"));
    }

    @Test
    void aClientsListsArePagedInTheQueryWithOpenCommitmentsFirst() throws Exception {
        long client = TestClients.prospect(clients);
        LocalDate today = LocalDate.now(clock);
        var meeting = relations.recordMeeting(COMPANY, client, today.minusDays(1), "季度沟通会", "李娜", "纪要");
        var late = relations.commit(COMPANY, Source.MEETING, meeting.getId(), "夜班增加一次巡逻", "赵强", today.plusDays(5));
        var kept = relations.commit(COMPANY, Source.MEETING, meeting.getId(), "补发工装", "陈静", today.plusDays(1));
        var soon = relations.commit(COMPANY, Source.MEETING, meeting.getId(), "更换对讲机", "陈静", today.plusDays(2));
        relations.keep(COMPANY, kept.getId(), "已补发");
        var older = relations.planVisit(COMPANY, client, "回顾 1", "王经理", today.minusDays(2), "客服");
        var newer = relations.planVisit(COMPANY, client, "回顾 2", "王经理", today.minusDays(1), "客服");
        relations.planVisit(COMPANY, client, "回顾 3", "王经理", today.minusDays(3), "客服");
        relations.recordVisit(COMPANY, newer.getId(), today.minusDays(1), "王经理", "夜班岗位", "");
        var done = relations.scheduleReturnVisit(COMPANY, client, ReturnVisit.Method.PHONE, today.minusDays(1), null);
        relations.returnVisitDone(COMPANY, done.getId(), "满意", true);
        var open = relations.scheduleReturnVisit(COMPANY, client, ReturnVisit.Method.ON_SITE, today.plusDays(7), null);

        String commitments = "/api/v1/contracts/clients/{id}/commitments";
        mvc.perform(get(commitments, client).param("size", "2").with(as("cs")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[*].id").value(contains(soon.getId().intValue(), late.getId().intValue())))
            .andExpect(jsonPath("$.page").value(0))
            .andExpect(jsonPath("$.size").value(2))
            .andExpect(jsonPath("$.totalElements").value(3))
            .andExpect(jsonPath("$.totalPages").value(2));
        mvc.perform(get(commitments, client).param("size", "2").param("page", "1").with(as("cs")))
            .andExpect(jsonPath("$.content[*].id").value(contains(kept.getId().intValue())));
        mvc.perform(get(commitments, client).param("open", "false").with(as("cs")))
            .andExpect(jsonPath("$.content[*].keptNote").value(contains("已补发")))
            .andExpect(jsonPath("$.totalElements").value(1));

        mvc.perform(get("/api/v1/contracts/clients/{id}/visits", client).param("size", "2").with(as("cs")))
            .andExpect(jsonPath("$.content[*].id").value(contains(newer.getId().intValue(), older.getId().intValue())))
            .andExpect(jsonPath("$.totalElements").value(3));
        mvc.perform(get("/api/v1/contracts/clients/{id}/visits", client).param("status", "RECORDED").with(as("cs")))
            .andExpect(jsonPath("$.content[*].id").value(contains(newer.getId().intValue())))
            .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/contracts/clients/{id}/return-visits", client).param("open", "true").with(as("cs")))
            .andExpect(jsonPath("$.content[*].id").value(contains(open.getId().intValue())));
        mvc.perform(get("/api/v1/contracts/clients/{id}/return-visits", client).with(as("cs")))
            .andExpect(jsonPath("$.content[*].id").value(contains(open.getId().intValue(), done.getId().intValue())));
        mvc.perform(get("/api/v1/contracts/clients/{id}/meetings", client).param("size", "1").with(as("cs")))
            .andExpect(jsonPath("$.content[*].id").value(contains(meeting.getId().intValue())))
            .andExpect(jsonPath("$.totalPages").value(1));

        mvc.perform(get(commitments, client).param("size", "0").with(as("cs")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isBadRequest())
            .andExpect(header().string("Content-Type", "application/problem+json"))
            .andExpect(jsonPath("$.title").value("请求有误"));
        long bank = organisation.clientByName("鹏城银行深圳分行").orElseThrow().value();
        mvc.perform(get(commitments, client).with(TestPrincipals.as(ScopeLevel.CLIENT, bank, ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isNotFound());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
