package org.garrison.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.garrison.documents.DocumentStore;
import org.garrison.documents.internal.DocumentsSettings.S3;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files in a bucket of an S3-compatible object store (MinIO, Ceph RGW, Alibaba OSS, Tencent COS, AWS S3), one
 * object per key, through the AWS SDK with the JDK's HTTP client. Checksums are sent and checked only where
 * the protocol requires them, as stores other than AWS do not all know the newer checksum headers.
 */
class S3DocumentStore implements DocumentStore, AutoCloseable {

    static final String NAME = "s3";

    private final S3Client client;

    private final String bucket;

    S3DocumentStore(S3 settings) {
        this.bucket = settings.requiredBucket();
        var builder = S3Client.builder()
            .region(Region.of(settings.region()))
            .forcePathStyle(settings.pathStyleAccess())
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .httpClientBuilder(UrlConnectionHttpClient.builder());
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        if (settings.accessKey() != null && settings.secretKey() != null) {
            builder.credentialsProvider(
                    StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
        }
        this.client = builder.build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void put(String key, InputStream content, long length) throws IOException {
        if (length >= 0) {
            client.putObject(request -> request.bucket(bucket).key(key).contentLength(length),
                    RequestBody.fromInputStream(content, length));
            return;
        }
        // S3 needs the length before the first byte: a stream of unknown length is spooled to a temporary file.
        Path spool = Files.createTempFile("garrison-s3-", ".part");
        try {
            Files.copy(content, spool, StandardCopyOption.REPLACE_EXISTING);
            client.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromFile(spool));
        }
        finally {
            Files.deleteIfExists(spool);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return client.getObject(request -> request.bucket(bucket).key(key));
        }
        catch (NoSuchKeyException ex) {
            throw new NoSuchFileException(key);
        }
    }

    @Override
    public boolean exists(String key) {
        try {
            client.headObject(request -> request.bucket(bucket).key(key));
            return true;
        }
        catch (S3Exception ex) {
            if (ex.statusCode() == 404) {
                return false;
            }
            throw ex;
        }
    }

    @Override
    public void delete(String key) {
        client.deleteObject(request -> request.bucket(bucket).key(key));
    }

    /** The bucket exists and the credentials may use it. */
    @Override
    public void check() {
        client.headBucket(request -> request.bucket(bucket));
    }

    @Override
    public void close() {
        client.close();
    }

}
