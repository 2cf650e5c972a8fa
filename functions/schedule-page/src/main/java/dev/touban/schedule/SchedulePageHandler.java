package dev.touban.schedule;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.touban.aws.AwsClients;
import dev.touban.aws.Environment;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoScheduleChangeStore;
import dev.touban.aws.http.ApiGatewayHttp;
import dev.touban.aws.http.HttpRequest;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.links.TeamToken;
import dev.touban.domain.rotation.EffectiveOnCall;
import dev.touban.domain.holiday.TeamHolidays;
import dev.touban.aws.dynamo.DynamoMaintenanceStore;
import dev.touban.domain.maintenance.Maintenance;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;

/**
 * Lambda entry point for {@code GET /calendar/{file}} and {@code GET /schedule/{team}}: converts
 * the API Gateway event, calls {@link SchedulePages}, converts back. The link key comes from
 * its SSM SecureString once per cold start.
 */
public final class SchedulePageHandler implements RequestStreamHandler {
    private final SchedulePages pages;
    private final Clock clock;

    public SchedulePageHandler() {
        this(System.getenv(), Clock.systemUTC());
    }

    public SchedulePageHandler(Map<String, String> env, Clock clock) {
        AwsClients aws = new AwsClients(AwsSettings.fromEnvironment(env));
        String key = Environment.secret(env, aws, "CALENDAR_KEY_PARAM", "CALENDAR_KEY", "the calendar link key");
        OncallConfig config = ConfigLoader.load(env.getOrDefault("TOUBAN_CONFIG", "oncall.yaml"));
        String table = Environment.required(env, "TABLE_NAME");
        this.pages = new SchedulePages(config,
                new EffectiveOnCall(new DynamoScheduleChangeStore(aws.dynamoDb(), table)),
                new TeamToken(key), TeamHolidays.from(config), new Maintenance(config, new DynamoMaintenanceStore(aws::dynamoDb, table)));
        this.clock = clock;
    }

    public SchedulePageHandler(SchedulePages pages, Clock clock) {
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        HttpRequest request = ApiGatewayHttp.read(input);
        ApiGatewayHttp.write(pages.handle(request, clock.instant()), output);
    }
}
