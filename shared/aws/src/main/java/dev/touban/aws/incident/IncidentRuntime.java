package dev.touban.aws.incident;

import dev.touban.aws.Lazy;
import dev.touban.aws.dynamo.DynamoScheduleChangeStore;
import dev.touban.aws.AwsClients;
import dev.touban.aws.Environment;
import dev.touban.aws.dynamo.DynamoHeartbeatStore;
import dev.touban.aws.dynamo.DynamoIncidentStore;
import dev.touban.aws.dynamo.DynamoRetry;
import dev.touban.aws.dynamo.DynamoMaintenanceStore;
import dev.touban.aws.dynamo.DynamoRateLimit;
import dev.touban.aws.events.EventBridgeIncidentEvents;
import dev.touban.aws.events.EventBridgeStepTrigger;
import dev.touban.aws.notify.IncidentBlocks;
import dev.touban.aws.notify.SlackIncidentBoard;
import dev.touban.aws.notify.SlackNotifier;
import dev.touban.aws.scheduler.SchedulerStepScheduler;
import dev.touban.aws.secrets.Secrets;
import dev.touban.aws.secrets.SsmSecrets;
import dev.touban.aws.slack.SlackWebApi;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.escalation.Escalator;
import dev.touban.domain.escalation.IncidentBoard;
import dev.touban.domain.escalation.Notifier;
import dev.touban.domain.escalation.Recipients;
import dev.touban.domain.escalation.StepScheduler;
import dev.touban.domain.escalation.StepTrigger;
import dev.touban.domain.heartbeat.HeartbeatWatch;
import dev.touban.domain.maintenance.Maintenance;
import dev.touban.domain.maintenance.MaintenanceHold;
import dev.touban.domain.incident.AckLinks;
import dev.touban.domain.incident.AckUrls;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.incident.IncidentEvents;
import dev.touban.domain.incident.IncidentStore;
import dev.touban.domain.incident.RateLimit;
import dev.touban.domain.incident.SmsCodes;
import dev.touban.domain.rotation.EffectiveOnCall;
import dev.touban.domain.rotation.OnCallLookup;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.scheduler.SchedulerClient;

/**
 * The incident machinery wired from a function's environment, once per cold start: the
 * store, the Scheduler and EventBridge adapters, the channels, Slack, acknowledge links.
 * Everything is built on first use, so each function creates only the clients and reads
 * only the secrets its work needs. Tests and the local runner replace parts through the
 * {@link Builder} (the step trigger, the on-call lookup, secrets, endpoints by environment).
 *
 * <pre>
 * TABLE_NAME, TOUBAN_CONFIG                     table and roster
 * SLACK_BOT_TOKEN_PARAM | SLACK_BOT_TOKEN        SSM SecureString name | the token itself off AWS
 * SLACK_API_BASE                                 Slack Web API base (a recorder in tests)
 * ACK_LINK_KEY_PARAM | ACK_LINK_KEY              SSM SecureString name | the key itself off AWS (links and SMS codes)
 * PUBLIC_BASE_URL                                https base of the HTTP API, for acknowledge links
 * SCHEDULE_GROUP, STEP_FUNCTION_ARN,             one-time schedules: group, target (the step function),
 * SCHEDULER_ROLE_ARN, SCHEDULE_DLQ_ARN           the role Scheduler assumes, its dead-letter queue
 * EVENT_BUS_NAME, EVENT_SOURCE                   EventBridge bus (default) and source (touban)
 * (the SMS, pages-topic and voice channels: see PagingChannels in touban-aws-paging)
 * </pre>
 */
public final class IncidentRuntime {
    private final AwsClients aws;
    private final OncallConfig config;
    private final Lazy<IncidentStore> store;
    private final Lazy<IncidentDesk> desk;
    private final Lazy<Escalator> escalator;
    private final Lazy<AckLinks> ackLinks;
    private final Lazy<SmsCodes> smsCodes;
    private final Lazy<RateLimit> rateLimit;
    private final Lazy<SlackWebApi> slack;
    private final Lazy<SlackIncidentBoard> board;
    private final Lazy<HeartbeatWatch> heartbeats;
    private final Maintenance maintenance;

    private IncidentRuntime(Builder b) {
        Map<String, String> env = b.env;
        AwsClients aws = b.aws;
        this.aws = aws;
        this.config = b.config != null ? b.config : ConfigLoader.load(env.getOrDefault("TOUBAN_CONFIG", "oncall.yaml"));
        String table = Environment.required(env, "TABLE_NAME");
        Secrets secrets = b.secrets != null ? b.secrets : new SsmSecrets(aws);
        OnCallLookup onCall = b.onCall != null ? b.onCall : new EffectiveOnCall(new DynamoScheduleChangeStore(aws::dynamoDb, table));
        Clock clock = b.clock;

        this.store = new Lazy<>(() -> b.storeFaults.apply(
                new DynamoIncidentStore(b.dynamoFaults.apply(aws.dynamoDb()), table, b.retry)));
        Lazy<EventBridgeClient> eventBridge = new Lazy<>(() -> aws.configure(EventBridgeClient.builder()).build());
        Lazy<SlackWebApi> slack = new Lazy<>(() -> new SlackWebApi(
                URI.create(env.getOrDefault("SLACK_API_BASE", SlackWebApi.SLACK.toString())),
                secret(env, secrets, "SLACK_BOT_TOKEN")));
        this.slack = slack;
        Lazy<String> linkKey = new Lazy<>(() -> secret(env, secrets, "ACK_LINK_KEY"));
        this.ackLinks = new Lazy<>(() -> new AckLinks(linkKey.get(), AckLinks.DEFAULT_VALIDITY));
        this.smsCodes = new Lazy<>(() -> new SmsCodes(linkKey.get()));
        String bus = env.getOrDefault("EVENT_BUS_NAME", "default");
        String source = env.getOrDefault("EVENT_SOURCE", "touban");
        Lazy<StepScheduler> scheduler = new Lazy<>(() -> b.schedulerFaults.apply(new SchedulerStepScheduler(aws.configure(SchedulerClient.builder()).build(),
                env.getOrDefault("SCHEDULE_GROUP", "touban-escalation"), env.get("STEP_FUNCTION_ARN"),
                env.get("SCHEDULER_ROLE_ARN"), env.get("SCHEDULE_DLQ_ARN"))));
        Supplier<StepTrigger> trigger = b.stepTrigger != null ? () -> b.stepTrigger
                : new Lazy<>(() -> new EventBridgeStepTrigger(eventBridge.get(), bus, source, clock));
        Lazy<IncidentEvents> events = new Lazy<>(() -> new EventBridgeIncidentEvents(eventBridge.get(), bus, source));
        IncidentBlocks blocks = new IncidentBlocks(config);
        this.maintenance = new Maintenance(config, new DynamoMaintenanceStore(aws::dynamoDb, table));
        Lazy<SlackIncidentBoard> board = new Lazy<>(() -> new SlackIncidentBoard(slack, store.get(), config, blocks));
        this.board = board;
        IncidentBoard deskBoard = b.deskBoard != null ? b.deskBoard : (incident, headline) -> board.get().show(incident, headline);

        this.desk = new Lazy<>(() -> new IncidentDesk(config, store.get(), lazyScheduler(scheduler), lazyTrigger(trigger),
                (kind, incident, actor, at) -> events.get().publish(kind, incident, actor, at), deskBoard));
        Function<IncidentRuntime, List<Notifier>> paging = b.pagingChannels != null ? b.pagingChannels : r -> List.of();
        this.escalator = new Lazy<>(() -> {
            List<Notifier> notifiers = new ArrayList<>();
            notifiers.add(new SlackNotifier(slack, store.get(), blocks));
            notifiers.addAll(paging.apply(this));
            String base = env.get("PUBLIC_BASE_URL");
            AckUrls urls = base == null || base.isBlank() ? AckUrls.none() : new AckUrls(ackLinks.get(), base);
            return new Escalator(config, store.get(), scheduler.get(), notifiers.stream().map(b.notifierFaults).toList(), board.get(),
                    new Recipients(config, onCall), urls, clock, new MaintenanceHold(config, maintenance));
        });
        this.rateLimit = new Lazy<>(() -> new DynamoRateLimit(aws.dynamoDb(), table));
        this.heartbeats = new Lazy<>(() -> new HeartbeatWatch(config, new DynamoHeartbeatStore(aws::dynamoDb, table), desk.get()));
    }

    public static Builder builder(Map<String, String> env, AwsClients aws, Clock clock) {
        return new Builder(env, aws, clock);
    }

    public OncallConfig config() {
        return config;
    }

    /** The AWS clients' shared settings and HTTP client, for a function's other adapters. */
    public AwsClients aws() {
        return aws;
    }

    public IncidentDesk desk() {
        return desk.get();
    }

    public Escalator escalator() {
        return escalator.get();
    }

    public AckLinks ackLinks() {
        return ackLinks.get();
    }

    /** The short codes SMS pages carry and SMS replies must give back (keyed by the acknowledge-link key). */
    public SmsCodes smsCodes() {
        return smsCodes.get();
    }

    /** Counters shared by every instance, one table item per key and minute. */
    public RateLimit rateLimit() {
        return rateLimit.get();
    }

    /** Heartbeat pings and the sweep's heartbeat check, opening and resolving incidents through the desk. */
    public HeartbeatWatch heartbeats() {
        return heartbeats.get();
    }

    /** Maintenance windows: oncall.yaml's and those started from Slack (one GetItem per service asked about). */
    public Maintenance maintenance() {
        return maintenance;
    }

    public SlackWebApi slack() {
        return slack.get();
    }

    /** The incident's Slack messages, updated here and now (whatever the desk was given to update them). */
    public IncidentBoard board() {
        return board.get();
    }

    public static final class Builder {
        private final Map<String, String> env;
        private final AwsClients aws;
        private final Clock clock;
        private OncallConfig config;
        private Secrets secrets;
        private OnCallLookup onCall;
        private StepTrigger stepTrigger;
        private Function<IncidentRuntime, List<Notifier>> pagingChannels;
        private DynamoRetry retry = DynamoRetry.DEFAULT;
        private UnaryOperator<DynamoDbClient> dynamoFaults = UnaryOperator.identity();
        private UnaryOperator<IncidentStore> storeFaults = UnaryOperator.identity();
        private UnaryOperator<StepScheduler> schedulerFaults = UnaryOperator.identity();
        private UnaryOperator<Notifier> notifierFaults = UnaryOperator.identity();
        private IncidentBoard deskBoard;

        private Builder(Map<String, String> env, AwsClients aws, Clock clock) {
            this.env = env;
            this.aws = aws;
            this.clock = clock;
        }

        public Builder config(OncallConfig config) {
            this.config = config;
            return this;
        }

        public Builder secrets(Secrets secrets) {
            this.secrets = secrets;
            return this;
        }

        /** Who is on call (the override-aware lookup replaces the configured rotations here). */
        public Builder onCall(OnCallLookup onCall) {
            this.onCall = onCall;
            return this;
        }

        /** How a step is asked for at once (in-process locally; an EventBridge event in the deployment). */
        public Builder stepTrigger(StepTrigger stepTrigger) {
            this.stepTrigger = stepTrigger;
            return this;
        }

        /**
         * The channels beyond Slack the escalation pages through, built with the escalator
         * from the runtime being built (the functions that page give {@code PagingChannels.fromEnvironment},
         * with the runtime's SMS codes); none when not given.
         */
        public Builder pagingChannels(Function<IncidentRuntime, List<Notifier>> pagingChannels) {
            this.pagingChannels = pagingChannels;
            return this;
        }

        /** How DynamoDB throttling and transaction conflicts are retried (tests give one that does not sleep). */
        public Builder retry(DynamoRetry retry) {
            this.retry = retry;
            return this;
        }

        /**
         * Test seams: each part of an escalation step as built here, passed through a wrapper
         * that may inject faults (throttling, conflicts, a crash at a chosen call).
         */
        public Builder wrapDynamo(UnaryOperator<DynamoDbClient> wrapper) {
            this.dynamoFaults = wrapper;
            return this;
        }

        public Builder wrapStore(UnaryOperator<IncidentStore> wrapper) {
            this.storeFaults = wrapper;
            return this;
        }

        public Builder wrapScheduler(UnaryOperator<StepScheduler> wrapper) {
            this.schedulerFaults = wrapper;
            return this;
        }

        public Builder wrapNotifiers(UnaryOperator<Notifier> wrapper) {
            this.notifierFaults = wrapper;
            return this;
        }

        /**
         * How the desk updates Slack after an acknowledgement or resolve (the Slack webhook hands
         * the update to a follow-up off its request path); the board itself when not given.
         */
        public Builder deskBoard(IncidentBoard deskBoard) {
            this.deskBoard = deskBoard;
            return this;
        }

        public IncidentRuntime build() {
            return new IncidentRuntime(this);
        }
    }

    private static StepScheduler lazyScheduler(Supplier<StepScheduler> scheduler) {
        return new StepScheduler() {
            @Override
            public void schedule(long incident, int step, java.time.Instant at) {
                scheduler.get().schedule(incident, step, at);
            }

            @Override
            public void cancel(long incident, int step) {
                scheduler.get().cancel(incident, step);
            }
        };
    }

    private static StepTrigger lazyTrigger(Supplier<StepTrigger> trigger) {
        return (incident, step) -> trigger.get().runNow(incident, step);
    }

    /** A secret from its SSM parameter ({@code NAME_PARAM}); off AWS (an emulator endpoint set) it may be given directly. */
    private static String secret(Map<String, String> env, Secrets secrets, String name) {
        String parameter = env.get(name + "_PARAM");
        if (parameter != null && !parameter.isBlank()) {
            return secrets.get(parameter);
        }
        if (env.containsKey("TOUBAN_AWS_ENDPOINT") && env.get(name) != null && !env.get(name).isBlank()) {
            return env.get(name);
        }
        throw new IllegalStateException(name + "_PARAM must name the SSM SecureString parameter holding it");
    }
}
