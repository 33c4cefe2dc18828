package org.garrison.documents.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.garrison.documents.Upload;
import org.garrison.shared.DomainException;
import org.springframework.util.unit.DataSize;

/**
 * Which files are accepted: images, PDF, office documents and plain text, up to a size. The extension
 * decides the kind; a content type declared by the browser must agree with it (or be the generic
 * {@code application/octet-stream}), and the stored content type is the one the extension implies.
 */
public final class FileRules {

    static final Map<String, String> ALLOWED = Map.ofEntries(Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"), Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"));

    private static final Set<String> GENERIC = Set.of("", "application/octet-stream");

    private static final int MAX_NAME_LENGTH = 200;

    private final DataSize maxSize;

    public FileRules(DataSize maxSize) {
        this.maxSize = maxSize;
    }

    /** The content type to store the upload with; refuses empty, too large and unaccepted files. */
    public String check(Upload upload) {
        String name = upload.fileName().strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new DomainException("documents.file.badName");
        }
        if (upload.size() == 0) {
            throw new DomainException("documents.file.empty", name);
        }
        if (upload.size() > maxSize.toBytes()) {
            throw new DomainException("documents.file.tooLarge", name, maxSize.toMegabytes());
        }
        String type = ALLOWED.get(extension(name));
        String declared = baseType(upload.contentType());
        if (type == null || !(GENERIC.contains(declared) || declared.equals(type))) {
            throw new DomainException("documents.file.typeRefused", name);
        }
        return type;
    }

    /** A file name safe to send back in a download header: the last path segment only. */
    public static String cleanName(String fileName) {
        String name = fileName.strip().replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

}
