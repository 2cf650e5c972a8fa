package dev.touban.slack;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoPriming;
import dev.touban.aws.http.Json;
import dev.touban.aws.snapstart.SnapStartHooks;
import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.slack.SlackSignature;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The Slack webhook's SnapStart hooks. Priming sends the handler itself signed {@code help}
 * and {@code who} commands (read-only: neither writes anything), so the event and answer
 * JSON, HMAC signature check, form parsing, routing, rotation arithmetic and time formatting
 * are loaded and initialised in the snapshot; then it reads and condition-checks a key that
 * never exists, which warms the DynamoDB request path (signing, marshalling, HTTP, the
 * transaction-cancelled answer) without touching data. After a restore it drops cached AWS
 * credentials.
 */
final class SlackWebhookPriming {
    private SlackWebhookPriming() {}

    static SnapStartHooks hooks(RequestStreamHandler handler, OncallConfig config, SlackSignature signature,
            String slashCommand, Clock clock, Supplier<DynamoDbClient> dynamo, String table, AwsSettings aws) {
        return new SnapStartHooks()
                .prime("signed /oncall help", () -> send(handler, command(config, signature, slashCommand, clock, "help")))
                .prime("signed /oncall who", () -> send(handler, command(config, signature, slashCommand, clock, "who")))
                .prime("DynamoDB GetItem of a key that never exists", () -> DynamoPriming.readMissingItem(dynamo.get(), table))
                .prime("DynamoDB condition check of a key that never exists", () -> DynamoPriming.checkMissingItem(dynamo.get(), table))
                .refresh("AWS credentials", aws::refreshCredentials);
    }

    /** An API Gateway event carrying a slash command from the roster's first member, signed now. */
    static byte[] command(OncallConfig config, SlackSignature signature, String slashCommand, Clock clock, String text)
            throws IOException {
        Member member = config.members().get(0);
        String channel = config.teamOf(member.id()).map(Team::slackChannel).orElse(null);
        String body = "command=" + encode(slashCommand) + "&text=" + encode(text) + "&user_id=" + member.slackUserId()
                + "&channel_id=" + (channel == null ? "C0PRIMING" : channel) + "&team_id=T0PRIMING"
                // help and who answer in place and never post to response_url
                + "&response_url=" + encode("https://hooks.slack.com/commands/T0PRIMING/0/priming") + "&trigger_id=0.0.0";
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/x-www-form-urlencoded");
        headers.put("x-slack-request-timestamp", timestamp);
        headers.put("x-slack-signature", signature.sign(timestamp, body));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("rawPath", SlackWebhook.COMMANDS_PATH);
        event.put("headers", headers);
        event.put("requestContext", Map.of("http", Map.of("method", "POST", "path", SlackWebhook.COMMANDS_PATH)));
        event.put("body", body);
        event.put("isBase64Encoded", false);
        return Json.write(event).getBytes(StandardCharsets.UTF_8);
    }

    /** Runs the event through the whole handler and insists on a 200: a priming request that fails primes the wrong path. */
    private static void send(RequestStreamHandler handler, byte[] event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), out, null);
        Map<String, Object> result = Json.parseObject(out.toString(StandardCharsets.UTF_8));
        if (!(result.get("statusCode") instanceof Number status) || status.intValue() != 200) {
            throw new IllegalStateException("the priming command was answered " + result.get("statusCode") + ": " + result.get("body"));
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
