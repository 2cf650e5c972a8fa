package dev.touban.bench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's item size, as capacity units are metered on it: each attribute's name (UTF-8
 * bytes) plus its value (strings in UTF-8 bytes, numbers about one byte per two digits plus
 * one, binary in bytes, booleans and nulls one byte, lists and maps three bytes plus one per
 * element). From the SDK's values (the table read by the harness) and from DynamoDB JSON (the
 * requests and answers the emulator saw).
 */
final class ItemSizes {
    private ItemSizes() {}

    static int of(Map<String, AttributeValue> item) {
        int size = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            size += utf8(e.getKey()) + value(e.getValue());
        }
        return size;
    }

    private static int value(AttributeValue v) {
        if (v.s() != null) {
            return utf8(v.s());
        }
        if (v.n() != null) {
            return number(v.n());
        }
        if (v.b() != null) {
            return v.b().asByteArray().length;
        }
        if (v.bool() != null || Boolean.TRUE.equals(v.nul())) {
            return 1;
        }
        int size = 3;
        if (v.hasL()) {
            for (AttributeValue e : v.l()) {
                size += value(e) + 1;
            }
        } else if (v.hasM()) {
            for (Map.Entry<String, AttributeValue> e : v.m().entrySet()) {
                size += utf8(e.getKey()) + value(e.getValue()) + 1;
            }
        } else if (v.hasSs()) {
            size = v.ss().stream().mapToInt(ItemSizes::utf8).sum();
        } else if (v.hasNs()) {
            size = v.ns().stream().mapToInt(ItemSizes::number).sum();
        } else if (v.hasBs()) {
            size = v.bs().stream().map(SdkBytes::asByteArray).mapToInt(b -> b.length).sum();
        }
        return size;
    }

    /** An item in DynamoDB JSON ({"pk": {"S": "..."}, ...}). */
    static int ofJson(Map<String, Object> item) {
        int size = 0;
        for (Map.Entry<String, Object> e : item.entrySet()) {
            size += utf8(e.getKey()) + jsonValue(e.getValue());
        }
        return size;
    }

    @SuppressWarnings("unchecked")
    private static int jsonValue(Object typed) {
        if (!(typed instanceof Map<?, ?> m) || m.isEmpty()) {
            return 0;
        }
        Map.Entry<String, Object> e = ((Map<String, Object>) m).entrySet().iterator().next();
        Object v = e.getValue();
        return switch (e.getKey()) {
            case "S" -> utf8((String) v);
            case "N" -> number(String.valueOf(v));
            case "B" -> Base64.getDecoder().decode((String) v).length;
            case "BOOL", "NULL" -> 1;
            case "L" -> 3 + ((List<Object>) v).stream().mapToInt(x -> jsonValue(x) + 1).sum();
            case "M" -> 3 + ((Map<String, Object>) v).entrySet().stream().mapToInt(x -> utf8(x.getKey()) + jsonValue(x.getValue()) + 1).sum();
            case "SS" -> ((List<Object>) v).stream().mapToInt(x -> utf8((String) x)).sum();
            case "NS" -> ((List<Object>) v).stream().mapToInt(x -> number(String.valueOf(x))).sum();
            default -> 0;
        };
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static int number(String n) {
        int digits = 0;
        for (int i = 0; i < n.length(); i++) {
            if (Character.isDigit(n.charAt(i))) {
                digits++;
            }
        }
        return (digits + 1) / 2 + 1;
    }
}
