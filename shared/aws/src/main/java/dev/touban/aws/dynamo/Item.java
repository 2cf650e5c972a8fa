package dev.touban.aws.dynamo;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A small builder and reader for item attribute maps, so adapters read like the data they store. */
final class Item {
    private final Map<String, AttributeValue> values = new HashMap<>();

    static Item of(Map<String, AttributeValue> key) {
        Item item = new Item();
        item.values.putAll(key);
        return item;
    }

    Item with(Map<String, AttributeValue> more) {
        values.putAll(more);
        return this;
    }

    Item s(String name, String value) {
        if (value != null) {
            values.put(name, AttributeValue.fromS(value));
        }
        return this;
    }

    Item n(String name, long value) {
        values.put(name, AttributeValue.fromN(Long.toString(value)));
        return this;
    }

    Item bool(String name, boolean value) {
        values.put(name, AttributeValue.fromBool(value));
        return this;
    }

    Item instant(String name, Instant value) {
        return s(name, TableKeys.sortable(value));
    }

    Map<String, AttributeValue> build() {
        return Map.copyOf(values);
    }

    static String s(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    static long n(Map<String, AttributeValue> item, String name) {
        return Long.parseLong(item.get(name).n());
    }

    static boolean bool(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v != null && Boolean.TRUE.equals(v.bool());
    }

    static Instant instant(Map<String, AttributeValue> item, String name) {
        return Instant.parse(s(item, name));
    }
}
