package org.garrison.people.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.hasItems;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.garrison.people.PeoplePermissions;
import org.garrison.people.internal.HiringPlan;
import org.garrison.people.internal.PeopleQueries;
import org.garrison.people.internal.Recruitment;
import org.garrison.people.internal.Views.PlanDetails;
import org.garrison.platform.security.WebSliceTest;
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
class HiringPlanApiControllerTests {

    private static final String PLAN = """
            {"siteId": 7, "postName": "东门岗", "headcount": 4, "minHeightCm": 170, "dueBy": "2027-01-15"}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleQueries queries;

    @Autowired
    Recruitment recruitment;

    @Test
    void plansAreListedOneSiteAndOnePageAtATimeFilteredInTheQuery() throws Exception {
        when(queries.plans(any(), eq(7L), eq(true), eq(PageRequest.of(1, 2))))
            .thenReturn(new PageImpl<>(List.of(plan(7, 1L)), PageRequest.of(1, 2), 3));
        mvc.perform(get("/api/v1/people/hiring-plans").param("siteId", "7").param("open", "true").param("page", "1")
                .param("size", "2").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalElements").value(3))
            .andExpect(jsonPath("$.totalPages").value(2))
            .andExpect(jsonPath("$.page").value(1))
            .andExpect(jsonPath("$.content[0].id").value(1))
            .andExpect(jsonPath("$.content[0].headcount").value(4));
        mvc.perform(get("/api/v1/people/hiring-plans").param("size", "101")
                .with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(status().isBadRequest());
    }

    @Test
    void hrOpensAPlanForASiteInItsScopeOnly() throws Exception {
        var details = new PlanDetails(7, null, "东门岗", 4, 170, null, LocalDate.of(2027, 1, 15));
        when(recruitment.openPlan(any(), eq(details), eq(null), eq(null))).thenReturn(plan(7, 1L));
        mvc.perform(post("/api/v1/people/hiring-plans").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content(PLAN))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.postName").value("东门岗"));

        when(recruitment.openPlan(any(), eq(details), eq(null), eq(null))).thenThrow(new NotFoundException("entity.site", 7L));
        mvc.perform(post("/api/v1/people/hiring-plans").with(as(ScopeLevel.SITE, 9L, PeoplePermissions.RECRUITMENT_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content(PLAN))
            .andExpect(status().isNotFound());
    }

    @Test
    void anInvalidPlanIsRefusedAndOnlyRecruitersReachPlans() throws Exception {
        mvc.perform(post("/api/v1/people/hiring-plans").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"headcount\": 0}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(hasItems("siteId", "postName", "headcount", "dueBy")));
        mvc.perform(post("/api/v1/people/hiring-plans").with(withPermissions(PeoplePermissions.ELIGIBILITY_OVERRIDE))
                .contentType(MediaType.APPLICATION_JSON).content(PLAN))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/hiring-plans").with(withPermissions(PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(status().isForbidden());
        verifyNoInteractions(recruitment, queries);
    }

    private static HiringPlan plan(long siteId, long id) {
        var plan = new HiringPlan(siteId, null, "东门岗", 4, 170, null, LocalDate.of(2027, 1, 15), null, null);
        ReflectionTestUtils.setField(plan, "id", id);
        return plan;
    }

}
