package org.garrison.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a step once the current transaction has committed, or at once when there is none. For in-memory
 * effects of a change (e.g. forgetting cached rows): unlike a transactional event listener it writes no
 * event publication, so it costs nothing on the database.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(Runnable step) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

                @Override
                public void afterCommit() {
                    step.run();
                }

            });
        }
        else {
            step.run();
        }
    }

}
