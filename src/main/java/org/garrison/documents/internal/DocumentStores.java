package org.garrison.documents.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.garrison.documents.DocumentStore;
import org.garrison.shared.DomainException;

/**
 * The stores this installation knows: the database and the disk folder always, an S3-compatible bucket when
 * one is configured. One of them is active: new files go there and reads look there first; the others are
 * only read from (a file not yet moved) and are the sources of a move.
 */
public class DocumentStores implements AutoCloseable {

    private final Map<String, DocumentStore> stores;

    private final DocumentStore active;

    DocumentStores(List<DocumentStore> stores, String active) {
        this.stores = new LinkedHashMap<>();
        stores.forEach(store -> this.stores.put(store.name(), store));
        if (!this.stores.containsKey(active)) {
            throw new IllegalStateException("garrison.documents.store=" + active + " is not one of " + this.stores.keySet()
                    + (active.equals(S3DocumentStore.NAME) ? " (set garrison.documents.s3.bucket)" : ""));
        }
        this.active = this.stores.get(active);
    }

    /** Where new files go. */
    public DocumentStore active() {
        return active;
    }

    /** The names of the known stores, the active one first. */
    public Set<String> names() {
        return stores.keySet();
    }

    /** A store by name; refuses a store this installation does not have. */
    public DocumentStore named(String name) {
        DocumentStore store = stores.get(name);
        if (store == null) {
            throw new DomainException("documents.move.unknownStore", name);
        }
        return store;
    }

    /** The stores that are not active, to read files from that were not moved yet. */
    List<DocumentStore> others() {
        return stores.values().stream().filter(store -> store != active).toList();
    }

    @Override
    public void close() throws Exception {
        for (DocumentStore store : stores.values()) {
            if (store instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

}
