package org.garrison.documents.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.garrison.documents.DocumentPermissions;
import org.garrison.documents.internal.DocumentMoves;
import org.garrison.platform.security.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class StorageControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentMoves moves;

    @Test
    void administratorsSeeTheActiveStoreAndStartAMoveThatOpensItsJob() throws Exception {
        when(moves.activeStore()).thenReturn("database");
        when(moves.storeNames()).thenReturn(List.of("database", "disk"));
        when(moves.start("disk", "database")).thenReturn(42L);

        mvc.perform(get("/admin/documents/storage").with(withPermissions(DocumentPermissions.DOCUMENTS_STORAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("本机磁盘目录（仅限单节点）")));
        mvc.perform(post("/admin/documents/storage/move").param("from", "disk").param("to", "database")
            .with(withPermissions(DocumentPermissions.DOCUMENTS_STORAGE)).with(csrf()))
            .andExpect(redirectedUrl("/jobs/42"));
    }

    @Test
    void othersMayNeitherSeeNorMoveTheFiles() throws Exception {
        mvc.perform(get("/admin/documents/storage").with(withPermissions(DocumentPermissions.DOCUMENTS_MANAGE)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/admin/documents/storage/move").param("from", "disk").param("to", "database")
            .with(withPermissions(DocumentPermissions.DOCUMENTS_MANAGE)).with(csrf()))
            .andExpect(status().isForbidden());
        verifyNoInteractions(moves);
    }

}
