package dev.touban.testing.faults;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which service and operation one HTTP request calls, and in which protocol it must be answered.
 * The operation comes from {@code X-Amz-Target} for the JSON protocols (DynamoDB, End User
 * Messaging, EventBridge), from {@code Action=} for the query protocol (SNS), and from the path
 * for REST APIs (Scheduler, S3) and for Slack (the method, e.g. {@code chat.postMessage}). The
 * service is the SigV4 signing name; End User Messaging is split into {@code sms} and
 * {@code voice} (SendVoiceMessage). A request without a SigV4 signature belongs to the
 * proxy's plain-HTTP service ({@code slack}), or to none (then it is never faulted).
 *
 * @param service    dynamodb, sns, scheduler, events, s3, ssm, sms, voice, slack...; empty for none
 * @param operation  PutItem, Publish, chat.postMessage, /schedules/name...
 */
public record Call(String service, String operation, Protocol protocol, byte[] body) {
    private static final Pattern SCOPE = Pattern.compile("Credential=[^/,\\s]+/[0-9]{8}/[^/]+/([^/]+)/aws4_request");
    private static final Pattern ACTION = Pattern.compile("(?:^|&)Action=([A-Za-z0-9]+)");

    /** The wire format of the answer. */
    public enum Protocol { AWS_JSON, AWS_QUERY, AWS_REST_JSON, AWS_REST_XML, HTTP }

    public static Call of(String method, String path, Map<String, List<String>> headers, byte[] body, String plainService) {
        String target = header(headers, "X-Amz-Target");
        String authorization = header(headers, "Authorization");
        Matcher scope = authorization == null ? null : SCOPE.matcher(authorization);
        String signingName = scope != null && scope.find() ? scope.group(1) : null;
        if (target != null) {
            String operation = target.substring(target.indexOf('.') + 1);
            String service = signingName != null ? signingName : target.substring(0, Math.max(0, target.indexOf('.')));
            if (target.startsWith("DynamoDB_")) {
                service = "dynamodb";
            } else if (target.startsWith("PinpointSMSVoiceV2.") || "sms-voice".equals(service)) {
                service = operation.equals("SendVoiceMessage") ? "voice" : "sms";
            }
            return new Call(service.toLowerCase(Locale.ROOT), operation, Protocol.AWS_JSON, body);
        }
        if (signingName != null) {
            Matcher action = ACTION.matcher(new String(body, StandardCharsets.UTF_8));
            if (action.find()) {
                return new Call(signingName, action.group(1), Protocol.AWS_QUERY, body);
            }
            return new Call(signingName, path, signingName.equals("s3") ? Protocol.AWS_REST_XML : Protocol.AWS_REST_JSON, body);
        }
        if (plainService == null || path.startsWith("/moto-api/")) {
            return new Call("", path, Protocol.HTTP, body);
        }
        return new Call(plainService, path.substring(path.lastIndexOf('/') + 1), Protocol.HTTP, body);
    }

    /** True when no fault may touch it: the emulator's own API, or a request of no known service. */
    public boolean exempt() {
        return service.isEmpty();
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (h.getKey() != null && h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty()) {
                return h.getValue().get(0);
            }
        }
        return null;
    }
}
