package dev.touban.bench;

import dev.touban.aws.http.Json;
import dev.touban.testing.AwsExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads what an operation cost off the emulator's request log: the AWS calls the functions
 * made (not the harness's, which signs with its own key, nor moto's own API), DynamoDB read
 * and write request units as on-demand bills them, SMS messages and their parts, topic
 * publishes, EventBridge events, and schedules created and deleted.
 *
 * <p>Write units need the item's size before and after the write (DynamoDB meters the larger),
 * so a window reads the whole table when it opens and when it closes. Each item write counts
 * once more for the index when the item has (or had) an index key; transactional writes count
 * twice, condition checks in a transaction as transactional writes.
 */
final class CostMeter {
    static final String HARNESS_KEY = "touban-cost-harness";
    private static final Pattern SCOPE = Pattern.compile("Credential=[^/]+/[^/]+/[^/]+/([^/]+)/");
    private static final Pattern FORM = Pattern.compile("(?:^|&)([A-Za-z.]+)=([^&]*)");

    private final List<AwsExchange> log = new ArrayList<>();
    private final DynamoDbClient harness;
    private final String table;

    CostMeter(DynamoDbClient harness, String table) {
        this.harness = harness;
        this.table = table;
    }

    synchronized void observe(AwsExchange e) {
        if (!HARNESS_KEY.equals(e.accessKeyId()) && !e.pathAndQuery().startsWith("/moto-api")) {
            log.add(e);
        }
    }

    /** A measurement window: opened before the operation, closed after it. */
    final class Window {
        private final int from;
        private final TableState before;

        private Window() {
            this.before = sizes();
            synchronized (CostMeter.this) {
                this.from = log.size();
            }
        }

        CostUsage close() {
            List<AwsExchange> calls;
            synchronized (CostMeter.this) {
                calls = new ArrayList<>(log.subList(from, log.size()));
            }
            return usage(calls, before, sizes());
        }
    }

    Window open() {
        return new Window();
    }

    /** Every item's size, and which items are in the index, at one moment. */
    private record TableState(Map<String, Integer> sizes, Set<String> indexed) {}

    private TableState sizes() {
        Map<String, Integer> sizes = new HashMap<>();
        Set<String> indexed = new HashSet<>();
        for (Map<String, AttributeValue> item : harness.scanPaginator(r -> r.tableName(table)).items()) {
            String key = key(item.get("pk").s(), item.get("sk").s());
            sizes.put(key, ItemSizes.of(item));
            if (item.containsKey("gsi1pk")) {
                indexed.add(key);
            }
        }
        return new TableState(sizes, indexed);
    }

    private static CostUsage usage(List<AwsExchange> calls, TableState before, TableState after) {
        CostUsage.Builder u = new CostUsage.Builder();
        for (AwsExchange e : calls) {
            String service = service(e);
            if (service.equals("sqs")) {
                continue; // the harness's step queue: functions never call SQS themselves
            }
            String op = operation(e);
            if (service.equals("scheduler") && (op.equals("ListSchedules") || op.equals("GetSchedule"))) {
                continue;
            }
            u.call(service + ":" + op);
            switch (service) {
                case "dynamodb" -> dynamo(u, op, Json.parseObject(e.requestText()), e.responseText(), before, after);
                case "sns" -> sns(u, e);
                case "events" -> u.events += entries(e.requestText());
                case "scheduler" -> {
                    if (op.equals("CreateSchedule")) {
                        u.schedulesCreated++;
                    } else if (op.equals("DeleteSchedule")) {
                        u.schedulesDeleted++;
                    }
                }
                case "ssm" -> u.ssmReads++;
                default -> { }
            }
        }
        return u.build();
    }

    @SuppressWarnings("unchecked")
    private static void dynamo(CostUsage.Builder u, String op, Map<String, Object> request, String response,
            TableState before, TableState after) {
        boolean consistent = Boolean.TRUE.equals(request.get("ConsistentRead"));
        switch (op) {
            case "GetItem" -> {
                Map<String, Object> answer = Json.parseObject(response);
                int size = answer.get("Item") instanceof Map<?, ?> item ? ItemSizes.ofJson((Map<String, Object>) item) : 0;
                u.readUnits += reads(size, consistent);
            }
            case "Query", "Scan" -> {
                int size = 0;
                if (Json.parseObject(response).get("Items") instanceof List<?> items) {
                    for (Object item : items) {
                        size += ItemSizes.ofJson((Map<String, Object>) item);
                    }
                }
                u.readUnits += reads(size, consistent);
            }
            case "PutItem" -> u.writeUnits += writes((Map<String, Object>) request.get("Item"), before, after);
            case "UpdateItem", "DeleteItem" -> u.writeUnits += writes((Map<String, Object>) request.get("Key"), before, after);
            case "TransactWriteItems" -> {
                for (Object entry : (List<Object>) request.get("TransactItems")) {
                    for (Object action : ((Map<String, Object>) entry).values()) {
                        Map<String, Object> a = (Map<String, Object>) action;
                        Object key = a.containsKey("Item") ? a.get("Item") : a.get("Key");
                        u.writeUnits += 2 * writes((Map<String, Object>) key, before, after);
                    }
                }
            }
            default -> { }
        }
    }

    private static double reads(int bytes, boolean consistent) {
        double units = Math.max(1, Math.ceil(bytes / 4096.0));
        return consistent ? units : units / 2;
    }

    /** Units of one item write: the larger of its sizes before and after, per started KB, once more for the index. */
    @SuppressWarnings("unchecked")
    private static double writes(Map<String, Object> keyOrItem, TableState before, TableState after) {
        String key = key(text(keyOrItem.get("pk")), text(keyOrItem.get("sk")));
        boolean indexed = before.indexed().contains(key) || after.indexed().contains(key) || keyOrItem.containsKey("gsi1pk");
        int size = Math.max(Math.max(before.sizes().getOrDefault(key, 0), after.sizes().getOrDefault(key, 0)),
                keyOrItem.size() > 2 ? ItemSizes.ofJson(keyOrItem) : 0);
        double units = Math.max(1, Math.ceil(size / 1024.0));
        return indexed ? 2 * units : units;
    }

    @SuppressWarnings("unchecked")
    private static String text(Object typed) {
        return typed instanceof Map<?, ?> m ? String.valueOf(((Map<String, Object>) m).get("S")) : "";
    }

    private static void sns(CostUsage.Builder u, AwsExchange e) {
        Map<String, String> form = form(e.requestText());
        if (form.containsKey("PhoneNumber")) {
            u.sms++;
            u.smsParts += smsParts(form.getOrDefault("Message", ""));
        } else if (form.containsKey("TopicArn") || form.containsKey("TargetArn")) {
            u.topicPublishes++;
        }
    }

    /** GSM-7 text: 160 characters in one message, 153 per part beyond; anything else (UCS-2): 70, then 67. */
    static int smsParts(String text) {
        boolean gsm = text.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\n' || c == '\r');
        int single = gsm ? 160 : 70;
        int part = gsm ? 153 : 67;
        int length = text.codePointCount(0, text.length());
        return length <= single ? 1 : (length + part - 1) / part;
    }

    private static int entries(String body) {
        return Json.parseObject(body).get("Entries") instanceof List<?> list ? list.size() : 0;
    }

    static String service(AwsExchange e) {
        Matcher m = SCOPE.matcher(String.valueOf(e.header("Authorization")));
        return m.find() ? m.group(1) : "unsigned";
    }

    static String operation(AwsExchange e) {
        String target = e.header("X-Amz-Target");
        if (target != null) {
            return target.substring(target.lastIndexOf('.') + 1);
        }
        String action = form(e.requestText()).get("Action");
        if (action != null) {
            return action;
        }
        String path = e.pathAndQuery().split("\\?", 2)[0];
        if (path.startsWith("/schedules")) {
            boolean one = path.length() > "/schedules/".length();
            return switch (e.method()) {
                case "POST" -> "CreateSchedule";
                case "DELETE" -> "DeleteSchedule";
                case "PUT" -> "UpdateSchedule";
                default -> one ? "GetSchedule" : "ListSchedules";
            };
        }
        return e.method();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new TreeMap<>();
        if (body.startsWith("{")) {
            Map<String, Object> json = Json.parseObject(body);
            json.forEach((k, v) -> out.put(k, String.valueOf(v)));
            return out;
        }
        Matcher m = FORM.matcher(body);
        while (m.find()) {
            out.put(m.group(1), URLDecoder.decode(m.group(2), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String key(String pk, String sk) {
        return pk + "\u0000" + sk;
    }
}
