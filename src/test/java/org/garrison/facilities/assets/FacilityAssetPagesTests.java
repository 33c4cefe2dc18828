package org.garrison.facilities.assets;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.garrison.facilities.FacilitiesPermissions;
import org.garrison.facilities.assets.AssetViews.SortingRow;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Who may read and record the facility-service specifics, on the pages and over the API. */
@WebSliceTest
class FacilityAssetPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SortingChecks sorting;

    @Autowired
    Readings readings;

    @Test
    void aClientReadsTheSortingChecksOfItsScopeButCannotRecordOne() throws Exception {
        when(sorting.list(any(), any())).thenReturn(List.of(new SortingRow(1, 11, "福田支行", LocalDate.of(2026, 12, 5), 12, 11,
                null, "保洁主管", Rates.percent(11, 12))));
        var client = as(ScopeLevel.CLIENT, 3L, FacilitiesPermissions.FACILITIES_VIEW, FacilitiesPermissions.FACILITIES_REQUEST);
        mvc.perform(get("/facilities/sorting").with(client))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("福田支行")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"sorting-form\""))));
        mvc.perform(post("/facilities/sorting").with(client).with(csrf()).param("siteId", "11").param("binsChecked", "5")
            .param("binsCorrect", "5"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/facilities/sorting-checks").with(client).contentType(MediaType.APPLICATION_JSON)
            .content("{\"siteId\":11,\"binsChecked\":5,\"binsCorrect\":5}"))
            .andExpect(status().isForbidden());
        verify(sorting, never()).record(any(), any());
    }

    @Test
    void aGuardWithoutFacilityPermissionsCannotReadOrRecordAReading() throws Exception {
        var guard = as(ScopeLevel.OWN, 11L);
        mvc.perform(get("/facilities/electrical").with(guard)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/facilities/electrical-assets/5/readings").with(guard).contentType(MediaType.APPLICATION_JSON)
            .content("{\"voltage\":220}"))
            .andExpect(status().isForbidden());
        verify(readings, never()).record(any(), eq(5L), any());
    }

    @Test
    void staffRecordASpotCheckAndARefusalIsShownWithTheFormAgain() throws Exception {
        var staff = withPermissions(FacilitiesPermissions.FACILITIES_VIEW, FacilitiesPermissions.FACILITIES_WORK);
        mvc.perform(post("/facilities/sorting").with(staff).with(csrf()).param("siteId", "11").param("binsChecked", "5")
            .param("binsCorrect", "4"))
            .andExpect(redirectedUrl("/facilities/sorting?siteId=11"));
        when(sorting.record(any(), any())).thenThrow(new DomainException("facilities.assets.sorting.correctOverChecked", 6, 5));
        mvc.perform(post("/facilities/sorting").with(staff).with(csrf()).param("siteId", "11").param("binsChecked", "5")
            .param("binsCorrect", "6"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
    }

    @Test
    void aReadingOutOfRangeIsRefusedOverTheApiWith422() throws Exception {
        when(readings.record(any(), eq(5L), any())).thenThrow(new DomainException("facilities.assets.reading.voltageRange", "1200", "1000"));
        mvc.perform(post("/api/v1/facilities/electrical-assets/5/readings")
            .with(withPermissions(FacilitiesPermissions.FACILITIES_WORK)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"voltage\":1200}"))
            .andExpect(status().isUnprocessableContent());
    }

}
