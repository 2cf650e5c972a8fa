package dev.touban.tools.stack;

import dev.touban.tools.ToolException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;

/** A deployed Touban stack as CloudFormation describes it: outputs, parameters and resources. */
public record Stack(String name, Map<String, String> outputs, Map<String, String> parameters, List<Resource> resources) {

    /** One resource of the stack: template name, type and the name or ARN it has in AWS. */
    public record Resource(String logicalId, String type, String physicalId) {}

    public static Stack describe(CloudFormationClient cfn, String name) {
        software.amazon.awssdk.services.cloudformation.model.Stack stack;
        try {
            stack = cfn.describeStacks(r -> r.stackName(name)).stacks().get(0);
        } catch (CloudFormationException e) {
            throw new ToolException("cannot describe stack '" + name + "': " + e.awsErrorDetails().errorMessage()
                    + " (deploy it with make deploy, or check AWS_PROFILE and AWS_REGION)");
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        for (Output o : stack.outputs()) {
            outputs.put(o.outputKey(), o.outputValue());
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Parameter p : stack.parameters()) {
            parameters.put(p.parameterKey(), p.resolvedValue() != null ? p.resolvedValue() : p.parameterValue());
        }
        List<Resource> resources = new ArrayList<>();
        for (StackResourceSummary s : cfn.listStackResourcesPaginator(r -> r.stackName(name)).stackResourceSummaries()) {
            resources.add(new Resource(s.logicalResourceId(), s.resourceType(), s.physicalResourceId()));
        }
        return new Stack(name, Map.copyOf(outputs), Map.copyOf(parameters), List.copyOf(resources));
    }

    public String output(String key) {
        String value = outputs.get(key);
        if (value == null || value.isBlank()) {
            throw new ToolException("stack '" + name + "' has no output " + key + " (outputs: " + outputs.keySet() + ")");
        }
        return value;
    }

    public List<Resource> ofType(String type) {
        List<Resource> out = new ArrayList<>();
        for (Resource r : resources) {
            if (type.equals(r.type())) {
                out.add(r);
            }
        }
        return out;
    }
}
