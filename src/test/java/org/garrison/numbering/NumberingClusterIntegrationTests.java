package org.garrison.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.garrison.GarrisonApplication;
import org.garrison.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Two application nodes on one database draw numbers of the same series at the same time: together
 * they hand out every number exactly once, without gaps.
 */
class NumberingClusterIntegrationTests {

    static final String SERIES = "cluster-" + UUID.randomUUID().toString().substring(0, 8);

    private static final Logger log = LoggerFactory.getLogger(NumberingClusterIntegrationTests.class);

    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    private static ConfigurableApplicationContext nodeA;

    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        nodeA = startNode();
        nodeB = startNode();
    }

    @AfterAll
    static void stopNodes() {
        for (var node : new ConfigurableApplicationContext[] { nodeA, nodeB }) {
            if (node != null) {
                node.close();
            }
        }
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

    private static ConfigurableApplicationContext startNode() {
        return new SpringApplicationBuilder(GarrisonApplication.class, DeclaredSeries.class)
            .initializers(context -> context.getBeanFactory()
                .registerSingleton(MainCodeOnly.class.getName(), new MainCodeOnly()))
            .run("--server.port=0", "--spring.datasource.url=" + TestDatabase.url());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class DeclaredSeries {

        @Bean
        Series clusterTestSeries() {
            return new Series(SERIES, "TS", "-", 4);
        }

    }

    /** Keeps component scanning of a node to the application's own classes. */
    static final class MainCodeOnly extends TypeExcludeFilter {

        private static final String TEST_CLASSES = NumberingClusterIntegrationTests.class.getProtectionDomain()
            .getCodeSource()
            .getLocation()
            .toString();

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws java.io.IOException {
            return reader.getResource().getURL().toString().startsWith(TEST_CLASSES);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof MainCodeOnly;
        }

        @Override
        public int hashCode() {
            return MainCodeOnly.class.hashCode();
        }

    }

}
