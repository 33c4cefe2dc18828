package org.garrison.patrols.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.garrison.shared.AfterCommit;
import org.garrison.shared.AuditedChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The active checkpoints by code, as every scan upload needs them, kept for a short while: checkpoints change
 * rarely and an offline phone's sync sends the same codes again and again. A change to a checkpoint made on
 * this node is seen at once (after its commit); one made on another node of a cluster within the time to live.
 * A code not found is always asked again, so a checkpoint created elsewhere is scanned at once.
 */
@Component
class CheckpointTargets {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

    /** Bounds the memory: past this many codes the cache starts afresh. */
    static final int MAX_ENTRIES = 100_000;

    private record Entry(ScanStore.Target target, Instant until) {
    }

    private final ConcurrentHashMap<String, Entry> byCode = new ConcurrentHashMap<>();

    private final ScanStore store;

    private final Clock clock;

    CheckpointTargets(ScanStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The active checkpoints among these codes, by code (codes of no active checkpoint are left out). */
    Map<String, ScanStore.Target> active(Collection<String> codes) {
        Instant now = clock.instant();
        var found = new HashMap<String, ScanStore.Target>();
        var missing = new ArrayList<String>();
        for (String code : codes) {
            Entry entry = byCode.get(code);
            if (entry != null && now.isBefore(entry.until())) {
                found.put(code, entry.target());
            }
            else {
                missing.add(code);
            }
        }
        if (!missing.isEmpty()) {
            if (byCode.size() + missing.size() > MAX_ENTRIES) {
                byCode.clear();
            }
            Instant until = now.plus(TIME_TO_LIVE);
            for (ScanStore.Target target : store.activeByCode(missing)) {
                byCode.put(target.code(), new Entry(target, until));
                found.put(target.code(), target);
            }
        }
        return found;
    }

    /**
     * A checkpoint was created, changed or retired: forget them all, now and once the change is committed (an
     * upload running meanwhile may have read the old row again).
     */
    @EventListener
    void onChange(AuditedChange change) {
        if ("PatrolCheckpoint".equals(change.entityType())) {
            byCode.clear();
            AfterCommit.run(byCode::clear);
        }
    }

}
