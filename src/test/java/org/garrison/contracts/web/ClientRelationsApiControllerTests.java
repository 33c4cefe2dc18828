package org.garrison.contracts.web;

import static org.garrison.contracts.web.WebSamples.CLIENT_ID;
import static org.garrison.contracts.web.WebSamples.withId;
import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItems;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.garrison.contracts.ContractPermissions;
import org.garrison.contracts.internal.ClientRelations;
import org.garrison.contracts.internal.Commitment;
import org.garrison.contracts.internal.ContractSamples;
import org.garrison.contracts.internal.RelationQueries;
import org.garrison.contracts.internal.RelationQueries.MeetingRecord;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ClientRelationsApiControllerTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    ClientRelations relations;

    @Autowired
    RelationQueries queries;

    @BeforeEach
    void fixClock() {
        clock.fix(java.time.Instant.parse("2026-12-07T02:00:00Z"));
    }

    @Test
    void customerServicePlansAVisitAndGetsItsAddress() throws Exception {
        when(relations.planVisit(any(), eq(CLIENT_ID), eq("季度服务回顾"), eq("物业经理 李娜"), eq(LocalDate.of(2026, 12, 10)),
                anyString())).thenReturn(withId(ContractSamples.visit(CLIENT_ID, "季度服务回顾", LocalDate.of(2026, 12, 10)), 21L));
        mvc.perform(post("/api/v1/contracts/clients/{id}/visits", CLIENT_ID)
                .with(withPermissions(ContractPermissions.CLIENT_RELATIONS_MANAGE)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"purpose\": \"季度服务回顾\", \"visitee\": \"物业经理 李娜\", \"plannedOn\": \"2026-12-10\"}"))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", endsWith("/api/v1/contracts/visits/21")))
            .andExpect(jsonPath("$.status").value("PLANNED"));
    }

    @Test
    void anIncompleteVisitIsRefusedFieldByFieldAndAReportBeforeTheRecordWith422() throws Exception {
        mvc.perform(post("/api/v1/contracts/clients/{id}/visits", CLIENT_ID)
                .with(withPermissions(ContractPermissions.CLIENT_RELATIONS_MANAGE)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"plannedOn\": \"not a date\"}"))
            .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/contracts/clients/{id}/visits", CLIENT_ID)
                .with(withPermissions(ContractPermissions.CLIENT_RELATIONS_MANAGE)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"purpose\": \"\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(hasItems("purpose", "visitee", "plannedOn")));
        verifyNoInteractions(relations);

        doThrow(new DomainException("visit.notRecorded")).when(relations).reportVisit(any(), eq(21L), anyString());
        mvc.perform(post("/api/v1/contracts/visits/21/report").with(withPermissions(ContractPermissions.CLIENT_RELATIONS_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"report\": \"报告\"}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("请先填写拜访记录卡，再写拜访报告。"));
    }

    @Test
    void commitmentsAreFilteredAndPagedInTheQuery() throws Exception {
        var open = withId(ContractSamples.commitment(CLIENT_ID, "夜班增加一次巡逻", TODAY.minusDays(1)), 7L);
        when(queries.commitments(any(), eq(CLIENT_ID), eq(true), eq(PageRequest.of(1, 1))))
            .thenReturn(new PageImpl<>(List.of(open), PageRequest.of(1, 1), 2));
        mvc.perform(get("/api/v1/contracts/clients/{id}/commitments", CLIENT_ID).param("open", "true")
                .param("size", "1").param("page", "1").with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[0].what").value("夜班增加一次巡逻"))
            .andExpect(jsonPath("$.content[0].overdue").value(true))
            .andExpect(jsonPath("$.page").value(1))
            .andExpect(jsonPath("$.size").value(1))
            .andExpect(jsonPath("$.totalElements").value(2))
            .andExpect(jsonPath("$.totalPages").value(2));
        mvc.perform(get("/api/v1/contracts/clients/{id}/commitments", CLIENT_ID).param("size", "101")
                .header("Accept-Language", "zh-CN").with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isBadRequest())
            .andExpect(header().string("Content-Type", "application/problem+json"));
    }

    @Test
    void oneCommitmentReturnVisitOrMeetingWithItsItemsIsRead() throws Exception {
        when(queries.commitment(any(), eq(7L)))
            .thenReturn(withId(ContractSamples.commitment(CLIENT_ID, "夜班增加一次巡逻", TODAY.plusDays(3)), 7L));
        mvc.perform(get("/api/v1/contracts/commitments/7").with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.what").value("夜班增加一次巡逻"))
            .andExpect(jsonPath("$.overdue").value(false));
        when(queries.returnVisit(any(), eq(4L))).thenReturn(withId(ContractSamples.returnVisit(CLIENT_ID, TODAY), 4L));
        mvc.perform(get("/api/v1/contracts/return-visits/4").with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.id").value(4))
            .andExpect(jsonPath("$.scheduledOn").value(TODAY.toString()));
        var item = withId(ContractSamples.commitment(CLIENT_ID, "调整岗位", TODAY.minusDays(1)), 9L);
        when(queries.meeting(any(), eq(3L)))
            .thenReturn(new MeetingRecord(withId(ContractSamples.meeting(CLIENT_ID, TODAY), 3L), List.of(item)));
        mvc.perform(get("/api/v1/contracts/meetings/3").with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.topic").value("年终服务沟通会"))
            .andExpect(jsonPath("$.items[0].id").value(9))
            .andExpect(jsonPath("$.items[0].overdue").value(true));
    }

    @Test
    void meetingsAndActionItemsGoThroughTheService() throws Exception {
        when(queries.meetings(any(), eq(CLIENT_ID), any())).thenReturn(new PageImpl<>(
                List.of(withId(ContractSamples.meeting(CLIENT_ID, TODAY), 3L)), PageRequest.of(0, 20), 1));
        mvc.perform(get("/api/v1/contracts/clients/{id}/meetings", CLIENT_ID).with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(jsonPath("$.content[0].topic").value("年终服务沟通会"));
        when(relations.commit(any(), eq(Commitment.Source.MEETING), eq(3L), eq("调整岗位"), eq("赵强"), eq(TODAY.plusDays(7))))
            .thenReturn(withId(ContractSamples.commitment(CLIENT_ID, "调整岗位", TODAY.plusDays(7)), 9L));
        mvc.perform(post("/api/v1/contracts/meetings/3/items").with(withPermissions(ContractPermissions.CLIENT_RELATIONS_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"what\": \"调整岗位\", \"owner\": \"赵强\", \"due\": \"2026-12-14\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.id").value(9));
        mvc.perform(post("/api/v1/contracts/return-visits/4/outcome").with(withPermissions(ContractPermissions.CLIENT_RELATIONS_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"满意\", \"satisfied\": true}"))
            .andExpect(status().isNoContent());
        verify(relations).returnVisitDone(any(), eq(4L), eq("满意"), eq(true));
    }

    @Test
    void anotherClientsRecordsAreNotFound() throws Exception {
        when(queries.visits(any(), eq(99L), any(), any())).thenThrow(new NotFoundException("entity.client", 99L));
        mvc.perform(get("/api/v1/contracts/clients/99/visits").with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isNotFound());
        when(queries.visit(any(), eq(98L))).thenThrow(new NotFoundException("entity.visit", 98L));
        mvc.perform(get("/api/v1/contracts/visits/98").header("Accept-Language", "en")
                .with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.detail").value("Client visit 98 does not exist or is outside your data scope."));
        when(queries.meeting(any(), eq(97L))).thenThrow(new NotFoundException("entity.meeting", 97L));
        mvc.perform(get("/api/v1/contracts/meetings/97").with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.detail").value("客户沟通会 97 不存在或不在您的数据范围内。"));
    }

    @Test
    void viewersAndClientUsersCannotRecordRelationsNorClientsReadThem() throws Exception {
        mvc.perform(post("/api/v1/contracts/clients/{id}/meetings", CLIENT_ID).with(withPermissions(ContractPermissions.CONTRACTS_VIEW))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"heldOn\": \"2026-11-01\", \"topic\": \"t\", \"attendees\": \"a\", \"minutes\": \"m\"}"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/contracts/clients/{id}/visits", CLIENT_ID).with(as(ScopeLevel.CLIENT, CLIENT_ID,
                OrganisationPermissions.CLIENTS_VIEW, ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/contracts/commitments/7/kept").with(withPermissions(ContractPermissions.CONTRACTS_VIEW))
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"已完成\"}"))
            .andExpect(status().isForbidden());
        for (String path : List.of("/api/v1/contracts/commitments/7", "/api/v1/contracts/return-visits/4",
                "/api/v1/contracts/meetings/3")) {
            mvc.perform(get(path).with(as(ScopeLevel.CLIENT, CLIENT_ID, OrganisationPermissions.CLIENTS_VIEW)))
                .andExpect(status().isForbidden());
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
        }
        verifyNoInteractions(relations, queries);
    }

}
