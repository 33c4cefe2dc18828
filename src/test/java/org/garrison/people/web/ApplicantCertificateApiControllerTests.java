package org.garrison.people.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
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
import org.garrison.people.internal.ApplicantCertificate;
import org.garrison.people.internal.ApplicantCertificates;
import org.garrison.people.internal.CertificateKind;
import org.garrison.people.internal.Views.CertificateDetails;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ApplicantCertificateApiControllerTests {

    private static final String PATH = "/api/v1/people/applicants/41/certificates";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicantCertificates certificates;

    @Test
    void recruitersRecordACertificateAnApplicantShowedAndListThem() throws Exception {
        var licence = new ApplicantCertificate(41L, CertificateKind.DRIVING_LICENCE, "440305198801126612", LocalDate.of(2018, 5, 2),
                LocalDate.of(2028, 5, 2));
        ReflectionTestUtils.setField(licence, "id", 5L);
        when(certificates.record(any(), eq(41L), eq(new CertificateDetails(CertificateKind.DRIVING_LICENCE, "440305198801126612",
                LocalDate.of(2018, 5, 2), LocalDate.of(2028, 5, 2), false)))).thenReturn(licence);
        mvc.perform(post(PATH).with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"DRIVING_LICENCE\", \"number\": \"440305198801126612\", \"issuedOn\": \"2018-05-02\", "
                        + "\"expiresOn\": \"2028-05-02\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.kind").value("DRIVING_LICENCE"))
            .andExpect(jsonPath("$.expiresOn").value("2028-05-02"));

        when(certificates.of(any(), eq(41L))).thenReturn(List.of(licence));
        mvc.perform(get(PATH).with(withPermissions(PeoplePermissions.ELIGIBILITY_OVERRIDE)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].number").value("440305198801126612"));
    }

    @Test
    void anInvalidCertificateIs400ARefusal422AndOthersAreRefusedOrNotFound() throws Exception {
        mvc.perform(post(PATH).with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"DRIVING_LICENCE\"}"))
            .andExpect(status().isBadRequest());
        mvc.perform(post(PATH).with(withPermissions(PeoplePermissions.ELIGIBILITY_OVERRIDE)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"DRIVING_LICENCE\", \"number\": \"1\", \"issuedOn\": \"2018-05-02\"}"))
            .andExpect(status().isForbidden());
        mvc.perform(get(PATH).with(withPermissions(PeoplePermissions.PEOPLE_VIEW))).andExpect(status().isForbidden());
        verifyNoInteractions(certificates);

        when(certificates.record(any(), eq(41L), any())).thenThrow(new DomainException("people.applicant.closed"));
        mvc.perform(post(PATH).with(withPermissions(PeoplePermissions.RECRUITMENT_MANAGE)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"DRIVING_LICENCE\", \"number\": \"1\", \"issuedOn\": \"2018-05-02\"}"))
            .andExpect(status().isUnprocessableContent());
        when(certificates.of(any(), eq(41L))).thenThrow(new NotFoundException("entity.applicant", 41));
        mvc.perform(get(PATH).with(as(ScopeLevel.SITE, 9L, PeoplePermissions.RECRUITMENT_MANAGE))).andExpect(status().isNotFound());
    }

}
