package dev.touban.sync;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.Environment;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoAttendanceStore;
import dev.touban.aws.dynamo.DynamoExportRequests;
import dev.touban.aws.dynamo.DynamoDayOffStore;
import dev.touban.aws.dynamo.DynamoIncidentStore;
import dev.touban.aws.dynamo.DynamoScheduleChangeStore;
import dev.touban.aws.dynamo.StoredIncidentReports;
import dev.touban.aws.slack.SlackWebApi;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.incident.TimelineIncidentFacts;
import dev.touban.domain.rotation.EffectiveOnCall;
import dev.touban.domain.slack.ResponseUrl;
import dev.touban.sync.google.GoogleAccessTokens;
import dev.touban.sync.google.GoogleSheets;
import dev.touban.sync.google.ServiceAccountKey;
import dev.touban.sync.store.S3ExportStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Lambda entry point of the spreadsheet sync: takes the monthly Scheduler event or an
 * "Export requested" EventBridge event from the Slack webhook, runs {@link ExportJob}, and
 * returns what it did as JSON. The no-argument constructor wires everything once per cold start.
 */
public final class SpreadsheetSyncHandler implements RequestStreamHandler {
    public static final Duration DEFAULT_LINK_TTL = Duration.ofHours(12);

    private final ExportJob job;
    private final Clock clock;

    public SpreadsheetSyncHandler() {
        this(System.getenv(), Clock.systemUTC());
    }

    public SpreadsheetSyncHandler(Map<String, String> env, Clock clock) {
        this(wire(env, clock), clock);
    }

    public SpreadsheetSyncHandler(ExportJob job, Clock clock) {
        this.job = job;
        this.clock = clock;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Map<String, Object> event = JSON.std.mapFrom(input);
        Map<String, Object> result = job.handle(event, clock.instant());
        output.write(JSON.std.asBytes(result));
    }

    /** The job as deployed: answers go to Slack's response URLs only. */
    public static ExportJob wire(Map<String, String> env, Clock clock) {
        return wire(env, clock, ResponseUrl.SLACK);
    }

    /** The job answering also to the local response endpoint {@code responseUrls} names (the local runner, tests). */
    public static ExportJob wire(Map<String, String> env, Clock clock, ResponseUrl responseUrls) {
        AwsSettings settings = AwsSettings.fromEnvironment(env);
        AwsClients aws = new AwsClients(settings);
        OncallConfig config = ConfigLoader.load(env.getOrDefault("TOUBAN_CONFIG", "oncall.yaml"));
        boolean emulated = settings.endpoint().isPresent();
        S3Client s3 = aws.configure(S3Client.builder()).forcePathStyle(emulated).build();
        S3Presigner.Builder presigner = S3Presigner.builder().region(settings.region()).credentialsProvider(settings.credentials())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(emulated).build());
        settings.endpoint().ifPresent(presigner::endpointOverride);
        Duration ttl = env.containsKey("EXPORT_LINK_TTL") ? Duration.parse(env.get("EXPORT_LINK_TTL")) : DEFAULT_LINK_TTL;
        S3ExportStore store = new S3ExportStore(s3, presigner.build(), Environment.required(env, "EXPORT_BUCKET"), ttl);
        URI sheetsBase = URI.create(env.getOrDefault("GOOGLE_SHEETS_BASE", GoogleSheets.SHEETS.toString()));
        Map<String, SpreadsheetSync.SheetWriter> writers = new ConcurrentHashMap<>();
        String table = Environment.required(env, "TABLE_NAME");
        DynamoIncidentStore incidents = new DynamoIncidentStore(aws.dynamoDb(), table);
        SpreadsheetSync sync = new SpreadsheetSync(config, new EffectiveOnCall(new DynamoScheduleChangeStore(aws.dynamoDb(), table)),
                new DynamoAttendanceStore(aws.dynamoDb(), table), new StoredIncidentReports(incidents),
                new TimelineIncidentFacts(incidents, config), new DynamoDayOffStore(aws.dynamoDb(), table), store,
                target -> writers.computeIfAbsent(target.serviceAccountSecret() + "|" + target.spreadsheetId(), k -> {
                    // Read the key only for teams that mirror to a sheet, and once per warm container.
                    SecretsManagerClient secrets = aws.configure(SecretsManagerClient.builder()).build();
                    ServiceAccountKey key = ServiceAccountKey.parse(
                            secrets.getSecretValue(r -> r.secretId(target.serviceAccountSecret())).secretString());
                    GoogleSheets sheets = new GoogleSheets(sheetsBase, new GoogleAccessTokens(key, clock));
                    return (tab, tables) -> {
                        sheets.writeTab(target.spreadsheetId(), tab, tables);
                        return "https://docs.google.com/spreadsheets/d/" + target.spreadsheetId();
                    };
                }),
                Path.of(env.getOrDefault("EXPORT_SCRATCH", System.getProperty("java.io.tmpdir"))));
        return new ExportJob(sync, new SlackWebApi(SlackWebApi.SLACK, ""), responseUrls, new DynamoExportRequests(aws::dynamoDb, table));
    }
}
