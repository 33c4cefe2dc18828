package org.garrison.imports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;

import org.garrison.imports.ImportKind;
import org.garrison.imports.ImportPermissions;
import org.garrison.imports.internal.Imports;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.multipart.MultipartFile;

@WebSliceTest
class ImportsControllerTests {

    static final MockMultipartFile FILE = new MockMultipartFile("file", "staff.csv", "text/csv",
            "姓名\n张三\n".getBytes(StandardCharsets.UTF_8));

    @Autowired
    MockMvc mvc;

    @Autowired
    Imports imports;

    @Test
    void anUploadStartsTheJobAndTheApiAnswersWhereToFollowIt() throws Exception {
        when(imports.start(eq(ImportKind.EMPLOYEES), eq("staff.csv"), any())).thenReturn(42L);

        mvc.perform(multipart("/api/v1/imports/employees").file(FILE).with(withPermissions(ImportPermissions.IMPORT_EMPLOYEES)))
            .andExpect(status().isAccepted())
            .andExpect(header().string("Location", "/api/v1/imports/jobs/42"))
            .andExpect(jsonPath("$.report").value("/api/v1/imports/jobs/42/report"));
        mvc.perform(multipart("/imports/employees").file(FILE).with(withPermissions(ImportPermissions.IMPORT_EMPLOYEES))
            .with(csrf()))
            .andExpect(redirectedUrl("/jobs/42"));
    }

    @Test
    void aFileRefusedAsAWholeIsAProblemOverTheApiAndAMessageOnThePage() throws Exception {
        when(imports.start(any(), any(), any())).thenThrow(new DomainException("imports.error.missingColumns", "身份证号"));

        mvc.perform(multipart("/api/v1/imports/employees").file(FILE).with(withPermissions(ImportPermissions.IMPORT_EMPLOYEES)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
        mvc.perform(multipart("/imports/employees").file(FILE).with(withPermissions(ImportPermissions.IMPORT_EMPLOYEES))
            .with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("文件缺少必填列：身份证号。")));
    }

    @Test
    void eachRegisterNeedsItsOwnPermissionAndVisitorsAreSentAway() throws Exception {
        mvc.perform(get("/api/v1/imports/employees/template")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/imports/checkpoints/template").with(withPermissions(ImportPermissions.IMPORT_EMPLOYEES)))
            .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/imports/clients").file(FILE).with(withPermissions(ImportPermissions.IMPORT_SITES)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/imports/sites").with(withPermissions(ImportPermissions.IMPORT_CLIENTS))).andExpect(status().isForbidden());
        mvc.perform(get("/imports").with(withPermissions())).andExpect(status().isForbidden());
        verifyNoInteractions(imports);
    }

    @Test
    void anUnknownKindIsNotFoundOnThePagesAndOverTheApi() throws Exception {
        var hr = withPermissions(ImportPermissions.IMPORT_EMPLOYEES);
        mvc.perform(get("/imports/vehicles").with(hr)).andExpect(status().isNotFound());
        mvc.perform(get("/imports/vehicles/template").with(hr)).andExpect(status().isNotFound());
        mvc.perform(multipart("/imports/vehicles").file(FILE).with(hr).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/imports/vehicles/template").with(hr).header("Accept-Language", "zh-CN"))
            .andExpect(status().isNotFound())
            .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
            .andExpect(jsonPath("$.detail").value(containsString("导入类型")));
        mvc.perform(multipart("/api/v1/imports/vehicles").file(FILE).with(hr)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/imports/vehicles/template")).andExpect(status().isUnauthorized());
        verifyNoInteractions(imports);
    }

    @Test
    void everyKindIsServedByTheSameHandlersWithItsOwnPermission() throws Exception {
        when(imports.template(any())).thenReturn(new Imports.Template("模板.xlsx", new byte[] { 1 }));
        for (ImportKind kind : ImportKind.values()) {
            mvc.perform(get("/api/v1/imports/" + kind.path() + "/template").with(withPermissions(kind.permission())))
                .andExpect(status().isOk());
            mvc.perform(get("/imports/" + kind.path()).with(withPermissions(kind.permission())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/imports/" + kind.path() + "/template")));
            for (ImportKind other : ImportKind.values()) {
                if (other != kind) {
                    mvc.perform(get("/api/v1/imports/" + other.path() + "/template").with(withPermissions(kind.permission())))
                        .andExpect(status().isForbidden());
                    mvc.perform(multipart("/imports/" + other.path()).file(FILE).with(withPermissions(kind.permission()))
                        .with(csrf())).andExpect(status().isForbidden());
                }
            }
        }
    }

    @Test
    void theApiDocumentsExactlyTheKindsThereAre() throws Exception {
        for (var method : List.of(ImportsApiController.class.getDeclaredMethod("template", String.class),
                ImportsApiController.class.getDeclaredMethod("start", String.class, MultipartFile.class))) {
            Parameter kind = method.getParameters()[0].getAnnotation(Parameter.class);
            assertThat(kind.schema().allowableValues()).as(method.getName())
                .containsExactly(Arrays.stream(ImportKind.values()).map(ImportKind::path).toArray(String[]::new));
        }
    }

    @Test
    void theChoicePageOffersOnlyTheImportsTheUserMayUse() throws Exception {
        mvc.perform(get("/imports").with(withPermissions(ImportPermissions.IMPORT_SITES, ImportPermissions.IMPORT_CHECKPOINTS)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-kind=\"sites\"")))
            .andExpect(content().string(containsString("data-kind=\"checkpoints\"")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-kind=\"employees\""))));
    }

}
