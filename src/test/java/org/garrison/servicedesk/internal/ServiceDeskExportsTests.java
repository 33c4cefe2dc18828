package org.garrison.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.garrison.longjobs.JobProgress;
import org.garrison.longjobs.LongJobs;
import org.garrison.platform.security.TestPrincipals;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.servicedesk.internal.WhistleReports.WhistleView;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The exports write the whole register, reading it a chunk at a time, not only the newest page of it. */
class ServiceDeskExportsTests {

    private final WhistleReports whistle = mock(WhistleReports.class);

    private final ServiceDeskExports exports = new ServiceDeskExports(mock(LongJobs.class), mock(ComplaintQueries.class),
            whistle, new StaticMessageSource());

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void whistleBlowingExportHoldsEveryReportAcrossChunks() throws Exception {
        int total = ServiceDeskExports.CHUNK + 3;
        var all = IntStream.rangeClosed(1, total).mapToObj(ServiceDeskExportsTests::report).toList();
        when(whistle.list(any(), isNull(), any(Pageable.class))).thenAnswer(call -> {
            Pageable page = call.getArgument(2);
            int from = (int) page.getOffset();
            return new PageImpl<>(all.subList(from, Math.min(from + page.getPageSize(), total)), page, total);
        });
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(
                TestPrincipals.principal(ScopeLevel.COMPANY, null, ServiceDeskPermissions.WHISTLEBLOWING_HANDLE), null));
        var progress = new Progress();

        var file = new ByteArrayOutputStream();
        exports.exportWhistle(progress).content().writeTo(file);

        try (var book = new ReadableWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows).hasSize(total + 1);
            assertThat(rows.get(1).getCellText(0)).isEqualTo("JB-1");
            assertThat(rows.get(total).getCellText(0)).isEqualTo("JB-" + total);
        }
        assertThat(progress.reported).containsExactly((long) ServiceDeskExports.CHUNK, (long) total);
    }

    @Test
    void aReportFiledDuringTheExportPushesNoneIntoTheFileTwice() throws Exception {
        int total = ServiceDeskExports.CHUNK + 3;
        // newest first; after the first chunk is read, two new reports arrive at the top of the register
        var before = IntStream.rangeClosed(1, total).map(n -> total + 1 - n).mapToObj(ServiceDeskExportsTests::report).toList();
        var after = new ArrayList<WhistleView>(List.of(report(total + 2), report(total + 1)));
        after.addAll(before);
        when(whistle.list(any(), isNull(), any(Pageable.class))).thenAnswer(call -> {
            Pageable page = call.getArgument(2);
            var register = page.getPageNumber() == 0 ? before : after;
            int from = (int) page.getOffset();
            return new PageImpl<>(register.subList(from, Math.min(from + page.getPageSize(), register.size())), page,
                    register.size());
        });
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(
                TestPrincipals.principal(ScopeLevel.COMPANY, null, ServiceDeskPermissions.WHISTLEBLOWING_HANDLE), null));

        var file = new ByteArrayOutputStream();
        exports.exportWhistle(new Progress()).content().writeTo(file);

        try (var book = new ReadableWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
            List<String> numbers = book.getFirstSheet().read().stream().skip(1).map(row -> row.getCellText(0)).toList();
            assertThat(numbers).doesNotHaveDuplicates().hasSize(total)
                .containsAll(before.stream().map(WhistleView::number).toList());
        }
    }

    private static WhistleView report(int n) {
        return new WhistleView(n, "JB-" + n, WhistleReports.SEALED, "主题 " + n, "详情", null, WhistleReport.State.RECEIVED,
                null, Instant.parse("2026-12-01T00:00:00Z"), null);
    }

    private static final class Progress implements JobProgress {

        final List<Long> reported = new ArrayList<>();

        @Override
        public void progress(long done, long total) {
            reported.add(done);
        }

        @Override
        public void message(String key, Object... args) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

    }

}
