package org.garrison.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.PeoplePermissions;
import org.garrison.people.internal.ApplicantImport;
import org.garrison.people.internal.Education;
import org.garrison.people.internal.EligibilityPolicy;
import org.garrison.people.internal.EligibilityRules;
import org.garrison.people.internal.PeopleQueries;
import org.garrison.people.internal.Recruitment;
import org.garrison.people.internal.RecruitmentChannel;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class IntakeControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleQueries queries;

    @Autowired
    Recruitment recruitment;

    @Autowired
    ApplicantImport importer;

    @Autowired
    EligibilityRules rules;

    @Autowired
    OrganisationManagement organisation;

    @BeforeEach
    void data() {
        when(queries.openPlans(any())).thenReturn(List.of());
        when(queries.plans(any())).thenReturn(List.of());
        when(rules.policy()).thenReturn(EligibilityPolicy.defaults());
    }

    @Test
    void aRecruiterRegistersAnApplicantAndABadResidentIdIsShownOnTheForm() throws Exception {
        when(recruitment.apply(any(), any())).thenReturn(PeopleSamples.applicant());
        mvc.perform(post("/people/applicants").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)).with(csrf())
            .param("fullName", "邓志刚").param("residentId", "440304198106151238").param("phone", "13800000001")
            .param("channel", "VETERANS"))
            .andExpect(redirectedUrl("/people/applicants/41"));
        verify(recruitment).apply(any(), argThat(details -> details.channel() == RecruitmentChannel.VETERANS));
        when(recruitment.apply(any(), any())).thenThrow(new DomainException("people.residentId.checkDigit"));
        mvc.perform(post("/people/applicants").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)).with(csrf())
            .param("fullName", "邓志刚").param("residentId", "440304198106151239").param("phone", "13800000001")
            .param("channel", "ONLINE"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("校验码不正确")));
        mvc.perform(post("/people/applicants").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)).with(csrf())
            .param("residentId", "12345"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("17 位数字")));
    }

    @Test
    void theChannelMustBeChosenFromTheCompanysList() throws Exception {
        mvc.perform(get("/people/applicants/new").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("退伍军人安置")))
            .andExpect(content().string(containsString("招聘渠道")));
        mvc.perform(post("/people/applicants").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)).with(csrf())
            .param("fullName", "邓志刚").param("residentId", "440304198106151238").param("phone", "13800000001"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/people/applicants").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)).with(csrf())
            .param("fullName", "邓志刚").param("residentId", "440304198106151238").param("phone", "13800000001")
            .param("channel", "BILLBOARD"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        verify(recruitment, never()).apply(any(), any());
    }

    @Test
    void theImportSheetIsOfferedWithHeadersInTheUsersLanguage() throws Exception {
        var sheet = mvc.perform(get("/people/applicants/import/template").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        try (var book = new ReadableWorkbook(new ByteArrayInputStream(sheet))) {
            var rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("身份证号");
            assertThat(rows.get(0).getCellText(6)).isEqualTo("招聘渠道");
        }
        mvc.perform(get("/people/applicants/import/template").with(withPermissions(PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(status().isForbidden());
    }

    @Test
    void theImportStartsALongJobAndAnEmptyFileIsRefused() throws Exception {
        when(importer.start(any())).thenReturn(8L);
        mvc.perform(multipart("/people/applicants/import").file(new MockMultipartFile("file", "a.xlsx", "application/octet-stream", new byte[] { 1 }))
            .with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)).with(csrf()))
            .andExpect(redirectedUrl("/jobs/8"));
        mvc.perform(multipart("/people/applicants/import").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("非空的 Excel 文件")));
        when(importer.start(any())).thenThrow(new DomainException("people.import.unreadable"));
        mvc.perform(multipart("/people/applicants/import").file(new MockMultipartFile("file", "a.csv", "text/csv", new byte[] { 1 }))
            .with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("不是可读取的 Excel 工作簿")));
    }

    @Test
    void onlyAnOverridingManagerChangesTheRulesAndBadValuesAreShown() throws Exception {
        mvc.perform(get("/people/eligibility").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("value=\"170\"")));
        mvc.perform(post("/people/eligibility").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)).with(csrf())
            .param("minAge", "18").param("maxAge", "50").param("minHeightCm", "168").param("minEducation", "JUNIOR_HIGH"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/people/eligibility").with(withPermissions(PeoplePermissions.ELIGIBILITY_OVERRIDE)).with(csrf())
            .param("minAge", "18").param("maxAge", "50").param("minHeightCm", "900").param("minEducation", "JUNIOR_HIGH"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        verify(rules, never()).change(anyInt(), anyInt(), anyInt(), any(), anyBoolean(), anyBoolean());
        mvc.perform(post("/people/eligibility").with(withPermissions(PeoplePermissions.ELIGIBILITY_OVERRIDE)).with(csrf())
            .param("minAge", "18").param("maxAge", "50").param("minHeightCm", "168").param("minEducation", "JUNIOR_HIGH")
            .param("healthCertificateRequired", "true"))
            .andExpect(redirectedUrl("/people/eligibility"));
        verify(rules).change(18, 50, 168, Education.JUNIOR_HIGH, true, false);
    }

    @Test
    void plansAreForRecruitersOnly() throws Exception {
        mvc.perform(get("/people/plans").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE))).andExpect(status().isOk());
        mvc.perform(get("/people/plans").with(withPermissions(PeoplePermissions.PEOPLE_VIEW))).andExpect(status().isForbidden());
        mvc.perform(post("/people/plans").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        verify(recruitment, never()).openPlan(any(), any(), any(), any());
    }

}
