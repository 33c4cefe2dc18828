package org.garrison.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.garrison.documents.DocumentPermissions;
import org.garrison.documents.Upload;
import org.garrison.documents.internal.Document;
import org.garrison.documents.internal.DocumentQueries;
import org.garrison.documents.internal.DocumentRegister;
import org.garrison.documents.internal.Reader;
import org.garrison.documents.internal.Views.DocumentFilter;
import org.garrison.documents.internal.Views.NewDocument;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class DocumentControllerTests {

    private static final MockMultipartFile PDF = new MockMultipartFile("file", "合同.pdf", "application/pdf", "%PDF".getBytes());

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentQueries queries;

    @Autowired
    DocumentRegister register;

    @Test
    void viewerSeesTheRegisterWithNumbersAndLabels() throws Exception {
        when(queries.list(any(), any())).thenReturn(List.of(DocumentSamples.contract()));

        mvc.perform(get("/documents").with(withPermissions(DocumentPermissions.DOCUMENTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(DocumentSamples.NUMBER)))
            .andExpect(content().string(containsString("鹏城银行福田支行")))
            .andExpect(content().string(not(containsString("href=\"/documents/new\""))));
    }

    @Test
    void listPassesTheFiltersAndTheReadersScopeToTheQuery() throws Exception {
        var reader = ArgumentCaptor.forClass(Reader.class);
        var filter = ArgumentCaptor.forClass(DocumentFilter.class);
        when(queries.list(reader.capture(), filter.capture())).thenReturn(List.of());

        mvc.perform(get("/documents").param("type", "CONTRACT").param("q", "合同")
            .with(as(ScopeLevel.CLIENT, 5L, DocumentPermissions.DOCUMENTS_VIEW))).andExpect(status().isOk());

        assertThat(reader.getValue().scope().level()).isEqualTo(ScopeLevel.CLIENT);
        assertThat(reader.getValue().seesConfidential()).isFalse();
        assertThat(filter.getValue().text()).isEqualTo("合同");
    }

    @Test
    void usersWithoutTheRegisterAreTurnedAway() throws Exception {
        mvc.perform(get("/documents").with(withPermissions(OrganisationPermissions.ORG_VIEW))).andExpect(status().isForbidden());
        mvc.perform(get("/documents/7").with(withPermissions(OrganisationPermissions.ORG_VIEW))).andExpect(status().isForbidden());
        verifyNoInteractions(queries);
    }

    @Test
    void detailShowsEveryVersionWithItsDownload() throws Exception {
        when(queries.card(any(), eq(7L))).thenReturn(DocumentSamples.card());

        mvc.perform(get("/documents/7").with(withPermissions(DocumentPermissions.DOCUMENTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("补充条款")))
            .andExpect(content().string(containsString("/documents/7/versions/1/download")))
            .andExpect(content().string(containsString("/documents/7/versions/2/download")))
            .andExpect(content().string(containsString("纸质档案存放位置")))
            .andExpect(content().string(containsString("档案室 A 柜第 3 层")));
    }

    @Test
    void unknownOrHiddenDocumentIsNotFound() throws Exception {
        when(queries.card(any(), anyLong())).thenThrow(new NotFoundException("entity.document", 99));

        mvc.perform(get("/documents/99").with(withPermissions(DocumentPermissions.DOCUMENTS_VIEW))).andExpect(status().isNotFound());
    }

    @Test
    void managerRegistersADocumentAndLandsOnIt() throws Exception {
        var document = Mockito.mock(Document.class);
        when(document.getId()).thenReturn(7L);
        var details = ArgumentCaptor.forClass(NewDocument.class);
        var upload = ArgumentCaptor.forClass(Upload.class);
        when(register.register(any(), details.capture(), upload.capture())).thenReturn(document);

        mvc.perform(multipart("/documents").file(PDF).param("title", "安保服务合同").param("type", "CONTRACT")
            .param("confidentiality", "PUBLIC").param("siteId", "3").param("note", "初版").param("paperLocation", "档案室 A 柜")
            .with(withPermissions(DocumentPermissions.DOCUMENTS_VIEW, DocumentPermissions.DOCUMENTS_MANAGE)).with(csrf()))
            .andExpect(redirectedUrl("/documents/7"))
            .andExpect(flash().attribute("flash", "common.saved"));

        assertThat(details.getValue().siteId()).isEqualTo(3L);
        assertThat(details.getValue().paperLocation()).isEqualTo("档案室 A 柜");
        assertThat(upload.getValue().fileName()).isEqualTo("合同.pdf");
    }

    @Test
    void registerFormOffersTheSeedsTypesAndThePaperArchiveLocation() throws Exception {
        mvc.perform(get("/documents/new").with(withPermissions(DocumentPermissions.DOCUMENTS_VIEW, DocumentPermissions.DOCUMENTS_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("name=\"paperLocation\"")))
            .andExpect(content().string(containsString(">调研<")))
            .andExpect(content().string(containsString(">培训<")))
            .andExpect(content().string(containsString(">财务<")))
            .andExpect(content().string(containsString(">图表<")))
            .andExpect(content().string(containsString(">音频<")))
            .andExpect(content().string(not(containsString(">调查<"))));
    }

    @Test
    void viewerMayNotRegister() throws Exception {
        mvc.perform(multipart("/documents").file(PDF).param("title", "x").param("type", "CONTRACT")
            .param("confidentiality", "PUBLIC").with(withPermissions(DocumentPermissions.DOCUMENTS_VIEW)).with(csrf()))
            .andExpect(status().isForbidden());
        mvc.perform(get("/documents/new").with(withPermissions(DocumentPermissions.DOCUMENTS_VIEW))).andExpect(status().isForbidden());
        verifyNoInteractions(register);
    }

    @Test
    void refusedFileShowsTheReasonInTheForm() throws Exception {
        when(register.register(any(), any(), any())).thenThrow(new DomainException("documents.file.typeRefused", "x.exe"));

        mvc.perform(multipart("/documents").file(new MockMultipartFile("file", "x.exe", "application/octet-stream", new byte[] { 1 }))
            .param("title", "程序").param("type", "OTHER").param("confidentiality", "INTERNAL")
            .with(withPermissions(DocumentPermissions.DOCUMENTS_MANAGE)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("不接受文件 x.exe")));
    }

    @Test
    void missingTitleIsAValidationErrorWithoutCallingTheService() throws Exception {
        mvc.perform(multipart("/documents").file(PDF).param("title", "").param("type", "CONTRACT")
            .param("confidentiality", "PUBLIC").with(withPermissions(DocumentPermissions.DOCUMENTS_MANAGE)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        verifyNoInteractions(register);
    }

    @Test
    void managerUploadsANewVersionWithItsNote() throws Exception {
        mvc.perform(multipart("/documents/7/versions").file(PDF).param("changeNote", "补充条款")
            .with(withPermissions(DocumentPermissions.DOCUMENTS_MANAGE)).with(csrf()))
            .andExpect(redirectedUrl("/documents/7"))
            .andExpect(flash().attribute("flash", "documents.versionAdded"));

        verify(register).addVersion(any(), eq(7L), eq("补充条款"), any());
    }

    @Test
    void newVersionNeedsTheManagePermission() throws Exception {
        mvc.perform(multipart("/documents/7/versions").file(PDF).param("changeNote", "x")
            .with(withPermissions(DocumentPermissions.DOCUMENTS_VIEW)).with(csrf()))
            .andExpect(status().isForbidden());
    }

    @Test
    void downloadSendsTheFileAsAnAttachmentWithItsName() throws Exception {
        when(queries.download(any(), eq(7L), eq(1))).thenReturn(DocumentSamples.pdf());

        mvc.perform(get("/documents/7/versions/1/download").with(withPermissions(DocumentPermissions.DOCUMENTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andExpect(header().string("Content-Disposition", containsString("attachment")))
            .andExpect(header().string("Content-Disposition", containsString("UTF-8''%E5%90%88%E5%90%8C.pdf")))
            .andExpect(content().bytes("%PDF-1.4".getBytes()));
    }

}
