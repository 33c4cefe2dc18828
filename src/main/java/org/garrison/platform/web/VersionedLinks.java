package org.garrison.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.ResourceTransformerSupport;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * Writes the versioned URL of every static file a script or JSON file names in a quoted absolute path
 * ({@code '/css/app.css'} becomes {@code '/css/app-<md5>.css'}); other paths ({@code '/patrol/my'}) stay as they
 * are. Used for the files whose own URL must not change, the service worker and the web app manifest, so that they
 * name the same URLs as the pages and change whenever one of those files does.
 */
class VersionedLinks extends ResourceTransformerSupport {

    private static final Pattern QUOTED_PATH = Pattern.compile("(['\"])(/[^'\"\\s]*)\\1");

    @Override
    public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
            throws IOException {
        Resource file = chain.transform(request, resource);
        Matcher paths = QUOTED_PATH.matcher(file.getContentAsString(StandardCharsets.UTF_8));
        var text = new StringBuilder();
        while (paths.find()) {
            String path = paths.group(2);
            String versioned = resolveUrlPath(path, request, file, chain);
            String quote = paths.group(1);
            paths.appendReplacement(text, Matcher.quoteReplacement(quote + (versioned != null ? versioned : path) + quote));
        }
        paths.appendTail(text);
        return new TransformedResource(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

}
