package org.garrison.people.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItems;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.garrison.people.PeoplePermissions;
import org.garrison.people.internal.CertificateKind;
import org.garrison.people.internal.Education;
import org.garrison.people.internal.Recruitment;
import org.garrison.people.internal.Views.ApplicantFacts;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class RecruitmentApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Recruitment recruitment;

    @Test
    void hrRegistersAnApplicantAndRecordsWhatScreeningFound() throws Exception {
        when(recruitment.apply(any(), any())).thenReturn(PeopleSamples.applicant());
        mvc.perform(post("/api/v1/people/applicants").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"planId\": 3, \"fullName\": \"邓志刚\", \"residentId\": \"440304198106151238\", \"phone\": \"13800000001\", \"channel\": \"REFERRAL\"}"))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", endsWith("/api/v1/people/applicants/41")))
            .andExpect(jsonPath("$.stage").value("APPLIED"))
            .andExpect(jsonPath("$.channel").value("REFERRAL"));

        when(recruitment.get(any(), eq(41L))).thenReturn(PeopleSamples.applicant());
        mvc.perform(put("/api/v1/people/applicants/41/facts").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"heightCm\": 176, \"education\": \"COLLEGE\", \"reEducation\": false, "
                        + "\"certificates\": [\"DRIVING_LICENCE\", \"COMPUTER_SKILLS\"]}"))
            .andExpect(status().isOk());
        verify(recruitment).recordFacts(any(), eq(41L), eq(new ApplicantFacts(176, Education.COLLEGE, null, null, null,
                false, Set.of(CertificateKind.DRIVING_LICENCE, CertificateKind.COMPUTER_SKILLS))));
    }

    @Test
    void anInvalidApplicantIsRefusedFieldByFieldAndARuleRefusesTheMoveWith422() throws Exception {
        mvc.perform(post("/api/v1/people/applicants").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"residentId\": \"12\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(hasItems("fullName", "residentId", "phone", "channel")));
        verifyNoInteractions(recruitment);

        doThrow(new DomainException("people.applicant.closed")).when(recruitment).advance(any(), eq(41L));
        mvc.perform(post("/api/v1/people/applicants/41/advance").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/people/applicants/41/reject").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"\"}"))
            .andExpect(status().isBadRequest());
    }

    @Test
    void anApplicantOutsideTheScopeIsNotFound() throws Exception {
        when(recruitment.get(any(), eq(42L))).thenThrow(new NotFoundException("entity.applicant", 42L));
        mvc.perform(get("/api/v1/people/applicants/42").with(as(ScopeLevel.SITE, 7L, PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheDesignatedManagerOverridesAndOnlyRecruitersMoveApplicants() throws Exception {
        mvc.perform(post("/api/v1/people/applicants/41/override").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"退伍军人\"}"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people/applicants/41/advance").with(withPermissions(PeoplePermissions.ELIGIBILITY_OVERRIDE)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/applicants/41").with(withPermissions(PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(status().isForbidden());
        verifyNoInteractions(recruitment);

        when(recruitment.get(any(), eq(41L))).thenReturn(PeopleSamples.applicant());
        mvc.perform(post("/api/v1/people/applicants/41/override").with(withPermissions(PeoplePermissions.ELIGIBILITY_OVERRIDE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"退伍军人\"}"))
            .andExpect(status().isOk());
        verify(recruitment).override(any(), eq(41L), eq("退伍军人"));
    }

}
