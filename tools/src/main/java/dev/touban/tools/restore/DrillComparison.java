package dev.touban.tools.restore;

import dev.touban.aws.dynamo.TableKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The live table beside its restored copy: item counts by kind, and for the records people
 * care about (attendance, incidents, overrides and swaps) the newest of each and whether every
 * one written before the recovery point made it into the copy. Records written within
 * {@code margin} of the recovery point are not held against it: the application's clock and
 * DynamoDB's need not agree to the second.
 */
record DrillComparison(Map<String, long[]> counts, List<Newest> newest, List<String> missing) {

    /** A kind of record whose write time is one of its attributes. */
    record Tracked(String kind, String label, String writtenAt) {}

    static final List<Tracked> TRACKED = List.of(
            new Tracked("ATTENDANCE", "attendance", "end"),
            new Tracked("INCIDENT", "incidents", "triggeredAt"),
            new Tracked("CHANGE", "overrides and swaps", "createdAt"));

    /** The newest record of a kind in each table, by write time (null when the table has none). */
    record Newest(String label, String live, String restored, int liveAfterRecoveryPoint) {}

    boolean complete() {
        return missing.isEmpty();
    }

    static DrillComparison of(List<Map<String, AttributeValue>> live, List<Map<String, AttributeValue>> restored,
            Instant recoveryPoint, Duration margin) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Map<String, AttributeValue> item : live) {
            counts.computeIfAbsent(TableKeys.kind(item), k -> new long[2])[0]++;
        }
        Set<String> restoredKeys = new HashSet<>();
        for (Map<String, AttributeValue> item : restored) {
            counts.computeIfAbsent(TableKeys.kind(item), k -> new long[2])[1]++;
            restoredKeys.add(key(item));
        }
        List<Newest> newest = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Instant settled = recoveryPoint.minus(margin);
        for (Tracked t : TRACKED) {
            Map<String, AttributeValue> liveNewest = null;
            int later = 0;
            for (Map<String, AttributeValue> item : live) {
                Instant at = writtenAt(item, t);
                if (at == null) {
                    continue;
                }
                if (liveNewest == null || at.isAfter(writtenAt(liveNewest, t))) {
                    liveNewest = item;
                }
                if (at.isAfter(recoveryPoint)) {
                    later++;
                } else if (!at.isAfter(settled) && !restoredKeys.contains(key(item))) {
                    missing.add(t.label() + " " + describe(item, t));
                }
            }
            Map<String, AttributeValue> restoredNewest = null;
            for (Map<String, AttributeValue> item : restored) {
                Instant at = writtenAt(item, t);
                if (at != null && (restoredNewest == null || at.isAfter(writtenAt(restoredNewest, t)))) {
                    restoredNewest = item;
                }
            }
            newest.add(new Newest(t.label(), liveNewest == null ? null : describe(liveNewest, t),
                    restoredNewest == null ? null : describe(restoredNewest, t), later));
        }
        return new DrillComparison(counts, newest, missing);
    }

    private static Instant writtenAt(Map<String, AttributeValue> item, Tracked t) {
        if (!t.kind().equals(TableKeys.kind(item))) {
            return null;
        }
        AttributeValue v = item.get(t.writtenAt());
        try {
            return v == null || v.s() == null ? null : Instant.parse(v.s());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Written at, and which one: no names, notes or phone numbers (the report may be pasted into a ticket). */
    private static String describe(Map<String, AttributeValue> item, Tracked t) {
        String which = item.containsKey("number") ? "#" + item.get("number").n()
                : item.get(TableKeys.PK).s() + " " + item.get(TableKeys.SK).s();
        return item.get(t.writtenAt()).s() + " (" + which + ")";
    }

    private static String key(Map<String, AttributeValue> item) {
        return item.get(TableKeys.PK).s() + "\u0000" + item.get(TableKeys.SK).s();
    }
}
