package org.garrison.contracts;

import java.util.UUID;

import org.garrison.organisation.internal.ClientStatus;
import org.garrison.organisation.internal.Clients;
import org.garrison.organisation.internal.Clients.ClientDetails;

/**
 * A fresh prospect client per test, so that signing in one test (which makes the client active and gives
 * it sites) never changes the demo clients other modules' tests rely on.
 */
public final class TestClients {

    private TestClients() {
    }

    /** Creates a prospect client and answers its id. */
    public static long prospect(Clients clients) {
        return clients.create(new ClientDetails(name(), "会展", null, null, ClientStatus.PROSPECT, null, null)).getId();
    }

    /** A unique client name. */
    public static String name() {
        return "合同测试客户 " + UUID.randomUUID().toString().substring(0, 8);
    }

}
