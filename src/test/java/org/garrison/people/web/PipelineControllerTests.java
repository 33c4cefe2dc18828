package org.garrison.people.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
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

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.people.PeoplePermissions;
import org.garrison.people.internal.ApplicantCertificate;
import org.garrison.people.internal.ApplicantCertificates;
import org.garrison.people.internal.CertificateKind;
import org.garrison.people.internal.EligibilityPolicy;
import org.garrison.people.internal.EligibilityRules;
import org.garrison.people.internal.PeopleQueries;
import org.garrison.people.internal.Recruitment;
import org.garrison.people.internal.Views.CertificateDetails;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class PipelineControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @BeforeEach
    void fixClock() {
        clock.fix(PeopleSliceClock.NOW);
    }

    @Autowired
    PeopleQueries queries;

    @Autowired
    Recruitment recruitment;

    @Autowired
    EligibilityRules rules;

    @Autowired
    ApplicantCertificates certificates;

    @Autowired
    OrganisationManagement organisation;

    @BeforeEach
    void data() {
        var applicant = PeopleSamples.applicant();
        when(queries.applicants(any(), any(), any())).thenReturn(List.of(applicant));
        when(queries.inPipeline(any())).thenReturn(List.of(applicant));
        when(recruitment.get(any(), eq(41L))).thenReturn(applicant);
        when(recruitment.get(any(), eq(99L))).thenThrow(new NotFoundException("entity.applicant", 99));
        when(rules.policy()).thenReturn(EligibilityPolicy.defaults());
        when(organisation.siteNamesById(any())).thenReturn(Map.of(7L, "鹏城银行福田支行"));
    }

    @Test
    void recruitersSeeTheBoardAndTheListAndAnApplicant() throws Exception {
        mvc.perform(get("/people/recruitment").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-applicant=\"邓志刚\"")))
            .andExpect(content().string(containsString("hx-post=\"/people/recruitment/41/advance\"")));
        mvc.perform(get("/people/applicants").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("鹏城银行福田支行")));
        mvc.perform(get("/people/applicants/41").with(withPermissions(PeoplePermissions.ELIGIBILITY_OVERRIDE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("440304198106151238")));
    }

    @Test
    void aBlockedMoveOnTheBoardAnswersTheBoardWithTheReason() throws Exception {
        when(recruitment.advance(any(), eq(41L))).thenThrow(new DomainException("people.rule.tooShort", 165, 170));
        mvc.perform(post("/people/recruitment/41/advance").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"board\"")))
            .andExpect(content().string(containsString("低于要求的 170 厘米")));
    }

    @Test
    void rejectingNeedsAReasonAndOverridingNeedsThePermission() throws Exception {
        mvc.perform(post("/people/applicants/41/reject").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("必须写明理由")));
        verify(recruitment, never()).reject(any(), anyLong(), anyString());
        mvc.perform(post("/people/applicants/41/override").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)).with(csrf())
            .param("reason", "退伍军人"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/people/applicants/41/override").with(withPermissions(PeoplePermissions.ELIGIBILITY_OVERRIDE)).with(csrf())
            .param("reason", "退伍军人"))
            .andExpect(redirectedUrl("/people/applicants/41"));
        verify(recruitment).override(any(), eq(41L), eq("退伍军人"));
    }

    @Test
    void factsOutOfRangeAreShownOnTheFormAndNotRecorded() throws Exception {
        mvc.perform(post("/people/applicants/41/facts").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)).with(csrf())
            .param("heightCm", "400"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        verify(recruitment, never()).recordFacts(any(), anyLong(), any());
    }

    @Test
    void othersAreRefusedAndApplicantsOutsideTheScopeAreNotFound() throws Exception {
        mvc.perform(get("/people/recruitment").with(withPermissions(PeoplePermissions.PEOPLE_VIEW))).andExpect(status().isForbidden());
        mvc.perform(get("/people/applicants").with(as(ScopeLevel.CLIENT, 1L, OrganisationPermissions.CLIENTS_VIEW)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/people/applicants/41/advance").with(withPermissions(PeoplePermissions.ELIGIBILITY_OVERRIDE)).with(csrf()))
            .andExpect(status().isForbidden());
        mvc.perform(get("/people/applicants/99").with(as(ScopeLevel.SITE, 7L, PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(status().isNotFound());
        mvc.perform(get("/people/recruitment")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theCertificatesAnApplicantShowedAreListedAndRecordedWithNumberAndValidity() throws Exception {
        when(certificates.of(any(), eq(41L))).thenReturn(List.of(new ApplicantCertificate(41L, CertificateKind.DRIVING_LICENCE,
                "440305198801126612", LocalDate.of(2018, 5, 2), LocalDate.of(2028, 5, 2))));
        mvc.perform(get("/people/applicants/41").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("440305198801126612")))
            .andExpect(content().string(containsString("action=\"/people/applicants/41/certificates\"")));

        mvc.perform(post("/people/applicants/41/certificates").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE))
            .with(csrf())
            .param("kind", "COMPUTER_SKILLS")
            .param("number", "NCRE-1")
            .param("issuedOn", "2024-03-01"))
            .andExpect(redirectedUrl("/people/applicants/41"));
        verify(certificates).record(any(), eq(41L),
                eq(new CertificateDetails(CertificateKind.COMPUTER_SKILLS, "NCRE-1", LocalDate.of(2024, 3, 1), null, false)));
    }

    @Test
    void aCertificateWithoutNumberOrRecordedTwiceIsRefusedOnItsFormAndOnlyRecruitersRecordOne() throws Exception {
        mvc.perform(post("/people/applicants/41/certificates").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE))
            .with(csrf())
            .param("kind", "COMPUTER_SKILLS")
            .param("issuedOn", "2024-03-01"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        verify(certificates, never()).record(any(), anyLong(), any());

        when(certificates.record(any(), eq(41L), any())).thenThrow(new DomainException("people.certificate.recordedAlready", "NCRE-1"));
        mvc.perform(post("/people/applicants/41/certificates").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE))
            .with(csrf())
            .param("kind", "COMPUTER_SKILLS")
            .param("number", "NCRE-1")
            .param("issuedOn", "2024-03-01"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("证书 NCRE-1 已登记")));

        mvc.perform(post("/people/applicants/41/certificates").with(withPermissions(PeoplePermissions.ELIGIBILITY_OVERRIDE))
            .with(csrf())
            .param("kind", "COMPUTER_SKILLS")
            .param("number", "NCRE-2")
            .param("issuedOn", "2024-03-01"))
            .andExpect(status().isForbidden());
    }

}
