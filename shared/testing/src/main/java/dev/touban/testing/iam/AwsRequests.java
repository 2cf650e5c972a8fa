package dev.touban.testing.iam;

import static dev.touban.testing.CloudFormationTemplate.list;
import static dev.touban.testing.CloudFormationTemplate.map;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.testing.AwsExchange;
import dev.touban.testing.SlackRequests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an AWS API request, as it crossed the wire to the emulator, into the authorizations
 * IAM needs for it ({@link AwsCall}s). The service is the signing name in the request's
 * credential scope; the operation comes from X-Amz-Target (JSON protocols), Action= (query
 * protocol) or the method and path (REST). What IAM evaluates is spelled out per operation:
 * a DynamoDB transaction needs the item action for each of its items, each with that item's
 * partition key as {@code dynamodb:LeadingKeys}; a Scheduler CreateSchedule also passes its
 * target's role ({@code iam:PassRole}); a PutEvents entry names its bus and source.
 */
public final class AwsRequests {
    private static final Pattern SCOPE = Pattern.compile("Credential=[^/]+/\\d{8}/([^/]+)/([^/]+)/aws4_request");
    private static final Pattern KEY_EQUALS = Pattern.compile("(#?[A-Za-z0-9_]+)\\s*=\\s*(:[A-Za-z0-9_]+)");

    private final String account;
    private final TableKeys keys;

    /** The partition key attribute of the table and of each index, by index name ("" for the table). */
    public record TableKeys(Map<String, String> partitionKeys) {}

    public AwsRequests(String account, TableKeys keys) {
        this.account = account;
        this.keys = keys;
    }

    /** One request: its method, path with query, headers (any case) and body. */
    public record Request(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        /** The request of one exchange the proxy forwarded. */
        static Request of(AwsExchange exchange) {
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.headers().forEach((name, values) -> headers.put(name, String.join(",", values)));
            return new Request(exchange.method(), exchange.pathAndQuery(), headers, exchange.requestBody());
        }

        String header(String name) {
            for (Map.Entry<String, String> h : headers.entrySet()) {
                if (h.getKey() != null && h.getKey().equalsIgnoreCase(name)) {
                    return h.getValue();
                }
            }
            return null;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public List<AwsCall> parse(Request r) {
        String authorization = r.header("Authorization");
        Matcher scope = SCOPE.matcher(authorization == null ? "" : authorization);
        String target = r.header("X-Amz-Target");
        String region = "us-east-1";
        String service = "";
        if (scope.find()) {
            region = scope.group(1);
            service = scope.group(2);
        }
        if (target != null && target.startsWith("PinpointSMSVoiceV2.")) {
            service = "sms-voice";
        }
        return switch (service) {
            case "dynamodb" -> dynamo(target.substring(target.indexOf('.') + 1), json(r), region);
            case "ssm" -> List.of(call(target, "ssm:" + op(target), "arn:aws:ssm:" + region + ":" + account + ":parameter"
                    + slash((String) json(r).get("Name")), Map.of()));
            case "secretsmanager" -> List.of(call(target, "secretsmanager:" + op(target), secret(json(r), region), Map.of()));
            case "events" -> events(target, json(r), region);
            case "sns" -> sns(form(r.text()), region);
            case "scheduler" -> scheduler(r, region);
            case "s3" -> s3(r);
            case "sms-voice" -> smsVoice(target, json(r));
            default -> List.of(call(r.method() + " " + r.pathAndQuery(), service + ":" + (target != null ? op(target) : "?"), "?", Map.of()));
        };
    }

    private List<AwsCall> dynamo(String operation, Map<String, Object> body, String region) {
        List<AwsCall> out = new ArrayList<>();
        switch (operation) {
            case "TransactWriteItems" -> {
                for (Object item : list(body.get("TransactItems"))) {
                    for (Map.Entry<String, Object> e : map(item).entrySet()) {
                        Map<String, Object> write = map(e.getValue());
                        String action = switch (e.getKey()) {
                            case "Put" -> "PutItem";
                            case "Update" -> "UpdateItem";
                            case "Delete" -> "DeleteItem";
                            default -> "ConditionCheckItem";
                        };
                        out.add(item(operation, action, write, region));
                    }
                }
            }
            case "TransactGetItems" -> {
                for (Object item : list(body.get("TransactItems"))) {
                    out.add(item(operation, "GetItem", map(map(item).get("Get")), region));
                }
            }
            case "BatchGetItem", "BatchWriteItem" -> {
                for (Map.Entry<String, Object> table : map(body.get("RequestItems")).entrySet()) {
                    List<String> leading = new ArrayList<>();
                    for (Object request : list(operation.equals("BatchGetItem") ? map(table.getValue()).get("Keys") : table.getValue())) {
                        Map<String, Object> r = map(request);
                        Map<String, Object> key = operation.equals("BatchGetItem") ? r
                                : map(r.containsKey("PutRequest") ? map(r.get("PutRequest")).get("Item") : map(r.get("DeleteRequest")).get("Key"));
                        leading.add(attribute(key, keys.partitionKeys().get("")));
                    }
                    out.add(call(operation, "dynamodb:" + operation, tableArn(table.getKey(), null, region), leadingKeys(leading)));
                }
            }
            case "Query" -> {
                String index = (String) body.get("IndexName");
                out.add(call(operation, "dynamodb:Query", tableArn((String) body.get("TableName"), index, region),
                        leadingKeys(queriedPartition(body, index))));
            }
            default -> out.add(item(operation, operation, body, region));
        }
        return out;
    }

    private AwsCall item(String operation, String action, Map<String, Object> request, String region) {
        Map<String, Object> key = map(request.containsKey("Item") ? request.get("Item") : request.get("Key"));
        String pk = attribute(key, keys.partitionKeys().get(""));
        return call(operation, "dynamodb:" + action, tableArn((String) request.get("TableName"), null, region),
                leadingKeys(pk == null ? List.of() : List.of(pk)));
    }

    /** The partition a Query names in its key condition ({@code pk = :v}), for the table or for the index queried. */
    private List<String> queriedPartition(Map<String, Object> body, String index) {
        String partitionKey = keys.partitionKeys().get(index == null ? "" : index);
        Matcher m = KEY_EQUALS.matcher(String.valueOf(body.get("KeyConditionExpression")));
        Map<String, Object> names = map(body.get("ExpressionAttributeNames"));
        while (m.find()) {
            String name = m.group(1).startsWith("#") ? String.valueOf(names.get(m.group(1))) : m.group(1);
            if (name.equals(partitionKey)) {
                Object value = map(map(body.get("ExpressionAttributeValues")).get(m.group(2))).get("S");
                return value == null ? List.of() : List.of(String.valueOf(value));
            }
        }
        return List.of();
    }

    private String tableArn(String table, String index, String region) {
        String arn = table.startsWith("arn:") ? table : "arn:aws:dynamodb:" + region + ":" + account + ":table/" + table;
        return index == null ? arn : arn + "/index/" + index;
    }

    private static Map<String, List<String>> leadingKeys(List<String> values) {
        return values.isEmpty() ? Map.of() : Map.of("dynamodb:leadingkeys", values);
    }

    private static String attribute(Map<String, Object> item, String name) {
        Object value = map(item.get(name)).get("S");
        return value == null ? null : String.valueOf(value);
    }

    private List<AwsCall> events(String target, Map<String, Object> body, String region) {
        List<AwsCall> out = new ArrayList<>();
        for (Object e : list(body.get("Entries"))) {
            Map<String, Object> entry = map(e);
            String bus = entry.get("EventBusName") instanceof String b && !b.isEmpty() ? b : "default";
            String arn = bus.startsWith("arn:") ? bus : "arn:aws:events:" + region + ":" + account + ":event-bus/" + bus;
            Map<String, List<String>> context = new LinkedHashMap<>();
            context.put("events:source", List.of(String.valueOf(entry.get("Source"))));
            context.put("events:detailtype", List.of(String.valueOf(entry.get("DetailType"))));
            out.add(call(target, "events:" + op(target), arn, context));
        }
        return out;
    }

    private List<AwsCall> sns(Map<String, String> form, String region) {
        String action = form.get("Action");
        String topic = form.getOrDefault("TopicArn", form.get("TargetArn"));
        // a publish to a phone number names no resource: IAM authorizes it on "*"
        String resource = topic != null ? topic : "*";
        return List.of(call("SNS " + action + (topic == null && form.containsKey("PhoneNumber") ? " (SMS)" : ""), "sns:" + action, resource, Map.of()));
    }

    private List<AwsCall> scheduler(Request r, String region) {
        String path = r.pathAndQuery();
        String query = path.contains("?") ? path.substring(path.indexOf('?') + 1) : "";
        String[] parts = (path.contains("?") ? path.substring(0, path.indexOf('?')) : path).split("/");
        if (parts.length < 3 || !parts[1].equals("schedules")) {
            return List.of(call(r.method() + " " + path, "scheduler:?", "?", Map.of()));
        }
        String name = URLDecoder.decode(parts[2], StandardCharsets.UTF_8);
        Map<String, Object> body = r.body().length == 0 ? Map.of() : json(r);
        String group = body.get("GroupName") instanceof String g ? g : form(query).getOrDefault("groupName", "default");
        String action = switch (r.method()) {
            case "POST" -> "CreateSchedule";
            case "PUT" -> "UpdateSchedule";
            case "DELETE" -> "DeleteSchedule";
            default -> "GetSchedule";
        };
        String arn = "arn:aws:scheduler:" + region + ":" + account + ":schedule/" + group + "/" + name;
        List<AwsCall> out = new ArrayList<>();
        out.add(call(action, "scheduler:" + action, arn, Map.of()));
        Object role = map(body.get("Target")).get("RoleArn");
        if (role != null) {
            out.add(call(action, "iam:PassRole", String.valueOf(role), Map.of("iam:passedtoservice", List.of("scheduler.amazonaws.com"))));
        }
        return out;
    }

    private List<AwsCall> s3(Request r) {
        String full = r.pathAndQuery();
        String path = full.contains("?") ? full.substring(0, full.indexOf('?')) : full;
        Map<String, String> query = form(full.contains("?") ? full.substring(full.indexOf('?') + 1) : "");
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        String bucket = trimmed.contains("/") ? trimmed.substring(0, trimmed.indexOf('/')) : trimmed;
        String key = trimmed.contains("/") ? URLDecoder.decode(trimmed.substring(trimmed.indexOf('/') + 1), StandardCharsets.UTF_8) : "";
        if (!key.isEmpty()) {
            String action = switch (r.method()) {
                case "PUT" -> "s3:PutObject";
                case "DELETE" -> "s3:DeleteObject";
                default -> "s3:GetObject";
            };
            return List.of(call(r.method() + " object", action, "arn:aws:s3:::" + bucket + "/" + key, Map.of()));
        }
        if (r.method().equals("GET") && (query.containsKey("list-type") || query.isEmpty() || query.containsKey("prefix"))) {
            Map<String, List<String>> context = query.containsKey("prefix") ? Map.of("s3:prefix", List.of(query.get("prefix"))) : Map.of();
            return List.of(call("ListObjectsV2", "s3:ListBucket", "arn:aws:s3:::" + bucket, context));
        }
        return List.of(call(r.method() + " bucket ?" + String.join("&", query.keySet()), "s3:?", "arn:aws:s3:::" + bucket, Map.of()));
    }

    private List<AwsCall> smsVoice(String target, Map<String, Object> body) {
        List<AwsCall> out = new ArrayList<>();
        out.add(call(target, "sms-voice:" + op(target), String.valueOf(body.get("OriginationIdentity")), Map.of()));
        if (body.get("ConfigurationSetName") instanceof String set) {
            out.add(call(target, "sms-voice:" + op(target), set, Map.of()));
        }
        return out;
    }

    private String secret(Map<String, Object> body, String region) {
        String id = String.valueOf(body.get("SecretId"));
        // a secret's ARN ends in six random characters after its name
        return id.startsWith("arn:") ? id : "arn:aws:secretsmanager:" + region + ":" + account + ":secret:" + id + "-AbCdEf";
    }

    private static AwsCall call(String operation, String action, String resource, Map<String, List<String>> context) {
        Map<String, List<String>> lower = new LinkedHashMap<>();
        context.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return new AwsCall(operation, action, resource, lower);
    }

    private static String op(String target) {
        return target.substring(target.indexOf('.') + 1);
    }

    private static String slash(String name) {
        return name.startsWith("/") ? name : "/" + name;
    }

    private static Map<String, Object> json(Request r) {
        try {
            return r.body().length == 0 ? Map.of() : JSON.std.mapFrom(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> form(String text) {
        return SlackRequests.decodeForm(text);
    }
}
