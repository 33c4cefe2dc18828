package org.garrison.documents.internal;

import java.io.InputStream;
import java.util.function.Supplier;

/** A stored file ready to be sent: its name, type, size and a way to open its bytes. */
public record Download(String fileName, String contentType, long size, Supplier<InputStream> content) {
}
