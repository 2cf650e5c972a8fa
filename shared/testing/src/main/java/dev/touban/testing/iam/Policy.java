package dev.touban.testing.iam;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A function's identity policy, evaluated as IAM does for one account: a call is allowed
 * when an Allow statement matches its action, its resource and all of its conditions, and no
 * Deny statement matches. Actions match case-insensitively with {@code *} and {@code ?};
 * resources and ARN conditions match each of the ARN's six colon-separated parts on its own.
 * Conditions: String(Not)Equals, String(Not)Like, Arn(Not)Equals, Arn(Not)Like and Bool, each
 * with the ForAllValues: and ForAnyValue: qualifiers and IfExists; a key the request does not
 * carry fails the condition (IfExists and ForAllValues pass it), as in IAM. Any other operator
 * is refused loudly rather than guessed.
 */
public final class Policy {
    private final List<Statement> statements;

    public Policy(List<Statement> statements) {
        this.statements = List.copyOf(statements);
    }

    public List<Statement> statements() {
        return statements;
    }

    /** Why a call is allowed (the Allow statements that match) or refused. */
    public record Verdict(boolean allowed, List<Statement> allowedBy, String reason) {}

    public Verdict evaluate(AwsCall call) {
        List<Statement> allowing = new ArrayList<>();
        for (Statement s : statements) {
            if (matches(s, call)) {
                if (!s.allow()) {
                    return new Verdict(false, List.of(), "explicitly denied by " + s.sid());
                }
                allowing.add(s);
            }
        }
        if (allowing.isEmpty()) {
            return new Verdict(false, List.of(), "no statement allows " + call.action() + " on " + call.resource() + nearMiss(call));
        }
        return new Verdict(true, allowing, "");
    }

    static boolean matches(Statement s, AwsCall call) {
        return actionMatches(s, call.action()) && resourceOf(s, call.resource()) != null && conditionsHold(s, call);
    }

    static boolean actionMatches(Statement s, String action) {
        for (String pattern : s.actions()) {
            if (glob(pattern.toLowerCase(Locale.ROOT), action.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The statement's resource that {@code arn} matches, or null. */
    static Statement.Resource resourceOf(Statement s, String arn) {
        for (Statement.Resource r : s.resources()) {
            if (arnMatches(r.arn(), arn)) {
                return r;
            }
        }
        return null;
    }

    static boolean arnMatches(String pattern, String arn) {
        if (pattern.equals("*")) {
            return true;
        }
        String[] p = pattern.split(":", 6);
        String[] a = arn.split(":", 6);
        if (p.length != 6 || a.length != 6) {
            return pattern.equals(arn);
        }
        for (int i = 0; i < 6; i++) {
            if (!glob(p[i], a[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean conditionsHold(Statement s, AwsCall call) {
        for (Map.Entry<String, Map<String, List<String>>> op : s.conditions().entrySet()) {
            for (Map.Entry<String, List<String>> key : op.getValue().entrySet()) {
                if (!condition(op.getKey(), key.getValue(), call.context(key.getKey()))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** One operator on one key: {@code expected} from the policy, {@code actual} from the request (empty when absent). */
    static boolean condition(String operator, List<String> expected, List<String> actual) {
        String op = operator;
        String qualifier = "";
        if (op.startsWith("ForAllValues:") || op.startsWith("ForAnyValue:")) {
            qualifier = op.substring(0, op.indexOf(':'));
            op = op.substring(op.indexOf(':') + 1);
        }
        boolean ifExists = op.endsWith("IfExists");
        if (ifExists) {
            op = op.substring(0, op.length() - "IfExists".length());
        }
        boolean negated = op.contains("Not");
        String base = op.replace("Not", "");
        if (!List.of("StringEquals", "StringLike", "ArnEquals", "ArnLike", "Bool").contains(base)) {
            throw new IllegalArgumentException("the IAM proof does not evaluate the condition operator " + operator);
        }
        if (actual.isEmpty()) {
            return qualifier.equals("ForAllValues") || ifExists;
        }
        if (qualifier.equals("ForAllValues")) {
            for (String value : actual) {
                if (anyMatches(base, expected, value) == negated) {
                    return false;
                }
            }
            return true;
        }
        for (String value : actual) {
            if (anyMatches(base, expected, value) != negated) {
                return true;
            }
        }
        return false;
    }

    /** The policy's values of a condition that {@code value} matches, for the unused-grant report. */
    static boolean valueMatches(String operator, String expected, String value) {
        String base = operator.substring(operator.indexOf(':') + 1).replace("IfExists", "").replace("Not", "");
        return anyMatches(base, List.of(expected), value);
    }

    private static boolean anyMatches(String base, List<String> expected, String value) {
        for (String e : expected) {
            boolean match = switch (base) {
                case "StringEquals", "Bool" -> e.equals(value);
                case "StringLike" -> glob(e, value);
                case "ArnEquals", "ArnLike" -> arnMatches(e, value);
                default -> false;
            };
            if (match) {
                return true;
            }
        }
        return false;
    }

    static boolean glob(String pattern, String text) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text).matches();
    }

    /** Names the statements that grant the action but refused the call, and why, so a failure says what to change. */
    private String nearMiss(AwsCall call) {
        Set<String> why = new LinkedHashSet<>();
        for (Statement s : statements) {
            if (!s.allow() || !actionMatches(s, call.action())) {
                continue;
            }
            if (resourceOf(s, call.resource()) == null) {
                why.add(s.sid() + " grants it on other resources");
            } else {
                why.add(s.sid() + " grants it, but its conditions " + s.conditions() + " do not hold for " + call.context());
            }
        }
        return why.isEmpty() ? " (no statement grants the action at all)" : " (" + String.join("; ", why) + ")";
    }
}
