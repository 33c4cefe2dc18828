package org.garrison.sla.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.sla.SlaPermissions;
import org.garrison.sla.internal.EscalationRoles;
import org.garrison.sla.internal.SlaSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class SlaPolicyControllerTests {

    private static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("TEAM_LEADER", "队长");
        ROLES.put("SUPERVISOR", "保安主管");
        ROLES.put("SECURITY_OPS", "人防部");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    SlaSettings settings;

    @Autowired
    EscalationRoles escalation;

    @BeforeEach
    void data() {
        when(escalation.choices(any())).thenReturn(ROLES);
        when(settings.policies()).thenReturn(List.of(SlaSamples.electrical()));
        when(settings.policy(5)).thenReturn(SlaSamples.electrical());
        when(settings.calendars()).thenReturn(List.of(SlaSamples.office()));
    }

    @Test
    void configurerSeesPoliciesWithTargetsCalendarAndEscalation() throws Exception {
        mvc.perform(get("/sla/policies").with(withPermissions(SlaPermissions.SLA_CONFIGURE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-policy=\"WORK_ORDER/ELECTRICAL_FAULT\"")))
            .andExpect(content().string(containsString("办公时间")))
            .andExpect(content().string(containsString("队长 &gt; 保安主管 &gt; 人防部")))
            .andExpect(content().string(containsString("/sla/policies/5/edit")));
    }

    @Test
    void configurerOpensAPolicyWithItsEscalationPickedByRoleName() throws Exception {
        mvc.perform(get("/sla/policies/5/edit").with(withPermissions(SlaPermissions.SLA_CONFIGURE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("value=\"1440\"")))
            .andExpect(content().string(containsString("保安主管")))
            .andExpect(content().string(not(containsString("type=\"text\" id=\"escalationRoles\""))))
            .andExpect(content().string(containsString(
                    "value=\"TEAM_LEADER\" id=\"firstLevel1\" name=\"firstLevel\" checked=\"checked\">")))
            .andExpect(content().string(containsString(
                    "value=\"SECURITY_OPS\" id=\"thirdLevel3\" name=\"thirdLevel\" checked=\"checked\">")))
            .andExpect(content().string(containsString("value=\"SUPERVISOR\" id=\"firstLevel2\" name=\"firstLevel\">")));
    }

    @Test
    void configurerSavesThePickedRolesLevelByLevel() throws Exception {
        mvc.perform(post("/sla/policies/5").with(withPermissions(SlaPermissions.SLA_CONFIGURE)).with(csrf())
            .param("responseMinutes", "20").param("resolutionMinutes", "600").param("calendarId", "2")
            .param("warningPercent", "75").param("firstLevel", "TEAM_LEADER").param("secondLevel", "SUPERVISOR",
                    "SECURITY_OPS").param("_thirdLevel", "on"))
            .andExpect(redirectedUrl("/sla/policies"))
            .andExpect(flash().attribute("flash", "common.saved"));
        verify(settings).changePolicy(5, 20, 600, 2, 75,
                List.of(List.of("TEAM_LEADER"), List.of("SUPERVISOR", "SECURITY_OPS"), List.of()));
    }

    @Test
    void aFirstLevelWithoutRolesOrAnUnknownRoleShowsTheFormAgainInChinese() throws Exception {
        mvc.perform(post("/sla/policies/5").with(withPermissions(SlaPermissions.SLA_CONFIGURE)).with(csrf())
            .param("responseMinutes", "20").param("resolutionMinutes", "600").param("calendarId", "2")
            .param("warningPercent", "75").param("_firstLevel", "on").param("secondLevel", "SUPERVISOR"))
            .andExpect(status().isOk())
            .andExpect(view().name("sla/policy-form"))
            .andExpect(content().string(containsString("invalid-feedback d-block")));
        when(settings.changePolicy(5, 20, 600, 2, 75, List.of(List.of("GHOST"), List.of(), List.of())))
            .thenThrow(new DomainException("sla.policy.unknownRole", "GHOST"));
        mvc.perform(post("/sla/policies/5").with(withPermissions(SlaPermissions.SLA_CONFIGURE)).with(csrf())
            .param("responseMinutes", "20").param("resolutionMinutes", "600").param("calendarId", "2")
            .param("warningPercent", "75").param("firstLevel", "GHOST"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("没有角色 GHOST：请从列表中选择升级角色。")));
    }

    @Test
    void invalidInputOrARefusedChangeShowsTheFormAgain() throws Exception {
        mvc.perform(post("/sla/policies/5").with(withPermissions(SlaPermissions.SLA_CONFIGURE)).with(csrf())
            .param("responseMinutes", "0").param("resolutionMinutes", "").param("calendarId", "2")
            .param("warningPercent", "150"))
            .andExpect(status().isOk())
            .andExpect(view().name("sla/policy-form"))
            .andExpect(content().string(containsString("is-invalid")));
        verify(settings, never()).changePolicy(anyLong(), anyInt(), anyInt(), anyLong(), anyInt(), anyList());
        when(settings.changePolicy(5, 60, 30, 2, 80, List.of(List.of("TEAM_LEADER"), List.of(), List.of())))
            .thenThrow(new DomainException("sla.policy.targetsInvalid"));
        mvc.perform(post("/sla/policies/5").with(withPermissions(SlaPermissions.SLA_CONFIGURE)).with(csrf())
            .param("responseMinutes", "60").param("resolutionMinutes", "30").param("calendarId", "2")
            .param("warningPercent", "80").param("firstLevel", "TEAM_LEADER"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
    }

    @Test
    void unknownPolicyIsNotFound() throws Exception {
        when(settings.policy(99)).thenThrow(new NotFoundException("sla.policy", 99));
        mvc.perform(get("/sla/policies/99/edit").with(withPermissions(SlaPermissions.SLA_CONFIGURE)))
            .andExpect(status().isNotFound());
    }

    @Test
    void usersWithoutSlaConfigureAreRefusedAndNothingChanges() throws Exception {
        mvc.perform(get("/sla/policies").with(withPermissions(OrganisationPermissions.ORG_VIEW))).andExpect(status().isForbidden());
        mvc.perform(get("/sla/policies/5/edit").with(withPermissions(OrganisationPermissions.ORG_MANAGE)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/sla/policies/5").with(withPermissions(OrganisationPermissions.ORG_MANAGE)).with(csrf())
            .param("responseMinutes", "20").param("resolutionMinutes", "600").param("calendarId", "2")
            .param("warningPercent", "75").param("firstLevel", "TEAM_LEADER"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/sla/policies")).andExpect(redirectedUrl("/login"));
        verify(settings, never()).changePolicy(anyLong(), anyInt(), anyInt(), anyLong(), anyInt(), anyList());
    }

}
