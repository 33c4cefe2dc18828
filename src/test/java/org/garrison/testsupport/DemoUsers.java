package org.garrison.testsupport;

import java.util.List;

/** The demo accounts that every test database holds: one per role of SPEC §1 (two client users). */
public final class DemoUsers {

    public static final String PASSWORD = "demo";

    /** Every demo user name, administrators first, client users last. */
    public static final List<String> ALL = List.of("admin", "chairman", "ops", "cs", "hr", "trainer", "logistics",
            "affairs", "finance", "supervisor", "inspector", "leader", "guard", "client", "client2");

    private DemoUsers() {
    }

}
