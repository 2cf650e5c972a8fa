package dev.touban.sync.store;

import java.net.URI;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Exports in a versioned S3 bucket under {@code exports/{team}/{YYYY-MM}/}. File names are
 * fixed per month, so a re-run overwrites (the bucket keeps the old versions) and then drops
 * any file of that month it did not write: a month never holds two sets of rows.
 */
public final class S3ExportStore implements ExportStore {
    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final Duration linkValidFor;

    public S3ExportStore(S3Client s3, S3Presigner presigner, String bucket, Duration linkValidFor) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
        this.linkValidFor = linkValidFor;
    }

    public static String prefix(String teamId, YearMonth month) {
        return "exports/" + teamId + "/" + month + "/";
    }

    @Override
    public StoredExport replace(String teamId, YearMonth month, List<ExportFile> files, String workbookName) {
        String prefix = prefix(teamId, month);
        List<String> keys = new ArrayList<>();
        for (ExportFile f : files) {
            String key = prefix + f.name();
            s3.putObject(r -> r.bucket(bucket).key(key).contentType(f.contentType())
                    .contentDisposition("attachment; filename=\"" + f.name() + "\"")
                    .serverSideEncryption(ServerSideEncryption.AES256), RequestBody.fromFile(f.path()));
            keys.add(key);
        }
        Set<String> written = Set.copyOf(keys);
        List<String> stale = s3.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).build())
                .contents().stream().map(S3Object::key).filter(k -> !written.contains(k)).collect(Collectors.toList());
        for (String key : stale) {
            s3.deleteObject(r -> r.bucket(bucket).key(key));
        }
        URI link = URI.create(presigner.presignGetObject(p -> p.signatureDuration(linkValidFor)
                .getObjectRequest(g -> g.bucket(bucket).key(prefix + workbookName))).url().toString());
        return new StoredExport(bucket, prefix, keys, link, linkValidFor);
    }
}
