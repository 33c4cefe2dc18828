package org.garrison.documents.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param root the folder the disk store keeps files in
 * @param maxFileSize the largest file accepted
 * @param thumbnailSize the longest side of an image's thumbnail, in pixels
 */
@ConfigurationProperties("garrison.documents")
public record DocumentsSettings(@DefaultValue("./data/documents") Path root, @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("240") int thumbnailSize) {
}
