package org.garrison.documents.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.stereotype.Component;

/** The files found missing on this node since it started, for the store's health check. */
@Component
class MissingFiles {

    private static final int RECENT = 10;

    private final Deque<String> recent = new ArrayDeque<>();

    private long count;

    synchronized void found(String key) {
        count++;
        recent.remove(key);
        recent.addFirst(key);
        if (recent.size() > RECENT) {
            recent.removeLast();
        }
    }

    synchronized long count() {
        return count;
    }

    /** The keys of the latest missing files, newest first. */
    synchronized List<String> recent() {
        return List.copyOf(recent);
    }

}
