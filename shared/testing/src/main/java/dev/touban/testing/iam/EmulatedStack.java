package dev.touban.testing.iam;

import static dev.touban.testing.CloudFormationTemplate.list;
import static dev.touban.testing.CloudFormationTemplate.map;

import dev.touban.testing.CloudFormationTemplate;
import dev.touban.testing.Emulated;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * template.yaml deployed into the emulator as far as a function's calls need it: its topics,
 * queues, buses, schedule groups and buckets are created under the names the template
 * gives them (or {@code touban-<logical id>}), the table is the test's, and every Ref,
 * Fn::GetAtt and Fn::Sub resolves to those names, with the template's parameter defaults
 * unless a test sets one. A function's environment and policy come out resolved the same way.
 */
public final class EmulatedStack {
    public static final String STACK_NAME = "touban";
    public static final String ACCOUNT = "123456789012";

    private final CloudFormationTemplate template;
    private final Emulated aws;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final Map<String, String> refs = new HashMap<>();
    private final Map<String, String> attributes = new HashMap<>();
    private final Intrinsics intrinsics;
    private final SdkHttpClient http = UrlConnectionHttpClient.create();

    private EmulatedStack(CloudFormationTemplate template, Emulated aws, Map<String, String> overrides) {
        this.template = template;
        this.aws = aws;
        for (Map.Entry<String, Object> p : template.section("Parameters").entrySet()) {
            Object byDefault = map(p.getValue()).get("Default");
            parameters.put(p.getKey(), byDefault == null ? "" : String.valueOf(byDefault));
        }
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            if (!parameters.containsKey(o.getKey())) {
                throw new IllegalArgumentException("template.yaml has no parameter " + o.getKey());
            }
            parameters.put(o.getKey(), o.getValue());
        }
        parameters.put("AWS::Region", aws.region().id());
        parameters.put("AWS::AccountId", ACCOUNT);
        parameters.put("AWS::Partition", "aws");
        parameters.put("AWS::StackName", STACK_NAME);
        parameters.put("AWS::URLSuffix", "amazonaws.com");
        this.intrinsics = new Intrinsics(parameters, template.section("Conditions"), this::ref, this::attribute);
    }

    /** Creates the template's resources in the emulator (under the test's credentials, before any proof is recorded). */
    public static EmulatedStack provision(CloudFormationTemplate template, Emulated aws, Map<String, String> parameters) {
        EmulatedStack stack = new EmulatedStack(template, aws, parameters);
        for (String id : template.resources().keySet()) {
            stack.ref(id);
        }
        return stack;
    }

    public CloudFormationTemplate template() {
        return template;
    }

    /** The value of a template parameter in this deployment. */
    public String parameter(String name) {
        return parameters.get(name);
    }

    /** Stores {@code value} as the SecureString SSM parameter that template parameter {@code parameter} names. */
    public void secureString(String parameter, String value) {
        try (SsmClient ssm = client(SsmClient.builder())) {
            ssm.putParameter(r -> r.name(parameter(parameter)).type(ParameterType.SECURE_STRING).value(value).overwrite(true));
        }
    }

    /** The function's environment as Lambda would set it (Globals and its own variables), resolved to the emulator. */
    public Map<String, String> environment(String function) {
        Map<String, String> env = new LinkedHashMap<>();
        for (Object variables : new Object[] {template.at("Globals", "Function", "Environment", "Variables"),
                map(template.properties(function).get("Environment")).get("Variables")}) {
            map(intrinsics.resolve(variables)).forEach((k, v) -> env.put(k, String.valueOf(v)));
        }
        env.put("AWS_REGION", aws.region().id());
        return env;
    }

    /** The function's statements, resolved; {@code !If} statements as the deployment's conditions choose. */
    public Policy policy(String function) {
        return new Policy(Statement.ofPolicies(template.properties(function).get("Policies"), intrinsics));
    }

    /** The partition key attribute of the table and of each of its indexes. */
    public AwsRequests.TableKeys tableKeys() {
        Map<String, String> keys = new HashMap<>();
        for (String id : template.idsOfType("AWS::DynamoDB::Table")) {
            Map<String, Object> props = template.properties(id);
            keys.put("", hashKey(props.get("KeySchema")));
            for (Object gsi : list(props.get("GlobalSecondaryIndexes"))) {
                keys.put(String.valueOf(map(gsi).get("IndexName")), hashKey(map(gsi).get("KeySchema")));
            }
        }
        return new AwsRequests.TableKeys(keys);
    }

    /** What {@code Ref logicalId} resolves to here (a topic's ARN, a bus's name...), creating the resource on first use. */
    public String ref(String id) {
        String known = refs.get(id);
        if (known != null) {
            return known;
        }
        Map<String, Object> resource = template.resource(id);
        Map<String, Object> props = map(resource.get("Properties"));
        String region = aws.region().id();
        String name = props.get("Name") != null ? String.valueOf(intrinsics.resolve(props.get("Name"))) : STACK_NAME + "-" + id;
        String ref;
        switch (String.valueOf(resource.get("Type"))) {
            case "AWS::DynamoDB::Table" -> {
                ref = aws.tableName();
                attributes.put(id + ".Arn", "arn:aws:dynamodb:" + region + ":" + ACCOUNT + ":table/" + ref);
            }
            case "AWS::SNS::Topic" -> {
                try (SnsClient sns = client(SnsClient.builder())) {
                    ref = sns.createTopic(r -> r.name(name)).topicArn();
                }
                attributes.put(id + ".TopicName", name);
                attributes.put(id + ".TopicArn", ref);
            }
            case "AWS::SQS::Queue" -> {
                try (SqsClient sqs = client(SqsClient.builder())) {
                    ref = sqs.createQueue(r -> r.queueName(name)).queueUrl();
                }
                attributes.put(id + ".QueueName", name);
                attributes.put(id + ".Arn", "arn:aws:sqs:" + region + ":" + ACCOUNT + ":" + name);
            }
            case "AWS::Events::EventBus" -> {
                try (EventBridgeClient events = client(EventBridgeClient.builder())) {
                    events.createEventBus(r -> r.name(name));
                }
                ref = name;
                attributes.put(id + ".Arn", "arn:aws:events:" + region + ":" + ACCOUNT + ":event-bus/" + name);
            }
            case "AWS::Scheduler::ScheduleGroup" -> {
                try (SchedulerClient scheduler = client(SchedulerClient.builder())) {
                    scheduler.createScheduleGroup(r -> r.name(name));
                }
                ref = name;
                attributes.put(id + ".Arn", "arn:aws:scheduler:" + region + ":" + ACCOUNT + ":schedule-group/" + name);
            }
            case "AWS::S3::Bucket" -> {
                ref = name.toLowerCase(Locale.ROOT);
                String bucket = ref;
                try (S3Client s3 = configure(S3Client.builder()).forcePathStyle(true).build()) {
                    s3.createBucket(r -> r.bucket(bucket));
                }
                attributes.put(id + ".Arn", "arn:aws:s3:::" + ref);
            }
            case "AWS::IAM::Role" -> {
                ref = name;
                attributes.put(id + ".Arn", "arn:aws:iam::" + ACCOUNT + ":role/" + name);
            }
            case "AWS::Serverless::Function" -> {
                ref = props.get("FunctionName") != null ? String.valueOf(intrinsics.resolve(props.get("FunctionName"))) : name;
                attributes.put(id + ".Arn", "arn:aws:lambda:" + region + ":" + ACCOUNT + ":function:" + ref);
            }
            default -> ref = name;
        }
        refs.put(id, ref);
        return ref;
    }

    private String attribute(String id, String attribute) {
        ref(id);
        String value = attributes.get(id + "." + attribute);
        if (value == null) {
            throw new IllegalArgumentException("the IAM proof does not know " + id + "." + attribute);
        }
        return value;
    }

    private static String hashKey(Object keySchema) {
        for (Object k : list(keySchema)) {
            if ("HASH".equals(map(k).get("KeyType"))) {
                return String.valueOf(map(k).get("AttributeName"));
            }
        }
        throw new IllegalArgumentException("a key schema without a HASH key: " + keySchema);
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(B builder) {
        return configure(builder).build();
    }

    private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder) {
        return builder.endpointOverride(aws.endpoint()).region(aws.region()).httpClient(http)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("touban-setup", "touban-setup")));
    }
}
