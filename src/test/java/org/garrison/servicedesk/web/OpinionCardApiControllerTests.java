package org.garrison.servicedesk.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItems;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.garrison.platform.security.WebSliceTest;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.servicedesk.internal.ComplaintQueries;
import org.garrison.servicedesk.internal.OpinionCard;
import org.garrison.servicedesk.internal.OpinionCards;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class OpinionCardApiControllerTests {

    private static final String CARD = """
            {"siteId": 3, "kind": "PRAISE", "person": "张伟", "content": "夜班巡逻认真。"}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    OpinionCards cards;

    @Autowired
    ComplaintQueries queries;

    @Test
    void aClientListsTheCardsOfItsSitesPageByPage() throws Exception {
        when(cards.find(any(), eq(3L), eq(OpinionCard.Kind.PRAISE), eq(PageRequest.of(1, 5))))
            .thenReturn(new PageImpl<>(List.of(card()), PageRequest.of(1, 5), 6));
        when(queries.siteNames(any())).thenReturn(Map.of(3L, "滨江花园驻点"));

        mvc.perform(get("/api/v1/servicedesk/opinion-cards").param("siteId", "3").param("kind", "PRAISE")
                .param("page", "1").param("size", "5")
                .with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[0].id").value(12))
            .andExpect(jsonPath("$.content[0].siteName").value("滨江花园驻点"))
            .andExpect(jsonPath("$.content[0].kind").value("PRAISE"))
            .andExpect(jsonPath("$.page").value(1))
            .andExpect(jsonPath("$.size").value(5))
            .andExpect(jsonPath("$.totalElements").value(6))
            .andExpect(jsonPath("$.totalPages").value(2));
    }

    @Test
    void aCardOutsideTheScopeIsNotFound() throws Exception {
        when(cards.one(any(), eq(99L))).thenThrow(new NotFoundException("entity.opinionCard", 99L));
        mvc.perform(get("/api/v1/servicedesk/opinion-cards/99").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("客户意见信息卡 99 不存在或不在您的数据范围内。"));
    }

    @Test
    void aClientWritesACardAndGetsItsAddress() throws Exception {
        when(cards.write(any(), eq(3L), eq(OpinionCard.Kind.PRAISE), eq("张伟"), eq(null), eq("夜班巡逻认真。")))
            .thenReturn(card());
        mvc.perform(post("/api/v1/servicedesk/opinion-cards").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_FILE))
                .contentType(MediaType.APPLICATION_JSON).content(CARD))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", endsWith("/api/v1/servicedesk/opinion-cards/12")))
            .andExpect(jsonPath("$.person").value("张伟"));
    }

    @Test
    void anInvalidCardIsRefusedFieldByFieldAndACardNamingNobodyWith422() throws Exception {
        mvc.perform(post("/api/v1/servicedesk/opinion-cards").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_FILE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"content\": \"\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(hasItems("siteId", "kind", "content")));
        verifyNoInteractions(cards);

        when(cards.write(any(), anyLong(), any(), any(), any(), any()))
            .thenThrow(new DomainException("servicedesk.card.nobodyNamed"));
        mvc.perform(post("/api/v1/servicedesk/opinion-cards").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_FILE))
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"siteId\": 3, \"kind\": \"CRITICISM\", \"content\": \"迟到\"}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("Name a guard or a post."));
    }

    @Test
    void readingAndWritingNeedTheirPermissions() throws Exception {
        mvc.perform(get("/api/v1/servicedesk/opinion-cards").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_FILE)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/servicedesk/opinion-cards").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_VIEW))
                .contentType(MediaType.APPLICATION_JSON).content(CARD))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/servicedesk/opinion-cards")).andExpect(status().isUnauthorized());
        verifyNoInteractions(cards);
    }

    static OpinionCard card() {
        var card = new OpinionCard(3, OpinionCard.Kind.PRAISE, "张伟", null, "夜班巡逻认真。", "王经理", LocalDate.of(2026, 12, 7));
        ReflectionTestUtils.setField(card, "id", 12L);
        return card;
    }

}
