package dev.touban.local;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoExportRequests;
import dev.touban.domain.export.ExportRequest;
import dev.touban.domain.export.ExportRequestRecords;
import dev.touban.domain.export.ExportRequests;
import dev.touban.domain.slack.ResponseUrl;
import dev.touban.sync.ExportJob;
import dev.touban.sync.SpreadsheetSyncHandler;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Runs {@code /oncall export} in-process, the way EventBridge would invoke the spreadsheet
 * sync function on AWS: the request is recorded in the table, the webhook answers at once,
 * the export runs on a background thread from an event naming the request's id, its answer
 * goes to response_url (the outbox), and where the files are is printed.
 */
final class LocalExports implements ExportRequests {
    static final String BUCKET = "touban-exports-local";

    private final ExportJob job;
    private final ExportRequestRecords records;
    private final Clock clock;
    private final Outbox outbox;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "local-export");
        t.setDaemon(true);
        return t;
    });

    private LocalExports(ExportJob job, ExportRequestRecords records, Clock clock, Outbox outbox) {
        this.job = job;
        this.records = records;
        this.clock = clock;
        this.outbox = outbox;
    }

    /** Creates the export bucket in the emulator as template.yaml describes it (versioned, encrypted) and wires the job. */
    static LocalExports start(Map<String, String> env, Clock clock, Outbox outbox, ResponseUrl responseUrls) {
        createBucketIfMissing(URI.create(env.get("TOUBAN_AWS_ENDPOINT")), env.get("AWS_REGION"));
        Map<String, String> withBucket = new LinkedHashMap<>(env);
        withBucket.put("EXPORT_BUCKET", BUCKET);
        AwsClients aws = new AwsClients(AwsSettings.fromEnvironment(env));
        return new LocalExports(SpreadsheetSyncHandler.wire(withBucket, clock, responseUrls),
                new DynamoExportRequests(aws::dynamoDb, env.get("TABLE_NAME")), clock, outbox);
    }

    @Override
    public void submit(ExportRequest request) {
        records.record(request, clock.instant());
        worker.submit(() -> {
            try {
                Map<String, Object> result = job.handle(ExportJob.requestedEvent(request.requestId()), clock.instant());
                outbox.add("export", clock.instant(), result);
                System.out.println("export " + request.teamId() + " " + request.month() + ": " + describe(result));
            } catch (RuntimeException e) {
                e.printStackTrace();
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static String describe(Map<String, Object> result) {
        if (!(result.get("exports") instanceof List<?> exports) || exports.isEmpty()) {
            return String.valueOf(result);
        }
        Map<String, Object> e = (Map<String, Object>) exports.getFirst();
        StringBuilder out = new StringBuilder(String.valueOf(e.get("location")));
        for (Object key : (List<Object>) e.get("files")) {
            out.append("\n    ").append(key);
        }
        return out.append("\n  the link is in GET /local/outbox (slack:response_url)").toString();
    }

    private static void createBucketIfMissing(URI endpoint, String region) {
        try (S3Client s3 = S3Client.builder().endpointOverride(endpoint).region(Region.of(region)).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("touban-local", "touban-local")))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(BUCKET))) {
                s3.createBucket(b -> b.bucket(BUCKET));
                s3.putBucketVersioning(v -> v.bucket(BUCKET).versioningConfiguration(c -> c.status(BucketVersioningStatus.ENABLED)));
                s3.putBucketEncryption(e -> e.bucket(BUCKET).serverSideEncryptionConfiguration(c -> c.rules(r -> r
                        .applyServerSideEncryptionByDefault(d -> d.sseAlgorithm(ServerSideEncryption.AES256)))));
            }
        }
    }
}
