package org.garrison.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The principals of recently checked bearer tokens, kept for a few seconds so that a phone or device
 * uploading in a burst is not looked up in the database on every call (decision 0004). A token revoked on
 * this node, or any change to users or roles here, takes effect at once; on other nodes of a cluster within
 * the time to live. A time to live of zero turns the cache off.
 */
final class TokenCache {

    /** Bounds the memory taken by many devices: past this many tokens the cache starts afresh. */
    static final int MAX_ENTRIES = 20_000;

    private record Entry(GarrisonPrincipal principal, Instant until) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    private final Duration timeToLive;

    TokenCache(Duration timeToLive) {
        this.timeToLive = timeToLive;
    }

    Optional<GarrisonPrincipal> get(String tokenHash, Instant now) {
        Entry entry = entries.get(tokenHash);
        if (entry == null) {
            return Optional.empty();
        }
        if (!now.isBefore(entry.until())) {
            entries.remove(tokenHash, entry);
            return Optional.empty();
        }
        return Optional.of(entry.principal());
    }

    /** Keeps the principal until the time to live or the token's expiry, whichever comes first. */
    void put(String tokenHash, GarrisonPrincipal principal, Instant tokenExpiresAt, Instant now) {
        if (timeToLive.isZero() || timeToLive.isNegative()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        Instant until = now.plus(timeToLive);
        entries.put(tokenHash, new Entry(principal, until.isBefore(tokenExpiresAt) ? until : tokenExpiresAt));
    }

    void evict(String tokenHash) {
        entries.remove(tokenHash);
    }

    void clear() {
        entries.clear();
    }

    int size() {
        return entries.size();
    }

}
