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
import org.garrison.people.internal.Certificate;
import org.garrison.people.internal.CertificateKind;
import org.garrison.people.internal.Employees;
import org.garrison.people.internal.TrainingRecords;
import org.garrison.people.internal.Views.CertificateDetails;
import org.garrison.platform.security.WebSliceTest;
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
class CertificateApiControllerTests {

    private static final String LICENCE = """
            {"kind": "GUARD_LICENCE", "number": "沪保1234567", "issuedOn": "2024-03-01", "expiresOn": "2027-02-28", "required": true}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    Employees employees;

    @Autowired
    TrainingRecords records;

    @Test
    void certificatesExpiringSoonAreListedWithinTheScope() throws Exception {
        when(records.certificates(any(), eq(null), eq(CertificateKind.GUARD_LICENCE), eq(LocalDate.of(2027, 3, 31)),
                eq(PageRequest.of(0, 20)))).thenReturn(new PageImpl<>(List.of(licence()), PageRequest.of(0, 20), 1));
        mvc.perform(get("/api/v1/people/certificates").param("kind", "GUARD_LICENCE").param("expiringBy", "2027-03-31")
                .with(as(ScopeLevel.SITE, 7L, PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[0].number").value("沪保1234567"))
            .andExpect(jsonPath("$.content[0].expiresOn").value("2027-02-28"));
        mvc.perform(get("/api/v1/people/certificates").param("expiringBy", "soon").with(withPermissions(PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(status().isBadRequest());
    }

    @Test
    void hrAddsACertificateAndAnExpiryBeforeTheIssueIsRefused() throws Exception {
        when(employees.addCertificate(any(), eq(17L), eq(new CertificateDetails(CertificateKind.GUARD_LICENCE, "沪保1234567",
                LocalDate.of(2024, 3, 1), LocalDate.of(2027, 2, 28), true)))).thenReturn(licence());
        mvc.perform(post("/api/v1/people/employees/17/certificates").with(withPermissions(PeoplePermissions.EMPLOYEES_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content(LICENCE))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.id").value(90));

        when(employees.addCertificate(any(), eq(17L), any())).thenThrow(new DomainException("people.certificate.expiryBeforeIssue"));
        mvc.perform(post("/api/v1/people/employees/17/certificates").with(withPermissions(PeoplePermissions.EMPLOYEES_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content(LICENCE))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("有效期须晚于发证日期。"));
        mvc.perform(post("/api/v1/people/employees/17/certificates").with(withPermissions(PeoplePermissions.EMPLOYEES_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"number\": \"\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(hasItems("kind", "number", "issuedOn")));
    }

    @Test
    void anEmployeeOutsideTheScopeIsNotFoundAndWritingNeedsEmployeesManage() throws Exception {
        when(employees.addCertificate(any(), eq(18L), any())).thenThrow(new NotFoundException("entity.employee", 18L));
        mvc.perform(post("/api/v1/people/employees/18/certificates").with(as(ScopeLevel.SITE, 7L, PeoplePermissions.EMPLOYEES_MANAGE))
                .contentType(MediaType.APPLICATION_JSON).content(LICENCE))
            .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/people/employees/17/certificates").with(withPermissions(PeoplePermissions.PEOPLE_VIEW))
                .contentType(MediaType.APPLICATION_JSON).content(LICENCE))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/certificates").with(as(ScopeLevel.CLIENT, 1L))).andExpect(status().isForbidden());
        verifyNoInteractions(records);
    }

    private static Certificate licence() {
        var certificate = new Certificate(17, CertificateKind.GUARD_LICENCE, "沪保1234567", LocalDate.of(2024, 3, 1),
                LocalDate.of(2027, 2, 28), true);
        ReflectionTestUtils.setField(certificate, "id", 90L);
        return certificate;
    }

}
