package org.garrison.people.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.PostChoice;
import org.garrison.people.PeoplePermissions;
import org.garrison.people.internal.CertificateKind;
import org.garrison.people.internal.EligibilityPolicy;
import org.garrison.people.internal.EligibilityRules;
import org.garrison.people.internal.PeopleQueries;
import org.garrison.people.internal.PeopleQueries.ChannelCount;
import org.garrison.people.internal.PostRequirements;
import org.garrison.people.internal.PostRequirements.PostCertificates;
import org.garrison.people.internal.Recruitment;
import org.garrison.people.internal.RecruitmentChannel;
import org.garrison.people.internal.Views.ApplicantFacts;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.PostId;
import org.garrison.shared.SiteId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class RecruitmentChannelsAndPostRequirementsTests {

    private static final PostChoice CONTROL_ROOM = new PostChoice(new PostId(11), new SiteId(7), "监控室");

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleQueries queries;

    @Autowired
    Recruitment recruitment;

    @Autowired
    EligibilityRules rules;

    @Autowired
    PostRequirements requirements;

    @Autowired
    OrganisationManagement organisation;

    @BeforeEach
    void data() {
        when(queries.channelCounts(any())).thenReturn(List.of(new ChannelCount(RecruitmentChannel.ONLINE, 0, 0),
                new ChannelCount(RecruitmentChannel.VETERANS, 5, 2)));
        when(recruitment.get(any(), eq(41L))).thenReturn(PeopleSamples.applicant());
        when(rules.policy()).thenReturn(EligibilityPolicy.defaults());
        when(organisation.siteNamesById(any())).thenReturn(Map.of(7L, "鹏城银行福田支行"));
        when(requirements.inScope(any()))
            .thenReturn(List.of(new PostCertificates(CONTROL_ROOM, Set.of(CertificateKind.COMPUTER_SKILLS))));
        when(requirements.get(any(), eq(11L)))
            .thenReturn(new PostCertificates(CONTROL_ROOM, Set.of(CertificateKind.COMPUTER_SKILLS)));
        when(requirements.get(any(), eq(99L))).thenThrow(new NotFoundException("entity.post", 99L));
    }

    @Test
    void theBoardCountsApplicantsAndHiresPerChannel() throws Exception {
        mvc.perform(get("/people/recruitment").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("各招聘渠道应聘人数")))
            .andExpect(content().string(containsString("退伍军人安置")))
            .andExpect(content().string(containsString("data-channel=\"VETERANS\"")));
    }

    @Test
    void theChannelCountsAnswerInTheCallersLanguageToRecruitersOnly() throws Exception {
        mvc.perform(get("/api/v1/people/recruitment/channels").with(withPermissions(PeoplePermissions.ELIGIBILITY_OVERRIDE))
                .header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[1].channel").value("VETERANS"))
            .andExpect(jsonPath("$[1].label").value("Veterans' resettlement"))
            .andExpect(jsonPath("$[1].applicants").value(5))
            .andExpect(jsonPath("$[1].hired").value(2));
        mvc.perform(get("/api/v1/people/recruitment/channels").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(jsonPath("$[0].label").value("网络招聘"));
        mvc.perform(get("/api/v1/people/recruitment/channels").with(withPermissions(PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/recruitment/channels")).andExpect(status().isUnauthorized());
    }

    @Test
    void theApplicantPageShowsTheChannelTheReEducationFactAndTheCertificatesShown() throws Exception {
        mvc.perform(get("/people/applicants/41").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("员工推荐")))
            .andExpect(content().string(containsString("曾被劳动教养或收容教育")))
            .andExpect(content().string(containsString("name=\"reEducation\"")))
            .andExpect(content().string(containsString("value=\"COMPUTER_SKILLS\"")))
            .andExpect(content().string(containsString("计算机操作证书")));
    }

    @Test
    void theFactsFormRecordsReEducationAndTheCertificatesShown() throws Exception {
        mvc.perform(post("/people/applicants/41/facts").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)).with(csrf())
            .param("heightCm", "178")
            .param("reEducation", "true")
            .param("certificates", "DRIVING_LICENCE", "COMPUTER_SKILLS"))
            .andExpect(redirectedUrl("/people/applicants/41"));
        verify(recruitment).recordFacts(any(), eq(41L), eq(new ApplicantFacts(178, null, null, null, null, true,
                Set.of(CertificateKind.DRIVING_LICENCE, CertificateKind.COMPUTER_SKILLS))));
    }

    @Test
    void thePostRequirementsPageListsPostsAndOnlyTheRulesOwnerChangesThem() throws Exception {
        mvc.perform(get("/people/post-requirements").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("监控室")))
            .andExpect(content().string(containsString("计算机操作证书")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/people/post-requirements/11"))));
        mvc.perform(get("/people/post-requirements").with(withPermissions(PeoplePermissions.ELIGIBILITY_OVERRIDE)))
            .andExpect(content().string(containsString("action=\"/people/post-requirements/11\"")))
            .andExpect(content().string(containsString("id=\"post-11-COMPUTER_SKILLS\" checked")));
        mvc.perform(post("/people/post-requirements/11").with(withPermissions(PeoplePermissions.ELIGIBILITY_OVERRIDE)).with(csrf())
            .param("certificates", "COMPUTER_SKILLS", "DRIVING_LICENCE"))
            .andExpect(redirectedUrl("/people/post-requirements"));
        verify(requirements).change(any(), eq(11L), eq(Set.of(CertificateKind.COMPUTER_SKILLS, CertificateKind.DRIVING_LICENCE)));
        mvc.perform(post("/people/post-requirements/11").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)).with(csrf())
            .param("certificates", "COMPUTER_SKILLS"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/people/post-requirements/11").with(withPermissions(PeoplePermissions.ELIGIBILITY_OVERRIDE)).with(csrf())
            .param("certificates", "PILOT_LICENCE"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("请只从列表中选择证书类别")));
        verify(requirements, never()).change(any(), anyLong(), eq(Set.of(CertificateKind.COMPUTER_SKILLS)));
    }

    @Test
    void thePostRequirementsApiReadsAndReplacesAPostsCertificates() throws Exception {
        mvc.perform(get("/api/v1/people/posts/11/certificate-requirements")
                .with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.postName").value("监控室"))
            .andExpect(jsonPath("$.certificates[0]").value("COMPUTER_SKILLS"));
        when(requirements.change(any(), eq(11L), any())).thenReturn(new PostCertificates(CONTROL_ROOM,
                Set.of(CertificateKind.DRIVING_LICENCE, CertificateKind.COMPUTER_SKILLS)));
        mvc.perform(put("/api/v1/people/posts/11/certificate-requirements")
                .with(withPermissions(PeoplePermissions.ELIGIBILITY_OVERRIDE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"certificates\": [\"DRIVING_LICENCE\", \"COMPUTER_SKILLS\"]}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.certificates[0]").value("DRIVING_LICENCE"))
            .andExpect(jsonPath("$.certificates[1]").value("COMPUTER_SKILLS"));
        mvc.perform(put("/api/v1/people/posts/11/certificate-requirements")
                .with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"certificates\": []}"))
            .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/people/posts/11/certificate-requirements")
                .with(withPermissions(PeoplePermissions.ELIGIBILITY_OVERRIDE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"certificates\": [\"PILOT_LICENCE\"]}"))
            .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/people/posts/99/certificate-requirements")
                .with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(status().isNotFound());
    }

}
