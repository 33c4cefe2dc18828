package org.garrison.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.CachingResourceTransformer;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves the static files (styles, scripts, images, WebJars, the guard's service worker and web app manifest;
 * Spring Boot's own mappings are off, {@code spring.web.resources.add-mappings=false}). Pages link to them with
 * Thymeleaf's {@code @{...}}, which {@link ResourceUrlEncodingFilter} turns into a URL naming the file's content
 * ({@code /css/app-5d41402abc4b2a76b9719d911017c592.css}, {@code /webjars/bootstrap/5.3.8/css/bootstrap.min-….css}):
 * such a URL answers {@code Cache-Control: max-age=31536000, public, immutable}, so a phone downloads each version of
 * a file once. A URL without the version answers {@code no-cache} with an ETag and {@code Last-Modified}, so it is
 * asked again each time but costs only a 304 while the file is unchanged. The service worker and the manifest keep
 * fixed URLs (a browser knows an installed app and its worker by them) and name the files they list by their
 * versioned URLs ({@link VersionedLinks}). Pages themselves are per user: Spring Security's {@code no-store} stays
 * on them; it writes its cache headers only on responses that carry none, so the headers set here win on files.
 * Text is compressed by the server ({@code server.compression}).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    static final CacheControl UNVERSIONED = CacheControl.noCache();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        versioned(registry.addResourceHandler("/webjars/**")
            .addResourceLocations("classpath:/META-INF/resources/webjars/"));
        for (String folder : new String[] { "css", "js", "img", "vendor" }) {
            versioned(registry.addResourceHandler("/" + folder + "/**")
                .addResourceLocations("classpath:/static/" + folder + "/"));
        }
        // a module's installable web app (the guard's /patrol/…): its worker and manifest keep their URLs
        unversioned(registry.addResourceHandler("/*/sw.js", "/*/manifest.webmanifest")
            .addResourceLocations("classpath:/static/"))
            .resourceChain(true)
            .addTransformer(new VersionedLinks());
    }

    /**
     * The chain Spring builds for {@code resourceChain(true)} with a version resolver, but with
     * {@link ImmutableWhenVersioned} outside its cache: resolvers (cache, content version, WebJars without version,
     * path) and transformers (immutable when versioned, cache, versioned links inside CSS files).
     */
    private static void versioned(ResourceHandlerRegistration registration) {
        var cache = new ConcurrentMapCache("static-resources");
        unversioned(registration).resourceChain(false)
            .addResolver(new CachingResourceResolver(cache))
            .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
            .addTransformer(new ImmutableWhenVersioned())
            .addTransformer(new CachingResourceTransformer(cache))
            .addTransformer(new CssLinkResourceTransformer());
    }

    private static ResourceHandlerRegistration unversioned(ResourceHandlerRegistration registration) {
        return registration.setCacheControl(UNVERSIONED).setEtagGenerator(StaticResources::etag);
    }

    /**
     * The ETag of a file asked for without its version: its content's MD5, weak as the server may compress the file
     * (Tomcat compresses no response with a strong ETag). None for a versioned file, which is never asked again.
     */
    static String etag(Resource resource) {
        if (resource instanceof ImmutableWhenVersioned.Versioned) {
            return null;
        }
        try (InputStream content = resource.getInputStream()) {
            return "W/\"" + DigestUtils.md5DigestAsHex(content) + "\"";
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The type of the web app manifest, which the servlet container does not know by its extension. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> webManifestType() {
        return factory -> factory.addMimeMappings(new MimeMappings(Map.of("webmanifest", "application/manifest+json")));
    }

    /** Rewrites {@code @{/js/app.js}} in pages (also error pages) to the file's versioned URL. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

}
