package dev.touban.tools.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.aws.AwsClients;
import dev.touban.local.LocalRunner;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.tools.ToolAws;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/** make verify against the local runner and moto: a healthy setup passes, each broken part fails its own line. */
@ExtendWith(EmulatorExtension.class)
class VerifyTest {
    private static final String SECRET = "verify-test-signing-secret";
    private static final String KEY = "verify-test-calendar-key-0123456789";

    private Emulated aws;
    private AwsClients clients;
    private LocalRunner runner;
    private String local;

    @BeforeEach
    void start(Emulated aws) throws IOException {
        this.aws = aws;
        this.clients = ToolAws.emulator(aws.endpoint(), Map.of());
        startRunner(SECRET);
    }

    @AfterEach
    void stop() {
        runner.stop();
    }

    @Test
    void healthyLocalRunner_withAnAlarmThatReachesSomeone_passesEveryCheckAndTheCanary() {
        alarmNotifying(topicWithEmailSubscriber("touban-operations"), "touban-step-dead-letters");

        Run run = verify(env(SECRET), "--local", local, "--canary");

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out())
                .contains("Touban post-deploy checks: local runner " + local)
                .containsPattern("PASS +API answers +POST /v2/enqueue with an empty event: 400")
                .containsPattern("PASS +Slack signature accepted +/oncall help signed with the secret from SLACK_SIGNING_SECRET: 200")
                .containsPattern("PASS +schedule page opens with the team link .*sre")
                .containsPattern("PASS +table point-in-time recovery +touban-local: ENABLED")
                .containsPattern("PASS +table TTL +touban-local: ENABLED on expiresAt")
                .containsPattern("PASS +alarms notify someone +1 alarms, each with a topic that has a confirmed subscription")
                .containsPattern("PASS +escalation schedule group +touban-escalation ACTIVE")
                .containsPattern("PASS +handoff schedule +the local runner fires template.yaml's RotationHandoffFunction schedules")
                .containsPattern("PASS +canary incident +service web: incident \\d+ open after \\d+ ms, resolved after \\d+ ms")
                .containsPattern("SKIP +scheduled canary +the local runner fires it on its clock when started with CANARY_INTERVAL_MINUTES")
                .contains("9 passed, 0 failed, 1 skipped");
    }

    @Test
    void localRunnerWithoutAlarms_skipsTheAlarmCheckSayingWhy_andTheCanaryUnlessAsked() {
        Run run = verify(env(SECRET), "--local", local);

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out())
                .containsPattern("SKIP +alarms notify someone +no alarms in the emulator \\(the local runner creates none\\)")
                .containsPattern("SKIP +canary incident +not sent")
                .contains("7 passed, 0 failed, 3 skipped");
    }

    @Test
    void pointInTimeRecoveryTurnedOff_failsThatLine_andTheRun() {
        try (DynamoDbClient dynamo = clients.configure(DynamoDbClient.builder()).build()) {
            dynamo.updateContinuousBackups(r -> r.tableName(LocalRunner.TABLE)
                    .pointInTimeRecoverySpecification(s -> s.pointInTimeRecoveryEnabled(false)));
        }

        Run run = verify(env(SECRET), "--local", local);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern("FAIL +table point-in-time recovery +touban-local: DISABLED: nothing to restore from")
                .containsPattern("PASS +table TTL")
                .contains("1 failed");
    }

    @Test
    void wrongSigningSecret_failsTheSignatureLine_withThe401() {
        Run run = verify(env("not-the-secret-the-runner-checks"), "--local", local);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern("FAIL +Slack signature accepted +/oncall help signed with the secret from SLACK_SIGNING_SECRET"
                        + " was refused \\(401\\)")
                .containsPattern("PASS +API answers")
                .contains("1 failed");
    }

    @Test
    void alarmWhoseTopicNobodySubscribedTo_failsNamingTheAlarmAndTheTopic() {
        String lonely;
        try (SnsClient sns = clients.configure(SnsClient.builder()).build()) {
            lonely = sns.createTopic(r -> r.name("touban-operations")).topicArn();
        }
        alarmNotifying(topicWithEmailSubscriber("touban-other"), "touban-fine");
        alarmNotifying(lonely, "touban-intake-dead-letters");

        Run run = verify(env(SECRET), "--local", local);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).containsPattern("FAIL +alarms notify someone +touban-intake-dead-letters notifies touban-operations,"
                + " which has no confirmed subscription \\(subscribe the operations email\\)");
        assertThat(run.out()).doesNotContain("touban-fine notifies");
    }

    @Test
    void stack_isFoundThroughItsOutputsParametersAndResources_andOneWithoutAlarmsFails() {
        try (SsmClient ssm = clients.configure(SsmClient.builder()).build()) {
            ssm.putParameter(r -> r.name("/verify/signing").type(ParameterType.SECURE_STRING).value(SECRET));
            ssm.putParameter(r -> r.name("/verify/calendar").type(ParameterType.SECURE_STRING).value(KEY));
        }
        String function = createStack("touban-verify");
        try (SchedulerClient scheduler = clients.configure(SchedulerClient.builder()).build()) {
            scheduler.createSchedule(r -> r.name("touban-handoffs").scheduleExpression("rate(1 minute)")
                    .flexibleTimeWindow(w -> w.mode("OFF"))
                    .target(t -> t.arn("arn:aws:lambda:us-east-1:123456789012:function:" + function + ":live")
                            .roleArn("arn:aws:iam::123456789012:role/touban-scheduler")));
        }

        Run run = verify(Map.of(), "--stack", "touban-verify");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("Touban post-deploy checks: stack touban-verify (us-east-1)")
                .containsPattern("PASS +API answers")
                .containsPattern("PASS +Slack signature accepted +/oncall help signed with the secret from SSM /verify/signing: 200")
                .containsPattern("PASS +schedule page opens with the team link .*\\(key from SSM /verify/calendar\\)")
                .containsPattern("PASS +table point-in-time recovery +touban-local: ENABLED")
                .containsPattern("PASS +handoff schedule +1 enabled schedule invoke " + function + ": default/touban-handoffs")
                .containsPattern("FAIL +alarms notify someone +the stack has no CloudWatch alarms")
                .containsPattern("FAIL +escalation schedule group +the stack has no EventBridge Scheduler group")
                .containsPattern("SKIP +scheduled canary +off: the stack has no CanaryFunction \\(CanaryIntervalMinutes is 0\\)")
                .contains("2 failed");
    }

    @Test
    void stackWhoseHandoffFunctionNothingSchedules_failsTheHandoffLine() {
        try (SsmClient ssm = clients.configure(SsmClient.builder()).build()) {
            ssm.putParameter(r -> r.name("/verify/signing").type(ParameterType.SECURE_STRING).value(SECRET));
            ssm.putParameter(r -> r.name("/verify/calendar").type(ParameterType.SECURE_STRING).value(KEY));
        }
        String function = createStack("touban-verify");

        Run run = verify(Map.of(), "--stack", "touban-verify");

        assertThat(run.out()).containsPattern("FAIL +handoff schedule +no enabled EventBridge Scheduler schedule invokes " + function);
    }

    @Test
    void stackWithTheCanaryOn_butNoCanaryAlarm_failsTheCanaryLine() {
        createStack("touban-verify", CANARY_FUNCTION);
        String canary;
        try (CloudFormationClient cfn = clients.configure(CloudFormationClient.builder()).build()) {
            canary = cfn.describeStackResource(r -> r.stackName("touban-verify").logicalResourceId("CanaryFunction"))
                    .stackResourceDetail().physicalResourceId();
        }

        Run run = verify(Map.of(), "--stack", "touban-verify");

        assertThat(run.out()).containsPattern("FAIL +scheduled canary +the stack has " + canary + " but no CanaryAlarm");
    }

    @Test
    void missingSecretParameter_failsTheChecksThatNeedIt_only() {
        createStack("touban-verify");

        Run run = verify(Map.of(), "--stack", "touban-verify");

        assertThat(run.out())
                .containsPattern("FAIL +Slack signature accepted +SSM parameter /verify/signing does not exist: create it with bin/touban-secrets")
                .containsPattern("PASS +API answers")
                .containsPattern("PASS +table TTL");
    }

    @Test
    void neitherStackNorRunner_getsTheUsage() {
        Run run = verify(Map.of());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("give a stack name or the local runner's URL").contains("make verify STACK=touban");
    }

    @Test
    void unreachableStack_failsClearly() {
        Run run = verify(Map.of(), "--stack", "nowhere");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("cannot describe stack 'nowhere'");
    }

    /** The canary's function, as a stack with the canary on has it (moto's CloudFormation lists no alarms of a stack). */
    private static final String CANARY_FUNCTION = """
              CanaryFunction:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.12
                  Handler: index.handler
                  Role: !GetAtt HandoffRole.Arn
                  Code:
                    ZipFile: "def handler(event, context):\\n    return None\\n"
            """;

    private String createStack(String name) {
        return createStack(name, "");
    }

    /** A stack in the emulator's CloudFormation whose outputs point at the runner, as a deployed stack's point at AWS. */
    private String createStack(String name, String moreResources) {
        String template = """
                Parameters:
                  SlackSigningSecretParameter:
                    Type: String
                    Default: /verify/signing
                  CalendarKeyParameter:
                    Type: String
                    Default: /verify/calendar
                Resources:
                  HandoffRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - Effect: Allow
                            Principal: { Service: lambda.amazonaws.com }
                            Action: sts:AssumeRole
                  RotationHandoffFunction:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: python3.12
                      Handler: index.handler
                      Role: !GetAtt HandoffRole.Arn
                      Code:
                        ZipFile: "def handler(event, context):\\n    return None\\n"
                %sOutputs:
                  ApiUrl:
                    Value: %s
                  TableName:
                    Value: %s
                """.formatted(moreResources, local, LocalRunner.TABLE);
        try (CloudFormationClient cfn = clients.configure(CloudFormationClient.builder()).build()) {
            cfn.createStack(r -> r.stackName(name).templateBody(template).capabilitiesWithStrings("CAPABILITY_IAM"));
            return cfn.describeStackResource(r -> r.stackName(name).logicalResourceId("RotationHandoffFunction"))
                    .stackResourceDetail().physicalResourceId();
        }
    }

    private String topicWithEmailSubscriber(String name) {
        try (SnsClient sns = clients.configure(SnsClient.builder()).build()) {
            String topic = sns.createTopic(r -> r.name(name)).topicArn();
            sns.subscribe(r -> r.topicArn(topic).protocol("email").endpoint("ops@example.com"));
            return topic;
        }
    }

    private void alarmNotifying(String topic, String name) {
        try (CloudWatchClient cloudWatch = clients.configure(CloudWatchClient.builder()).build()) {
            cloudWatch.putMetricAlarm(r -> r.alarmName(name).namespace("AWS/SQS").metricName("ApproximateNumberOfMessagesVisible")
                    .statistic(Statistic.MAXIMUM).period(60).evaluationPeriods(1).threshold(0.0)
                    .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD).alarmActions(topic));
        }
    }

    private void startRunner(String secret) throws IOException {
        runner = LocalRunner.start(Map.of("TOUBAN_PORT", "0", "TOUBAN_AWS_ENDPOINT", aws.endpoint().toString(),
                "SLACK_SIGNING_SECRET", secret, "CALENDAR_KEY", KEY));
        local = "http://127.0.0.1:" + runner.port() + "/";
    }

    private Map<String, String> env(String secret) {
        return Map.of("SLACK_SIGNING_SECRET", secret, "CALENDAR_KEY", KEY);
    }

    private Run verify(Map<String, String> env, String... args) {
        Map<String, String> withEmulator = new HashMap<>(env);
        withEmulator.put("TOUBAN_AWS_ENDPOINT", aws.endpoint().toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // The runner answers only once its writes are done, so the canary never has to wait.
        int exit = new Verify(d -> {
            throw new AssertionError("the canary waited " + d);
        }, Duration.ofSeconds(5)).run(args, withEmulator, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {}
}
