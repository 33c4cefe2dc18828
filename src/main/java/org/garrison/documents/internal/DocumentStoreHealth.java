package org.garrison.documents.internal;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code documentStore} in {@code /actuator/health}: DOWN when the active store does not answer or refuses a
 * write (for S3: the bucket is not there or not allowed), DEGRADED while files were found missing since this
 * node started (with their count and latest keys). DEGRADED does not change the overall status: a missing file
 * is a data problem that every node shares, and taking nodes out of the load balancer would not bring it back.
 */
@Component("documentStoreHealthIndicator")
class DocumentStoreHealth extends AbstractHealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "files are missing");

    private final DocumentStores stores;

    private final MissingFiles missing;

    DocumentStoreHealth(DocumentStores stores, MissingFiles missing) {
        super("The document store is not reachable or not writable");
        this.stores = stores;
        this.missing = missing;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        builder.withDetail("store", stores.active().name());
        long count = missing.count();
        builder.withDetail("missingSinceStart", count);
        if (count > 0) {
            builder.withDetail("recentlyMissing", missing.recent());
        }
        stores.active().check();
        builder.status(count > 0 ? DEGRADED : Status.UP);
    }

}
