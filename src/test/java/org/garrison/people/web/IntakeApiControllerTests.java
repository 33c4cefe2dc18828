package org.garrison.people.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.garrison.people.PeoplePermissions;
import org.garrison.people.internal.ApplicantImport;
import org.garrison.people.internal.Education;
import org.garrison.people.internal.EligibilityPolicy;
import org.garrison.people.internal.EligibilityRules;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class IntakeApiControllerTests {

    private static final String RULES = """
            {"minAge": 18, "maxAge": 50, "minHeightCm": 168, "minEducation": "JUNIOR_HIGH", "healthCertificateRequired": true}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicantImport importer;

    @Autowired
    EligibilityRules rules;

    @Test
    void aRecruiterDownloadsTheImportSheetAndOthersMayNot() throws Exception {
        mvc.perform(get("/api/v1/people/applicants/import/template").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
            .andExpect(header().string("Content-Disposition", containsString(".xlsx")));
        mvc.perform(get("/api/v1/people/applicants/import/template").with(withPermissions(PeoplePermissions.ELIGIBILITY_OVERRIDE)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/applicants/import/template")).andExpect(status().isUnauthorized());
    }

    @Test
    void anImportStartsALongJobAnsweredWithItsAddress() throws Exception {
        when(importer.start(any())).thenReturn(8L);
        mvc.perform(multipart("/api/v1/people/applicants/imports").file(sheet(new byte[] { 1 }))
                .with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(status().isAccepted())
            .andExpect(header().string("Location", "/api/v1/jobs/8"))
            .andExpect(jsonPath("$.jobId").value(8))
            .andExpect(jsonPath("$.job").value("/api/v1/jobs/8"))
            .andExpect(jsonPath("$.result").value("/api/v1/jobs/8/result"));
    }

    @Test
    void aMissingOrUnreadableFileIsRefusedWithTheReasonInChinese() throws Exception {
        when(importer.start(any())).thenThrow(new DomainException("people.import.empty"));
        mvc.perform(multipart("/api/v1/people/applicants/imports").header("Accept-Language", "zh-CN")
                .with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("请选择非空的 Excel 文件。"));
        doThrow(new DomainException("people.import.unreadable")).when(importer).start(any());
        mvc.perform(multipart("/api/v1/people/applicants/imports").file(sheet("姓名,手机".getBytes()))
                .header("Accept-Language", "zh-CN").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("该文件不是可读取的 Excel 工作簿（.xlsx）。"));
    }

    @Test
    void onlyRecruitersImportAndVisitorsAreAskedToSignIn() throws Exception {
        mvc.perform(multipart("/api/v1/people/applicants/imports").file(sheet(new byte[] { 1 }))
                .with(withPermissions(PeoplePermissions.ELIGIBILITY_OVERRIDE, PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/people/applicants/imports").file(sheet(new byte[] { 1 })))
            .andExpect(status().isUnauthorized());
        verifyNoInteractions(importer);
    }

    @Test
    void recruitersReadTheRulesAndOnlyAnOverridingManagerChangesThem() throws Exception {
        when(rules.policy()).thenReturn(EligibilityPolicy.defaults());
        mvc.perform(get("/api/v1/people/eligibility-rules").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.minHeightCm").value(170))
            .andExpect(jsonPath("$.minEducation").value("JUNIOR_HIGH"))
            .andExpect(jsonPath("$.healthCertificateRequired").value(true));
        mvc.perform(get("/api/v1/people/eligibility-rules").with(withPermissions(PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/eligibility-rules")).andExpect(status().isUnauthorized());

        mvc.perform(put("/api/v1/people/eligibility-rules").with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content(RULES))
            .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/people/eligibility-rules").with(withPermissions(PeoplePermissions.ELIGIBILITY_OVERRIDE))
                .contentType(MediaType.APPLICATION_JSON).content(RULES))
            .andExpect(status().isOk());
        verify(rules).change(18, 50, 168, Education.JUNIOR_HIGH, true, false);
    }

    @Test
    void badRulesAreRefusedFieldByFieldOrWithTheRulesReason() throws Exception {
        mvc.perform(put("/api/v1/people/eligibility-rules").with(withPermissions(PeoplePermissions.ELIGIBILITY_OVERRIDE))
                .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON)
                .content("{\"minAge\": 18, \"maxAge\": 90, \"minHeightCm\": 900}"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.errors[*].field").value(hasItems("maxAge", "minHeightCm", "minEducation")));
        verifyNoInteractions(rules);

        doThrow(new DomainException("people.eligibility.ageRange")).when(rules)
            .change(anyInt(), anyInt(), anyInt(), any(), anyBoolean(), anyBoolean());
        mvc.perform(put("/api/v1/people/eligibility-rules").with(withPermissions(PeoplePermissions.ELIGIBILITY_OVERRIDE))
                .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON)
                .content("{\"minAge\": 50, \"maxAge\": 18, \"minHeightCm\": 168, \"minEducation\": \"JUNIOR_HIGH\"}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value(containsString("16")));
    }

    private static MockMultipartFile sheet(byte[] content) {
        return new MockMultipartFile("file", "应聘人员.xlsx", "application/octet-stream", content);
    }

}
