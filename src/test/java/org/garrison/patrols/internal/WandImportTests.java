package org.garrison.patrols.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.patrols.internal.ScanIngest.Outcome;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** The import's reading and batching, with the stores replaced: what happens when storing fails midway. */
class WandImportTests {

    final WandRepository wands = mock(WandRepository.class);

    final CheckpointRepository checkpoints = mock(CheckpointRepository.class);

    final ScanIngest ingest = mock(ScanIngest.class);

    final OrganisationManagement organisation = mock(OrganisationManagement.class);

    final WandImport imports = new WandImport(wands, checkpoints, ingest, organisation, ScanChecksTests.SETTINGS,
            java.time.Clock.system(java.time.ZoneId.of("Asia/Shanghai")));

    @Test
    void whenStoringFailsMidwayTheImportStopsSayingWhereAndTheLinesAnsweredBeforeStayAnswered() {
        when(wands.findByDeviceId("W-1")).thenReturn(Optional.of(new Wand("W-1", 7, 101)));
        when(checkpoints.findByTagIdInAndActiveTrue(List.of("T-1")))
            .thenReturn(List.of(new Checkpoint(101, "CP-1", new Checkpoint.Place("东门", null, null, null, null, false, "T-1"))));
        var calls = new AtomicInteger();
        when(ingest.ingest(any())).thenAnswer(invocation -> {
            if (calls.incrementAndGet() > 4) {
                throw new CannotGetJdbcConnectionException("database gone");
            }
            ScanIngest.Batch batch = invocation.getArgument(0);
            return batch.items().stream()
                .map(item -> new ScanIngest.Result(item.scanId(), Outcome.ACCEPTED, null, List.of(), Set.<ScanFlag>of()))
                .toList();
        });
        var file = new StringBuilder();
        var start = LocalDateTime.of(2026, 11, 21, 20, 0);
        for (int i = 0; i < WandImport.WINDOW + 500; i++) {
            file.append("W-1,T-1,").append(start.plusSeconds(i).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")))
                .append('\n');
        }
        var answered = new ArrayList<WandImport.Line>();

        var stopped = catchThrowableOfType(DomainException.class, () -> imports.run(DataScope.company(1),
                new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8,
                answered::add));

        assertThat(stopped.messageKey()).isEqualTo("patrol.import.stopped");
        assertThat(stopped.arguments()).containsExactly(WandImport.WINDOW + 1, (long) WandImport.WINDOW);
        assertThat(answered).hasSize(WandImport.WINDOW).allMatch(line -> line.outcome() == Outcome.ACCEPTED);
        assertThat(answered).extracting(WandImport.Line::number).isSorted().startsWith(1).endsWith(WandImport.WINDOW);
    }

}
