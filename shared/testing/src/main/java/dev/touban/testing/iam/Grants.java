package dev.touban.testing.iam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a policy grants, item by item, and which items the recorded calls used. An item is a
 * whole statement (when no call used it), one of its actions, one of its resources, or one
 * value of one of its conditions; its id reads {@code Sid}, {@code Sid action},
 * {@code Sid resource <as written>} or {@code Sid <condition key> <value>}.
 */
final class Grants {
    private Grants() {}

    /** A call and the statements that allowed it (empty when refused). */
    record Judged(AwsCall call, Policy.Verdict verdict) {}

    static List<String> unused(Policy policy, List<Judged> judged) {
        List<String> unused = new ArrayList<>();
        for (Statement s : policy.statements()) {
            if (!s.allow()) {
                continue;
            }
            List<AwsCall> used = new ArrayList<>();
            for (Judged j : judged) {
                if (j.verdict().allowedBy().contains(s)) {
                    used.add(j.call());
                }
            }
            if (used.isEmpty()) {
                unused.add(s.sid());
                continue;
            }
            for (String action : s.actions()) {
                if (used.stream().noneMatch(c -> Policy.actionMatches(new Statement(s.sid(), true, List.of(action), s.resources(), s.conditions()), c.action()))) {
                    unused.add(s.sid() + " " + action);
                }
            }
            for (Statement.Resource r : s.resources()) {
                if (used.stream().noneMatch(c -> Policy.arnMatches(r.arn(), c.resource()))) {
                    unused.add(s.sid() + " resource " + r.written());
                }
            }
            for (Map.Entry<String, Map<String, List<String>>> op : s.conditions().entrySet()) {
                if (op.getKey().contains("Not")) {
                    continue;
                }
                for (Map.Entry<String, List<String>> key : op.getValue().entrySet()) {
                    for (String value : key.getValue()) {
                        boolean matched = false;
                        for (AwsCall c : used) {
                            for (String actual : c.context(key.getKey())) {
                                matched |= Policy.valueMatches(op.getKey(), value, actual);
                            }
                        }
                        if (!matched) {
                            unused.add(s.sid() + " " + key.getKey() + " " + value);
                        }
                    }
                }
            }
        }
        return unused;
    }
}
