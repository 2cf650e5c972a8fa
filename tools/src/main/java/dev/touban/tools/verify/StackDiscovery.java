package dev.touban.tools.verify;

import dev.touban.aws.AwsClients;
import dev.touban.tools.ToolException;
import dev.touban.tools.stack.Stack;
import dev.touban.tools.stack.Template;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;

/** A deployed stack's deployment: outputs (API, table), parameters (secret names) and resources (alarms, groups, functions). */
final class StackDiscovery {
    static final String HANDOFF_FUNCTION = "RotationHandoffFunction";
    static final String CANARY_FUNCTION = "CanaryFunction";
    static final String CANARY_ALARM = "CanaryAlarm";

    private StackDiscovery() {}

    static Deployment find(AwsClients aws, String stackName) {
        Stack stack;
        try (CloudFormationClient cfn = aws.configure(CloudFormationClient.builder()).build()) {
            stack = Stack.describe(cfn, stackName);
        }
        Template template = Template.fromRepository();
        String signing = parameter(stack, template, "SlackSigningSecretParameter");
        String calendar = parameter(stack, template, "CalendarKeyParameter");
        String handoff = null;
        String canary = null;
        for (Stack.Resource r : stack.ofType("AWS::Lambda::Function")) {
            if (HANDOFF_FUNCTION.equals(r.logicalId())) {
                handoff = r.physicalId();
            } else if (CANARY_FUNCTION.equals(r.logicalId())) {
                canary = r.physicalId();
            }
        }
        String canaryAlarm = null;
        for (Stack.Resource r : stack.ofType("AWS::CloudWatch::Alarm")) {
            if (CANARY_ALARM.equals(r.logicalId())) {
                canaryAlarm = r.physicalId();
            }
        }
        return new Deployment(true, "stack " + stackName + " (" + aws.settings().region() + ")",
                URI.create(stack.output("ApiUrl")), stack.output("TableName"),
                new Deployment.Secret("SSM " + signing, () -> read(aws, signing)),
                new Deployment.Secret("SSM " + calendar, () -> read(aws, calendar)),
                physicalIds(stack, "AWS::CloudWatch::Alarm"), physicalIds(stack, "AWS::Scheduler::ScheduleGroup"), handoff, canary, canaryAlarm);
    }

    private static String parameter(Stack stack, Template template, String name) {
        String deployed = stack.parameters().get(name);
        return deployed != null && !deployed.isBlank() ? deployed : template.parameterDefault(name);
    }

    private static List<String> physicalIds(Stack stack, String type) {
        List<String> ids = new ArrayList<>();
        stack.ofType(type).forEach(r -> ids.add(r.physicalId()));
        return ids;
    }

    private static String read(AwsClients aws, String name) {
        try (SsmClient ssm = aws.configure(SsmClient.builder()).build()) {
            return ssm.getParameter(r -> r.name(name).withDecryption(true)).parameter().value();
        } catch (ParameterNotFoundException e) {
            throw new ToolException("SSM parameter " + name + " does not exist: create it with bin/touban-secrets");
        }
    }
}
