package org.garrison.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.garrison.testsupport.TestDatabase;
import org.garrison.testsupport.cluster.ClusterNodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one database draw numbers of the same series at the same time: together
 * they hand out every number exactly once, without gaps.
 */
class NumberingClusterIntegrationTests {

    static final String SERIES = ClusterNodes.SERIES;

    private static final Logger log = LoggerFactory.getLogger(NumberingClusterIntegrationTests.class);

    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    private static ConfigurableApplicationContext nodeA;

    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        var nodes = ClusterNodes.start();
        nodeA = nodes.a();
        nodeB = nodes.b();
    }

    @Test
    void twoNodesDrawingAtOnceShareOneGapFreeSequence() throws Exception {
        var a = nodeA.getBean(NumberingManagement.class);
        var b = nodeB.getBean(NumberingManagement.class);
        var turn = new AtomicInteger();
        int threads = NumberingIntegrationTests.THREADS;
        long started = System.nanoTime();

        List<String> drawn = NumberingIntegrationTests.drawConcurrently(threads,
                () -> (turn.getAndIncrement() % 2 == 0 ? a : b).next(SERIES, DAY));

        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("numbering across two nodes on {}: {} numbers, {} distinct, in {} ms",
                TestDatabase.isPostgres() ? "PostgreSQL" : "H2", drawn.size(), drawn.stream().distinct().count(), millis);
        var declared = new Series(SERIES, "TS", "-", 4);
        assertThat(drawn).as("the declared shape TS-yyyyMMdd-0000 is used by both nodes")
            .containsExactlyInAnyOrderElementsOf(NumberingIntegrationTests.expected(declared,
                    threads * NumberingIntegrationTests.NUMBERS_PER_THREAD));
    }

}
