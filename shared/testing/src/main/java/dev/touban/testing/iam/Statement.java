package dev.touban.testing.iam;

import static dev.touban.testing.CloudFormationTemplate.list;
import static dev.touban.testing.CloudFormationTemplate.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One statement of a function's policy as template.yaml writes it, resolved to the
 * emulator's names. {@code resources} pairs each Resource as written in the template with
 * the ARN it resolved to; {@code conditions} maps operator to key to values.
 */
public record Statement(String sid, boolean allow, List<String> actions, List<Resource> resources,
        Map<String, Map<String, List<String>>> conditions) {

    public record Resource(String written, String arn) {}

    /** The statements of a SAM function's {@code Policies}: inline statements only (a policy template or managed policy is refused). */
    static List<Statement> ofPolicies(Object policies, Intrinsics intrinsics) {
        List<Statement> out = new ArrayList<>();
        for (Object policy : list(policies)) {
            Map<String, Object> document = map(policy);
            if (!document.containsKey("Statement")) {
                throw new IllegalArgumentException("the IAM proof reads inline statements only, not " + policy
                        + ": write the statements out (a SAM policy template's grants are SAM's to change)");
            }
            for (Object written : list(document.get("Statement"))) {
                Map<String, Object> raw = chosen(map(written), intrinsics);
                if (raw != null) {
                    out.add(of(map(intrinsics.resolve(raw)), out.size() + 1, raw));
                }
            }
        }
        return out;
    }

    /** A statement written inside {@code !If}: the branch the deployment's conditions choose, or null for AWS::NoValue. */
    private static Map<String, Object> chosen(Map<String, Object> written, Intrinsics intrinsics) {
        if (!written.containsKey("Fn::If")) {
            return written;
        }
        List<Object> choice = list(written.get("Fn::If"));
        Object branch = intrinsics.condition((String) choice.get(0)) ? choice.get(1) : choice.get(2);
        return Map.of("Ref", "AWS::NoValue").equals(branch) ? null : chosen(map(branch), intrinsics);
    }

    private static Statement of(Map<String, Object> s, int position, Map<String, Object> raw) {
        if (s.containsKey("NotAction") || s.containsKey("NotResource") || s.containsKey("Principal")) {
            throw new IllegalArgumentException("the IAM proof does not evaluate NotAction, NotResource or Principal: " + s);
        }
        List<String> actions = new ArrayList<>();
        for (Object a : list(s.get("Action"))) {
            actions.add(String.valueOf(a));
        }
        List<Object> written = list(raw.get("Resource"));
        List<Resource> resources = new ArrayList<>();
        List<Object> arns = list(s.get("Resource"));
        for (int i = 0; i < arns.size(); i++) {
            String arn = String.valueOf(arns.get(i));
            resources.add(new Resource(i < written.size() ? TemplateText.of(written.get(i)) : arn, arn));
        }
        Map<String, Map<String, List<String>>> conditions = new LinkedHashMap<>();
        for (Map.Entry<String, Object> op : map(s.get("Condition")).entrySet()) {
            Map<String, List<String>> keys = new LinkedHashMap<>();
            for (Map.Entry<String, Object> key : map(op.getValue()).entrySet()) {
                List<String> values = new ArrayList<>();
                for (Object v : list(key.getValue())) {
                    values.add(String.valueOf(v));
                }
                keys.put(key.getKey(), values);
            }
            conditions.put(op.getKey(), keys);
        }
        String sid = s.get("Sid") instanceof String given ? given : "Statement" + position;
        return new Statement(sid, "Allow".equals(s.get("Effect")), actions, resources, conditions);
    }

    /** The statement as IAM JSON, with the emulator's ARNs: what the function's IAM user gets in moto. */
    Map<String, Object> document() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("Sid", sid.replaceAll("[^A-Za-z0-9]", ""));
        out.put("Effect", allow ? "Allow" : "Deny");
        out.put("Action", actions);
        List<String> arns = new ArrayList<>();
        for (Resource r : resources) {
            arns.add(r.arn());
        }
        out.put("Resource", arns);
        if (!conditions.isEmpty()) {
            out.put("Condition", conditions);
        }
        return out;
    }
}
