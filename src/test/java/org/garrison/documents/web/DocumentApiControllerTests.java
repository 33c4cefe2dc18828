package org.garrison.documents.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.garrison.documents.DocumentPermissions;
import org.garrison.documents.internal.Confidentiality;
import org.garrison.documents.internal.Document;
import org.garrison.documents.internal.DocumentQueries;
import org.garrison.documents.internal.DocumentRegister;
import org.garrison.documents.internal.DocumentType;
import org.garrison.documents.internal.Views.DocumentFilter;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.PageResponse;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class DocumentApiControllerTests {

    private static final MockMultipartFile PDF = new MockMultipartFile("file", "合同.pdf", "application/pdf", "%PDF".getBytes());

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentQueries queries;

    @Autowired
    DocumentRegister register;

    @Test
    void listsTheDocumentsTheCallerMaySee() throws Exception {
        when(queries.page(any(), any(), any())).thenReturn(new PageImpl<>(List.of(DocumentSamples.contract())));

        mvc.perform(get("/api/v1/documents").param("type", "CONTRACT").param("confidentiality", "PUBLIC").param("siteId", "11")
                .param("q", "合同").param("size", "10").with(withPermissions(DocumentPermissions.DOCUMENTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[0].number").value(DocumentSamples.NUMBER))
            .andExpect(jsonPath("$.content[0].confidentiality").value("PUBLIC"))
            .andExpect(jsonPath("$.totalElements").value(1));
        verify(queries).page(any(), eq(new DocumentFilter(DocumentType.CONTRACT, Confidentiality.PUBLIC, 11L, "合同")),
                eq(PageResponse.request(0, 10)));
    }

    @Test
    void aPageBeyondTheLimitIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/documents").param("size", "101").with(withPermissions(DocumentPermissions.DOCUMENTS_VIEW)))
            .andExpect(status().isBadRequest())
            .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        mvc.perform(get("/api/v1/documents").param("page", "-1").with(withPermissions(DocumentPermissions.DOCUMENTS_VIEW)))
            .andExpect(status().isBadRequest());
        verifyNoInteractions(queries);
    }

    @Test
    void showsOneDocumentWithItsVersions() throws Exception {
        when(queries.card(any(), eq(7L))).thenReturn(DocumentSamples.card());

        mvc.perform(get("/api/v1/documents/7").with(withPermissions(DocumentPermissions.DOCUMENTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.versions.length()").value(2))
            .andExpect(jsonPath("$.versions[0].changeNote").value("补充条款"));
    }

    @Test
    void hiddenDocumentIsAProblemNotFound() throws Exception {
        when(queries.card(any(), anyLong())).thenThrow(new NotFoundException("entity.document", 99));

        mvc.perform(get("/api/v1/documents/99").with(withPermissions(DocumentPermissions.DOCUMENTS_VIEW)))
            .andExpect(status().isNotFound())
            .andExpect(header().string("Content-Type", "application/problem+json"));
    }

    @Test
    void withoutThePermissionTheApiIsForbidden() throws Exception {
        mvc.perform(get("/api/v1/documents").with(withPermissions(OrganisationPermissions.ORG_VIEW))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/documents").file(PDF).param("title", "x").param("type", "CONTRACT")
            .param("confidentiality", "PUBLIC").with(withPermissions(DocumentPermissions.DOCUMENTS_VIEW)).with(csrf()))
            .andExpect(status().isForbidden());
        verifyNoInteractions(queries, register);
    }

    @Test
    void registersAMultipartDocumentAndPointsToIt() throws Exception {
        var document = Mockito.mock(Document.class);
        when(document.getId()).thenReturn(7L);
        when(register.register(any(), any(), any())).thenReturn(document);
        when(queries.card(any(), eq(7L))).thenReturn(DocumentSamples.card());

        mvc.perform(multipart("/api/v1/documents").file(PDF).param("title", "安保服务合同").param("type", "CONTRACT")
            .param("confidentiality", "PUBLIC").with(withPermissions(DocumentPermissions.DOCUMENTS_MANAGE)).with(csrf()))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", "/api/v1/documents/7"))
            .andExpect(jsonPath("$.document.number").value(DocumentSamples.NUMBER));
    }

    @Test
    void refusedFileIsUnprocessable() throws Exception {
        when(register.register(any(), any(), any())).thenThrow(new DomainException("documents.file.typeRefused", "x.exe"));

        mvc.perform(multipart("/api/v1/documents").file(new MockMultipartFile("file", "x.exe", "application/octet-stream", new byte[] { 1 }))
            .param("title", "x").param("type", "OTHER").param("confidentiality", "INTERNAL")
            .with(withPermissions(DocumentPermissions.DOCUMENTS_MANAGE)).with(csrf()))
            .andExpect(status().isUnprocessableContent());
    }

    @Test
    void downloadsAVersion() throws Exception {
        when(queries.download(any(), eq(7L), eq(1))).thenReturn(DocumentSamples.pdf());

        mvc.perform(get("/api/v1/documents/7/versions/1/content").with(withPermissions(DocumentPermissions.DOCUMENTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"));
    }

}
