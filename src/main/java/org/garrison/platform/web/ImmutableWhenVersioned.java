package org.garrison.platform.web;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The first transformer of a resource chain with a {@link VersionResourceResolver}: a file asked for by its
 * versioned URL ({@code app-<md5>.css} for {@code app.css}) is answered with {@link #CACHE_CONTROL}, as that URL
 * changes whenever the content does. It decides by the URL of each request, outside the chain's cache (a file
 * and its versioned name share one cache entry) and after the other transformers (which drop a resource's own
 * headers). The resource handler writes a resource's headers after its configured {@code Cache-Control}, so this
 * one replaces the revalidation asked for on unversioned URLs.
 */
class ImmutableWhenVersioned implements ResourceTransformer {

    static final CacheControl CACHE_CONTROL = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
            throws IOException {
        Resource transformed = chain.transform(request, resource);
        String path = (String) request.getAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE);
        String asked = path == null ? null : StringUtils.getFilename(path);
        return asked == null || asked.equals(transformed.getFilename()) ? transformed : new Versioned(transformed);
    }

    /** The file behind a versioned URL, with its own headers (if any) and a year of caching. */
    static final class Versioned extends AbstractResource implements HttpResource {

        private final Resource file;

        Versioned(Resource file) {
            this.file = file;
        }

        @Override
        public HttpHeaders getResponseHeaders() {
            var headers = file instanceof HttpResource http ? http.getResponseHeaders() : new HttpHeaders();
            headers.setCacheControl(CACHE_CONTROL);
            return headers;
        }

        @Override
        public boolean exists() {
            return file.exists();
        }

        @Override
        public boolean isReadable() {
            return file.isReadable();
        }

        @Override
        public boolean isFile() {
            return file.isFile();
        }

        @Override
        public URL getURL() throws IOException {
            return file.getURL();
        }

        @Override
        public URI getURI() throws IOException {
            return file.getURI();
        }

        @Override
        public File getFile() throws IOException {
            return file.getFile();
        }

        @Override
        public long contentLength() throws IOException {
            return file.contentLength();
        }

        @Override
        public long lastModified() throws IOException {
            return file.lastModified();
        }

        @Override
        public Resource createRelative(String relativePath) throws IOException {
            return file.createRelative(relativePath);
        }

        @Override
        public String getFilename() {
            return file.getFilename();
        }

        @Override
        public String getDescription() {
            return file.getDescription();
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return file.getInputStream();
        }

    }

}
