package dev.touban.testing.iam;

import static dev.touban.testing.CloudFormationTemplate.list;
import static dev.touban.testing.CloudFormationTemplate.map;

import java.util.Map;

/** A template value as a person reads it in template.yaml: {@code Table.Arn}, {@code ${Table.Arn}/index/*}. */
final class TemplateText {
    private TemplateText() {}

    static String of(Object value) {
        if (value instanceof Map<?, ?>) {
            Map<String, Object> m = map(value);
            if (m.containsKey("Ref")) {
                return String.valueOf(m.get("Ref"));
            }
            if (m.containsKey("Fn::GetAtt")) {
                return list(m.get("Fn::GetAtt")).get(0) + "." + list(m.get("Fn::GetAtt")).get(1);
            }
            if (m.containsKey("Fn::Sub")) {
                Object sub = m.get("Fn::Sub");
                return String.valueOf(sub instanceof String ? sub : list(sub).get(0))
                        .replace("arn:${AWS::Partition}:", "arn:")
                        .replace(":${AWS::Region}:${AWS::AccountId}:", "::");
            }
        }
        return String.valueOf(value);
    }
}
