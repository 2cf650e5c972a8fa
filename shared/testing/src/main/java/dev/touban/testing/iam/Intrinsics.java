package dev.touban.testing.iam;

import static dev.touban.testing.CloudFormationTemplate.list;
import static dev.touban.testing.CloudFormationTemplate.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Resolves CloudFormation intrinsics (Ref, Fn::GetAtt, Fn::Sub, Fn::If, Fn::Join and the
 * condition functions) the way a deployment would, with every name looked up in the
 * emulator: a resource's Ref and attributes come from {@code refs} and {@code attributes},
 * a parameter from {@code parameters}, a condition from the template's Conditions.
 * {@code AWS::NoValue} drops the list item or map entry that holds it.
 */
final class Intrinsics {
    /** What {@code Ref AWS::NoValue} resolves to before its holder drops it. */
    static final Object NO_VALUE = new Object();

    private final Map<String, String> parameters;
    private final Map<String, Object> conditions;
    private final Function<String, String> refs;
    private final BiFunction<String, String, String> attributes;

    Intrinsics(Map<String, String> parameters, Map<String, Object> conditions, Function<String, String> refs,
            BiFunction<String, String, String> attributes) {
        this.parameters = parameters;
        this.conditions = conditions;
        this.refs = refs;
        this.attributes = attributes;
    }

    Object resolve(Object value) {
        if (value instanceof List<?> items) {
            List<Object> out = new ArrayList<>();
            for (Object item : items) {
                Object resolved = resolve(item);
                if (resolved != NO_VALUE) {
                    out.add(resolved);
                }
            }
            return out;
        }
        if (!(value instanceof Map<?, ?>)) {
            return value;
        }
        Map<String, Object> m = map(value);
        if (m.size() == 1) {
            Map.Entry<String, Object> only = m.entrySet().iterator().next();
            switch (only.getKey()) {
                case "Ref":
                    return ref((String) only.getValue());
                case "Fn::GetAtt":
                    List<Object> att = list(only.getValue());
                    return attribute((String) att.get(0), (String) att.get(1));
                case "Fn::Sub":
                    return sub(only.getValue());
                case "Fn::If":
                    List<Object> choice = list(only.getValue());
                    return resolve(condition((String) choice.get(0)) ? choice.get(1) : choice.get(2));
                case "Fn::Join":
                    List<Object> join = list(only.getValue());
                    List<String> parts = new ArrayList<>();
                    for (Object part : list(resolve(join.get(1)))) {
                        parts.add(String.valueOf(part));
                    }
                    return String.join((String) join.get(0), parts);
                default:
                    if (only.getKey().startsWith("Fn::")) {
                        throw new IllegalArgumentException("the IAM proof does not resolve " + only.getKey() + " (in " + value + ")");
                    }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            Object resolved = resolve(e.getValue());
            if (resolved != NO_VALUE) {
                out.put(e.getKey(), resolved);
            }
        }
        return out;
    }

    boolean condition(String name) {
        Object definition = conditions.get(name);
        if (definition == null) {
            throw new IllegalArgumentException("template.yaml has no condition " + name);
        }
        return truth(definition);
    }

    private boolean truth(Object expression) {
        Map<String, Object> m = map(expression);
        Map.Entry<String, Object> only = m.entrySet().iterator().next();
        List<Object> args = list(only.getValue());
        return switch (only.getKey()) {
            case "Fn::Equals" -> String.valueOf(resolve(args.get(0))).equals(String.valueOf(resolve(args.get(1))));
            case "Fn::Not" -> !truth(args.get(0));
            case "Fn::And" -> args.stream().allMatch(this::truth);
            case "Fn::Or" -> args.stream().anyMatch(this::truth);
            case "Condition" -> condition((String) only.getValue());
            default -> throw new IllegalArgumentException("not a condition: " + expression);
        };
    }

    private Object ref(String name) {
        if (name.equals("AWS::NoValue")) {
            return NO_VALUE;
        }
        String parameter = parameters.get(name);
        return parameter != null ? parameter : refs.apply(name);
    }

    private String attribute(String resource, String attribute) {
        return attributes.apply(resource, attribute);
    }

    private String sub(Object value) {
        List<Object> args = value instanceof String ? List.of(value) : list(value);
        String text = (String) args.get(0);
        Map<String, Object> variables = args.size() > 1 ? map(args.get(1)) : Map.of();
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf("${", at);
            if (open < 0) {
                out.append(text, at, text.length());
                break;
            }
            int close = text.indexOf('}', open);
            out.append(text, at, open);
            String name = text.substring(open + 2, close);
            if (name.startsWith("!")) {
                out.append("${").append(name.substring(1)).append('}');
            } else if (variables.containsKey(name)) {
                out.append(resolve(variables.get(name)));
            } else if (name.contains(".") && !name.startsWith("AWS::")) {
                out.append(attribute(name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1)));
            } else {
                out.append(ref(name));
            }
            at = close + 1;
        }
        return out.toString();
    }
}
