package org.garrison.contracts.web;

import static org.garrison.contracts.web.WebSamples.CONTRACT_ID;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.garrison.contracts.ContractPermissions;
import org.garrison.contracts.internal.ContractQueries;
import org.garrison.contracts.internal.Signing;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.BranchChoice;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.BranchId;
import org.garrison.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@WebSliceTest
class SigningControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ContractQueries queries;

    @Autowired
    Signing signing;

    @Autowired
    OrganisationManagement organisation;

    @BeforeEach
    void data() {
        when(queries.get(any(), eq(CONTRACT_ID))).thenReturn(WebSamples.negotiating());
        when(queries.versions(any(), eq(CONTRACT_ID))).thenReturn(List.of(WebSamples.version(1, "36000"),
                WebSamples.version(2, "30000")));
        when(organisation.branchNames()).thenReturn(List.of(new BranchChoice(new BranchId(3), "第二大队")));
    }

    @Test
    void signerSeesTheSignForm() throws Exception {
        mvc.perform(get("/contracts/{id}/sign", CONTRACT_ID).with(withPermissions(ContractPermissions.CONTRACTS_SIGN)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
            .andExpect(content().string(containsString("第二大队")));
    }

    @Test
    void onlySignersSign() throws Exception {
        mvc.perform(sign().file(file()).with(withPermissions(ContractPermissions.CONTRACTS_MANAGE, ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isForbidden());
        verify(signing, never()).sign(any(), anyLong(), any());
    }

    @Test
    void signingWithTheFileSignsAndGoesBackToTheContract() throws Exception {
        mvc.perform(sign().file(file()).with(withPermissions(ContractPermissions.CONTRACTS_SIGN)))
            .andExpect(redirectedUrl("/contracts/" + CONTRACT_ID))
            .andExpect(flash().attribute("flash", "contract.signed"));
        verify(signing).sign(any(), eq(CONTRACT_ID), argThat(r -> r.signedFile() != null && r.version() == 2
                && r.branchId() == 3 && r.terms().ends().getYear() == 2027));
    }

    @Test
    void signingWithoutTheFileShowsTheRefusal() throws Exception {
        when(signing.sign(any(), eq(CONTRACT_ID), argThat(r -> r.signedFile() == null)))
            .thenThrow(new DomainException("contract.signedFileMissing"));
        mvc.perform(sign().with(withPermissions(ContractPermissions.CONTRACTS_SIGN)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("签订前请上传已签合同文件")));
    }

    @Test
    void anEmptyFormIsShownAgainAndNothingIsSigned() throws Exception {
        mvc.perform(multipart("/contracts/{id}/sign", CONTRACT_ID).with(withPermissions(ContractPermissions.CONTRACTS_SIGN))
            .with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        verify(signing, never()).sign(any(), anyLong(), any());
    }

    private MockMultipartHttpServletRequestBuilder sign() {
        var request = multipart("/contracts/{id}/sign", CONTRACT_ID);
        request.param("version", "2").param("starts", "2027-01-01").param("ends", "2027-12-31").param("amount", "360000")
            .param("rightsObligations", "按合同履行").param("branchId", "3").with(csrf());
        return request;
    }

    private static MockMultipartFile file() {
        return new MockMultipartFile("file", "合同.pdf", "application/pdf", "%PDF-1.4".getBytes());
    }

}
