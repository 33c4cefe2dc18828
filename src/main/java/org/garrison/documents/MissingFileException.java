package org.garrison.documents;

import org.garrison.shared.NotFoundException;

/**
 * A file whose record exists but whose bytes are in no document store (lost folder, bucket or restore
 * without files). Answers 404 with "the file is missing" rather than a bare 500; the store's health check
 * counts these.
 */
public class MissingFileException extends NotFoundException {

    private final String fileName;

    public MissingFileException(String fileName, String storageKey) {
        super("entity.storedFile", storageKey);
        this.fileName = fileName;
    }

    @Override
    public String messageKey() {
        return "documents.error.fileMissing";
    }

    @Override
    public Object[] arguments() {
        return new Object[] { fileName };
    }

}
