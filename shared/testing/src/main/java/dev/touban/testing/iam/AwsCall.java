package dev.touban.testing.iam;

import java.util.List;
import java.util.Map;

/**
 * One authorization an AWS request needs, as IAM sees it: the action, the resource ARN
 * ({@code *} where the action names none, such as an SMS to a phone number) and the
 * request's condition keys (lower-case names, such as {@code dynamodb:leadingkeys}). A
 * transaction of three writes is three calls. {@code operation} is the API operation that
 * asked for it, for the report.
 */
public record AwsCall(String operation, String action, String resource, Map<String, List<String>> context) {

    public List<String> context(String key) {
        return context.getOrDefault(key.toLowerCase(java.util.Locale.ROOT), List.of());
    }
}
