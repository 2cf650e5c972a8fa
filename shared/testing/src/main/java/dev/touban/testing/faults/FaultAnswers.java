package dev.touban.testing.faults;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answer a faulted call gets, in the wire format of its protocol, so that the real client
 * (AWS SDK v2, the Slack HTTP client) raises what it raises in production: DynamoDB's
 * ProvisionedThroughputExceededException and TransactionCanceledException (JSON 1.0), SNS's
 * Throttling error (query XML), Scheduler's ThrottlingException (REST-JSON, 429), End User
 * Messaging's ConflictException for an opted-out number, Slack's 429 ratelimited.
 */
public final class FaultAnswers {
    private static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810#";
    private static final Pattern TRANSACT_ITEMS = Pattern.compile("\"TransactItems\"\\s*:\\s*\\[");
    private static final java.util.Set<String> DYNAMODB_DATA = java.util.Set.of("GetItem", "PutItem", "UpdateItem", "DeleteItem",
            "Query", "Scan", "BatchGetItem", "BatchWriteItem", "TransactGetItems", "TransactWriteItems");

    /** One HTTP answer. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {
        static Answer of(int status, String contentType, String body) {
            return new Answer(status, Map.of("Content-Type", contentType, "x-amzn-RequestId", UUID.randomUUID().toString()),
                    body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private FaultAnswers() {}

    /** The answer for {@code kind} (never RESET or DELAY, which have none of their own). */
    public static Answer answer(Call call, FaultKind kind) {
        return switch (call.protocol()) {
            case AWS_JSON -> json(call, kind);
            case AWS_QUERY -> query(call, kind);
            case AWS_REST_JSON -> restJson(kind);
            case AWS_REST_XML -> restXml(kind);
            case HTTP -> slack(kind);
        };
    }

    private static Answer json(Call call, FaultKind kind) {
        String contentType = call.service().equals("dynamodb") ? "application/x-amz-json-1.0" : "application/x-amz-json-1.1";
        if (call.service().equals("dynamodb")) {
            return switch (kind) {
                case THROTTLE -> DYNAMODB_DATA.contains(call.operation())
                        ? awsJson(400, contentType, DYNAMODB + "ProvisionedThroughputExceededException",
                                "The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.", "")
                        : awsJson(400, contentType, "com.amazon.coral.availability#ThrottlingException", "Rate of requests exceeds the allowed throughput.", "");
                case CONFLICT -> call.operation().startsWith("Transact") ? cancelled(call, contentType)
                        : awsJson(400, contentType, DYNAMODB + "TransactionConflictException",
                                "Transaction is ongoing for the item", "");
                default -> awsJson(500, contentType, DYNAMODB + "InternalServerError", "Internal server error", "");
            };
        }
        boolean smsVoice = call.service().equals("sms") || call.service().equals("voice");
        contentType = smsVoice ? "application/x-amz-json-1.0" : contentType;
        return switch (kind) {
            case THROTTLE -> awsJson(400, contentType, "ThrottlingException", "Rate exceeded", "");
            case REFUSE -> awsJson(400, contentType, "ConflictException", "The destination phone number has opted out.",
                    ",\"Reason\":\"DESTINATION_PHONE_NUMBER_OPTED_OUT\",\"ResourceType\":\"opt-out-list\",\"ResourceId\":\"Default\"");
            default -> awsJson(500, contentType, smsVoice ? "InternalServerException" : "InternalFailure",
                    "The request processing has failed because of an unknown error, exception or failure.", "");
        };
    }

    /** TransactionCanceledException with one reason per item: the first TransactionConflict, the rest None. */
    private static Answer cancelled(Call call, String contentType) {
        int items = Math.max(1, countItems(call.text()));
        StringBuilder reasons = new StringBuilder("[{\"Code\":\"TransactionConflict\",\"Message\":\"Transaction is ongoing for the item\"}");
        StringBuilder summary = new StringBuilder("[TransactionConflict");
        for (int i = 1; i < items; i++) {
            reasons.append(",{\"Code\":\"None\"}");
            summary.append(", None");
        }
        reasons.append(']');
        summary.append(']');
        return awsJson(400, contentType, DYNAMODB + "TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons " + summary,
                ",\"CancellationReasons\":" + reasons);
    }

    /** How many elements the request's TransactItems array holds (its top-level objects). */
    static int countItems(String body) {
        Matcher m = TRANSACT_ITEMS.matcher(body);
        if (!m.find()) {
            return 0;
        }
        int depth = 0;
        int items = 0;
        boolean inString = false;
        for (int i = m.end(); i < body.length(); i++) {
            char c = body.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (depth == 0 && c == '{') {
                    items++;
                }
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return items;
                }
                depth--;
            }
        }
        return items;
    }

    private static Answer awsJson(int status, String contentType, String type, String message, String extra) {
        return Answer.of(status, contentType, "{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"" + extra + "}");
    }

    private static Answer query(Call call, FaultKind kind) {
        boolean throttle = kind == FaultKind.THROTTLE;
        String code = throttle ? "Throttling" : "InternalFailure";
        String message = throttle ? "Rate exceeded" : "The request processing has failed because of an unknown error, exception or failure.";
        String xml = "<ErrorResponse xmlns=\"http://" + call.service() + ".amazonaws.com/doc/2010-03-31/\"><Error><Type>"
                + (throttle ? "Sender" : "Receiver") + "</Type><Code>" + code + "</Code><Message>" + message
                + "</Message></Error><RequestId>" + UUID.randomUUID() + "</RequestId></ErrorResponse>";
        return Answer.of(throttle ? 400 : 500, "text/xml", xml);
    }

    private static Answer restJson(FaultKind kind) {
        boolean throttle = kind == FaultKind.THROTTLE;
        Answer a = Answer.of(throttle ? 429 : 500, "application/json",
                "{\"message\":\"" + (throttle ? "Rate exceeded" : "Internal server error") + "\"}");
        return new Answer(a.status(), Map.of("Content-Type", "application/json", "x-amzn-RequestId", a.headers().get("x-amzn-RequestId"),
                "x-amzn-ErrorType", throttle ? "ThrottlingException" : "InternalServerException"), a.body());
    }

    private static Answer restXml(FaultKind kind) {
        boolean throttle = kind == FaultKind.THROTTLE;
        return Answer.of(throttle ? 503 : 500, "application/xml", "<Error><Code>" + (throttle ? "SlowDown" : "InternalError")
                + "</Code><Message>" + (throttle ? "Please reduce your request rate." : "We encountered an internal error. Please try again.")
                + "</Message><RequestId>" + UUID.randomUUID() + "</RequestId></Error>");
    }

    private static Answer slack(FaultKind kind) {
        return switch (kind) {
            case THROTTLE -> new Answer(429, Map.of("Content-Type", "application/json; charset=utf-8", "Retry-After", "1"),
                    "{\"ok\":false,\"error\":\"ratelimited\"}".getBytes(StandardCharsets.UTF_8));
            case REFUSE -> Answer.of(200, "application/json; charset=utf-8", "{\"ok\":false,\"error\":\"channel_not_found\"}");
            default -> Answer.of(500, "application/json; charset=utf-8", "{\"ok\":false,\"error\":\"fatal_error\"}");
        };
    }
}
