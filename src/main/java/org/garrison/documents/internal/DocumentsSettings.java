package org.garrison.documents.internal;

import java.net.URI;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param store where new files go and are read from first: {@code database} (default), {@code s3} or
 *     {@code disk} (single node only)
 * @param root the folder the disk store keeps files in
 * @param maxFileSize the largest file accepted
 * @param thumbnailSize the longest side of an image's thumbnail, in pixels
 * @param chunkSize the size of one row of a file in the database store
 * @param s3 the S3-compatible store; used when {@code store} is {@code s3} or a bucket is named
 * @param moveTo when set, the application moves every file into this store at start (from the other stores)
 *     and then runs as usual
 */
@ConfigurationProperties("garrison.documents")
public record DocumentsSettings(@DefaultValue("database") String store, @DefaultValue("./data/documents") Path root,
        @DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("240") int thumbnailSize,
        @DefaultValue("256KB") DataSize chunkSize, @DefaultValue S3 s3, @Nullable String moveTo) {

    /**
     * @param endpoint the store's URL (e.g. {@code http://minio.internal:9000}); none for AWS itself
     * @param region the region (stores other than AWS accept any, e.g. {@code us-east-1})
     * @param bucket the bucket, created beforehand
     * @param accessKey the access key; none for the SDK's default credentials (environment, instance role)
     * @param secretKey the secret key
     * @param pathStyleAccess {@code true} for MinIO and Ceph RGW ({@code endpoint/bucket/key}); {@code false}
     *     for virtual-hosted buckets ({@code bucket.endpoint/key}: AWS, OSS, COS)
     */
    public record S3(@Nullable URI endpoint, @DefaultValue("us-east-1") String region, @Nullable String bucket,
            @Nullable String accessKey, @Nullable String secretKey, @DefaultValue("false") boolean pathStyleAccess) {

        boolean configured() {
            return bucket != null && !bucket.isBlank();
        }

        String requiredBucket() {
            if (!configured()) {
                throw new IllegalStateException("garrison.documents.s3.bucket is required for the S3 document store");
            }
            return bucket;
        }

    }

}
