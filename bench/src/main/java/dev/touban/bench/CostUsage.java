package dev.touban.bench;

import java.util.Map;
import java.util.TreeMap;

/** What one operation used, in the units AWS bills: calls by operation, request units, messages, events, schedules. */
record CostUsage(Map<String, Integer> calls, double readUnits, double writeUnits, int sms, int smsParts, int topicPublishes,
        int events, int schedulesCreated, int schedulesDeleted, int ssmReads) {

    static final class Builder {
        final Map<String, Integer> calls = new TreeMap<>();
        double readUnits;
        double writeUnits;
        int sms;
        int smsParts;
        int topicPublishes;
        int events;
        int schedulesCreated;
        int schedulesDeleted;
        int ssmReads;

        void call(String operation) {
            calls.merge(operation, 1, Integer::sum);
        }

        CostUsage build() {
            return new CostUsage(Map.copyOf(calls), readUnits, writeUnits, sms, smsParts, topicPublishes, events, schedulesCreated,
                    schedulesDeleted, ssmReads);
        }
    }

    /** The DynamoDB calls, compactly: "2 GetItem, 1 TransactWriteItems". */
    String dynamoCalls() {
        StringBuilder b = new StringBuilder();
        calls.forEach((op, n) -> {
            if (op.startsWith("dynamodb:")) {
                b.append(b.isEmpty() ? "" : ", ").append(n).append(' ').append(op.substring("dynamodb:".length()));
            }
        });
        return b.isEmpty() ? "none" : b.toString();
    }

    /** Every AWS call that is not DynamoDB, compactly. */
    String otherCalls() {
        StringBuilder b = new StringBuilder();
        calls.forEach((op, n) -> {
            if (!op.startsWith("dynamodb:")) {
                b.append(b.isEmpty() ? "" : ", ").append(n).append(' ').append(op);
            }
        });
        return b.isEmpty() ? "none" : b.toString();
    }
}
