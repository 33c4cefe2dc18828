package org.garrison.people.web;

import java.time.Instant;

/** The time of the people web slices: a fixed morning, 2026-11-23 in Shanghai. */
class PeopleSliceClock {

    static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");


}
