package org.garrison.people.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The clock of the people web slices: a fixed morning, 2026-11-23 in Shanghai. */
@TestConfiguration(proxyBeanMethods = false)
class PeopleSliceClock {

    static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    }

}
