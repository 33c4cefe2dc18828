package org.garrison.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.garrison.testsupport.IntegrationTest;
import org.garrison.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class NumberingIntegrationTests {

    static final int THREADS = 8;

    static final int NUMBERS_PER_THREAD = 50;

    private static final Logger log = LoggerFactory.getLogger(NumberingIntegrationTests.class);

    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    @Autowired
    NumberingManagement numbering;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void firstNumbersOfADayCountUpFromOne() {
        var series = Series.of(uniqueName("附件-合同"));

        assertThat(numbering.next(series, LocalDate.of(2023, 1, 1))).isEqualTo(series.name() + "-20230101-001");
        assertThat(numbering.next(series, LocalDate.of(2023, 1, 1))).isEqualTo(series.name() + "-20230101-002");
        assertThat(numbering.next(series, LocalDate.of(2023, 1, 2))).as("a new day starts again")
            .isEqualTo(series.name() + "-20230102-001");
    }

    @Test
    void concurrentDrawersGetDistinctConsecutiveNumbersWithoutGaps() throws Exception {
        var series = new Series(uniqueName("CONC"), "TS", "-", 4);
        long started = System.nanoTime();

        List<String> drawn = drawConcurrently(THREADS, () -> numbering.next(series, DAY));

        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("numbering concurrency on {}: {} threads x {} numbers = {} distinct of {} in {} ms",
                TestDatabase.isPostgres() ? "PostgreSQL" : "H2", THREADS, NUMBERS_PER_THREAD,
                drawn.stream().distinct().count(), drawn.size(), millis);
        assertThat(drawn).doesNotHaveDuplicates()
            .containsExactlyInAnyOrderElementsOf(expected(series, THREADS * NUMBERS_PER_THREAD));
        assertThat(numbering.issued(series.name(), DAY)).isEqualTo(THREADS * NUMBERS_PER_THREAD);
    }

    @Test
    void rolledBackTransactionGivesItsNumberBack() {
        var series = Series.of(uniqueName("RB"));
        String first = numbering.next(series, DAY);

        assertThatIllegalStateException().isThrownBy(() -> transactions.executeWithoutResult(status -> {
            assertThat(numbering.next(series, DAY)).endsWith("-002");
            throw new IllegalStateException("the form could not be saved");
        }));

        assertThat(first).endsWith("-001");
        assertThat(numbering.next(series, DAY)).endsWith("-002");
    }

    @Test
    void undeclaredSeriesUseItsNameAsPrefixAndThreeDigits() {
        String name = uniqueName("undeclared");

        assertThat(numbering.next(name, DAY)).isEqualTo(name + "-20261121-001");
    }

    static List<String> expected(Series series, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> series.format(DAY, n)).toList();
    }

    /** Every thread waits for the others, then draws {@link #NUMBERS_PER_THREAD} numbers. */
    static List<String> drawConcurrently(int threads, Callable<String> draw) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        var start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> mine = new ArrayList<>();
                    for (int n = 0; n < NUMBERS_PER_THREAD; n++) {
                        mine.add(draw.call());
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (var result : results) {
                all.addAll(result.get());
            }
            return all;
        }
        finally {
            pool.shutdownNow();
        }
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

}
