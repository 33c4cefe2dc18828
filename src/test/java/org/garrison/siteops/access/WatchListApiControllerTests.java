package org.garrison.siteops.access;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.siteops.SiteOpsPermissions;
import org.garrison.siteops.access.AccessViews.WatchRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The watch list over the API: managers keep it, others may not; refusals as on the page. */
@WebSliceTest
class WatchListApiControllerTests {

    static final WatchRow ROW = new WatchRow(3, 11L, "福田支行", WatchEntry.Kind.VEHICLE, "粤B12345", "多次强闯道闸",
            Instant.parse("2026-12-01T02:00:00Z"), "队长");

    @Autowired
    MockMvc mvc;

    @Autowired
    WatchList watchList;

    @Test
    void aManagerAddsAPlateAndFindsIt() throws Exception {
        var entry = mock(WatchEntry.class);
        when(entry.getId()).thenReturn(3L);
        when(watchList.add(any(), eq(11L), eq(WatchEntry.Kind.VEHICLE), eq("粤B12345"), eq("多次强闯道闸"))).thenReturn(entry);
        when(watchList.row(any(), eq(3L))).thenReturn(Optional.of(ROW));
        when(watchList.page(any(), isNull(), isNull(), eq("b123"), any()))
            .thenReturn(new PageImpl<>(List.of(ROW), PageRequest.of(0, 20), 1));
        mvc.perform(post("/api/v1/siteops/access/watchlist").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"siteId\":11,\"kind\":\"VEHICLE\",\"value\":\"粤B12345\",\"reason\":\"多次强闯道闸\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.value").value("粤B12345"));
        mvc.perform(get("/api/v1/siteops/access/watchlist").param("q", "b123").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE)))
            .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(delete("/api/v1/siteops/access/watchlist/3").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE)))
            .andExpect(status().isNoContent());
        verify(watchList).remove(any(), eq(3L));
    }

    @Test
    void anEntryForEverySiteNeedsACompanyWideScopeAndRecordersMayNotKeepTheList() throws Exception {
        when(watchList.add(any(), isNull(), any(), any(), any())).thenThrow(new DomainException("siteops.watch.companyWideOnly"));
        mvc.perform(post("/api/v1/siteops/access/watchlist").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE))
            .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"PERSON\",\"value\":\"110101199003077777\",\"reason\":\"盗窃\"}"))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/siteops/access/watchlist").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)))
            .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/siteops/access/watchlist/3").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isForbidden());
        verify(watchList, never()).remove(any(), anyLong());
    }

}
