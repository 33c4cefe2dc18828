package org.garrison.servicedesk.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement.SiteChoice;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.servicedesk.internal.ComplaintQueries;
import org.garrison.servicedesk.internal.OpinionCard;
import org.garrison.servicedesk.internal.OpinionCards;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class OpinionCardControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OpinionCards cards;

    @Autowired
    ComplaintQueries queries;

    @BeforeEach
    void data() {
        when(cards.list(any())).thenReturn(List.of(new OpinionCard(1, OpinionCard.Kind.PRAISE, "张伟", "大堂岗", "耐心周到", "林经理",
                LocalDate.of(2026, 11, 20))));
        when(queries.siteNames(any())).thenReturn(Map.of(1L, "鹏城银行福田支行"));
        when(queries.sitesFor(any())).thenReturn(List.of(new SiteChoice(new SiteId(1), "FT", "鹏城银行福田支行")));
    }

    @Test
    void clientPraisesAGuardFromThePortal() throws Exception {
        mvc.perform(get("/servicedesk/cards").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_VIEW, ServiceDeskPermissions.COMPLAINTS_FILE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("耐心周到")));
        mvc.perform(post("/servicedesk/cards").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_FILE)).with(csrf())
            .param("siteId", "1").param("kind", "PRAISE").param("person", "张伟").param("content", "协助老人"))
            .andExpect(redirectedUrl("/servicedesk/cards"));
        verify(cards).write(any(), eq(1L), eq(OpinionCard.Kind.PRAISE), eq("张伟"), isNull(), eq("协助老人"));
    }

    @Test
    void aCardWithoutAnyoneNamedOrOutsideTheScopeIsRefused() throws Exception {
        when(cards.write(any(), eq(1L), any(), any(), any(), any())).thenThrow(new DomainException("servicedesk.card.nobodyNamed"));
        mvc.perform(post("/servicedesk/cards").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_FILE)).with(csrf())
            .param("siteId", "1").param("kind", "CRITICISM").param("content", "排队太久"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
        when(cards.write(any(), eq(2L), any(), any(), any(), any())).thenThrow(new NotFoundException("entity.site", 2));
        mvc.perform(post("/servicedesk/cards").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_FILE)).with(csrf())
            .param("siteId", "2").param("kind", "PRAISE").param("person", "x").param("content", "y"))
            .andExpect(status().isNotFound());
    }

    @Test
    void withoutThePermissionNoCardIsWritten() throws Exception {
        mvc.perform(post("/servicedesk/cards").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_VIEW)).with(csrf())
            .param("siteId", "1").param("kind", "PRAISE").param("person", "x").param("content", "y"))
            .andExpect(status().isForbidden());
        verify(cards, never()).write(any(), anyLong(), any(), any(), any(), any());
    }

}
