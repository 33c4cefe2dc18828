package org.garrison.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.garrison.documents.DocumentStore;

/**
 * Files in a folder on disk, one file per key (keys are relative paths made by {@link StoredFiles}). For a
 * single node only: other nodes do not see the folder, and a database backup does not contain it.
 */
class DiskDocumentStore implements DocumentStore {

    static final String NAME = "disk";

    private final Path root;

    DiskDocumentStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void put(String key, InputStream content, long length) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    @Override
    public void check() throws IOException {
        Files.createDirectories(root);
        Path probe = Files.createTempFile(root, ".health-check", ".tmp");
        Files.delete(probe);
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("storage key outside the documents folder: " + key);
        }
        return path;
    }

}
