package org.garrison.documents.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.garrison.documents.DocumentPermissions;
import org.garrison.documents.internal.DocumentMoves;
import org.garrison.platform.security.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class StorageApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentMoves moves;

    @Test
    void administratorsReadTheStoresAndStartAMoveAsALongJob() throws Exception {
        when(moves.activeStore()).thenReturn("database");
        when(moves.storeNames()).thenReturn(List.of("database", "disk"));
        when(moves.start("disk", "database")).thenReturn(42L);

        mvc.perform(get("/api/v1/admin/documents/storage").with(withPermissions(DocumentPermissions.DOCUMENTS_STORAGE)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.active").value("database"))
            .andExpect(jsonPath("$.stores[1]").value("disk"));
        mvc.perform(post("/api/v1/admin/documents/storage/moves").contentType(MediaType.APPLICATION_JSON)
            .content("{\"from\": \"disk\", \"to\": \"database\"}")
            .with(withPermissions(DocumentPermissions.DOCUMENTS_STORAGE)))
            .andExpect(status().isAccepted())
            .andExpect(header().string("Location", "/api/v1/jobs/42"))
            .andExpect(jsonPath("$.jobId").value(42));
    }

    @Test
    void aMoveWithoutItsStoresIsRefusedBeforeAnythingStarts() throws Exception {
        mvc.perform(post("/api/v1/admin/documents/storage/moves").contentType(MediaType.APPLICATION_JSON)
            .content("{\"to\": \"database\"}")
            .with(withPermissions(DocumentPermissions.DOCUMENTS_STORAGE)))
            .andExpect(status().isBadRequest());
        verifyNoInteractions(moves);
    }

    @Test
    void othersMayNeitherReadNorMoveTheStores() throws Exception {
        mvc.perform(get("/api/v1/admin/documents/storage").with(withPermissions(DocumentPermissions.DOCUMENTS_MANAGE)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/documents/storage/moves").contentType(MediaType.APPLICATION_JSON)
            .content("{\"from\": \"disk\", \"to\": \"database\"}")
            .with(withPermissions(DocumentPermissions.DOCUMENTS_MANAGE)))
            .andExpect(status().isForbidden());
        verifyNoInteractions(moves);
    }

}
