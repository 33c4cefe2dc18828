package org.garrison.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.NoSuchFileException;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.garrison.documents.internal.DocumentsSettings.S3;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The S3 store against a real S3-protocol server: S3Proxy on 127.0.0.1 (a free port) over an in-memory blob
 * store, with signed requests (AWS v4) and path-style access, as MinIO and Ceph RGW are reached.
 */
class S3DocumentStoreTests {

    private static final String ACCESS = "garrison-test";

    private static final String SECRET = "garrison-test-secret";

    private static BlobStoreContext blobs;

    private static S3Proxy server;

    private static URI endpoint;

    private static S3DocumentStore store;

    @BeforeAll
    static void startServer() throws Exception {
        blobs = ContextBuilder.newBuilder("transient").credentials(ACCESS, SECRET).build(BlobStoreContext.class);
        blobs.getBlobStore().createContainerInLocation(null, "garrison-files");
        server = S3Proxy.builder()
            .blobStore(blobs.getBlobStore())
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET)
            .build();
        server.start();
        endpoint = URI.create("http://127.0.0.1:" + server.getPort());
        store = new S3DocumentStore(settings("garrison-files"));
    }

    @AfterAll
    static void stopServer() throws Exception {
        store.close();
        server.stop();
        blobs.close();
    }

    @Test
    void storesReadsAndDeletesAFile() throws IOException {
        byte[] content = "合同扫描件 contract scan".repeat(1000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        store.put("2026/12/07/a", new ByteArrayInputStream(content), content.length);
        assertThat(store.exists("2026/12/07/a")).isTrue();
        try (InputStream in = store.open("2026/12/07/a")) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        store.delete("2026/12/07/a");
        assertThat(store.exists("2026/12/07/a")).isFalse();
    }

    @Test
    void storesAStreamOfUnknownLength() throws IOException {
        byte[] content = new byte[300_000];
        content[299_999] = 42;
        store.put("unknown-length", new ByteArrayInputStream(content), -1);
        try (InputStream in = store.open("unknown-length")) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void answersNoSuchFileForAnUnknownKey() {
        assertThatThrownBy(() -> store.open("never-stored")).isInstanceOf(NoSuchFileException.class);
        assertThat(store.exists("never-stored")).isFalse();
    }

    @Test
    void healthCheckFindsTheBucketOrFails() {
        store.check();
        try (var elsewhere = new S3DocumentStore(settings("no-such-bucket"))) {
            assertThatThrownBy(elsewhere::check).isInstanceOf(RuntimeException.class);
        }
    }

    private static S3 settings(String bucket) {
        return new S3(endpoint, "us-east-1", bucket, ACCESS, SECRET, true);
    }

}
