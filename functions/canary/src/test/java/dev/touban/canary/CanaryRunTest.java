package dev.touban.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoIncidentStore;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.RoutingKeys;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import dev.touban.domain.incident.TimelineEntry;
import dev.touban.testing.CanaryRoster;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One canary run against the table on the emulator: what it judges, acknowledges, resolves, counts and triggers. */
@ExtendWith(EmulatorExtension.class)
class CanaryRunTest {
    static final Instant T0 = Instant.parse("2026-12-05T00:00:00Z");
    static final Duration INTERVAL = Duration.ofMinutes(15);
    static final OncallConfig CONFIG = ConfigLoader.parse("oncall.yaml", CanaryRoster.yaml());

    private final MutableClock clock = new MutableClock(T0);
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private DynamoIncidentStore store;
    private IntakeStandIn api;
    private CanaryRun run;

    @BeforeEach
    void wire(Emulated aws) {
        store = new DynamoIncidentStore(new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region())).dynamoDb(), aws.tableName());
        api = new IntakeStandIn(CONFIG, store, clock);
        run = new CanaryRun(CONFIG.service(CanaryRoster.SERVICE).orElseThrow(), CanaryRoster.KEY, store, api, Duration.ofMinutes(5),
                new CanaryMetrics("touban-canary", new PrintStream(printed, true, StandardCharsets.UTF_8)));
    }

    @Test
    void aCanaryDeliveredInTime_isAcknowledgedResolvedAndCounted_withItsLatency_andTheNextIsTriggered() throws IOException {
        Map<String, Object> first = fire(T0);
        Incident canary = store.openByDedup(CanaryRoster.SERVICE, "touban-canary-" + T0).orElseThrow();
        deliver(canary, T0.plusMillis(850));

        Map<String, Object> second = fire(T0.plus(INTERVAL));

        assertThat(first).containsEntry("checked", List.of()).containsEntry("triggered", "touban-canary-" + T0);
        assertThat(second.get("checked")).isEqualTo(List.of(Map.of("incident", canary.number(), "latencyMs", 850L, "verdict", "completed")));
        assertThat(store.get(canary.number()).orElseThrow().status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(store.get(canary.number()).orElseThrow().acknowledgedBy()).isNotNull();
        assertThat(api.actions()).containsExactly("trigger touban-canary-" + T0, "acknowledge touban-canary-" + T0,
                "resolve touban-canary-" + T0, "trigger touban-canary-" + T0.plus(INTERVAL));
        assertThat(store.openByDedup(CanaryRoster.SERVICE, "touban-canary-" + T0.plus(INTERVAL))).isPresent();
        Map<String, Object> metric = JSON.std.mapFrom(lines().getFirst());
        assertThat(lines()).hasSize(1);
        assertThat(metric).containsEntry("CanaryCompleted", 1).containsEntry("CanaryLatencyMs", 850)
                .containsEntry("FunctionName", "touban-canary").containsEntry("canaryIncident", (int) canary.number());
        assertThat(metric.toString()).contains("Namespace=Touban", "Name=CanaryCompleted", "Unit=Count", "Name=CanaryLatencyMs", "Unit=Milliseconds");
    }

    @Test
    void aCanaryNeverDelivered_isResolvedAfterTheBound_butNotCounted() {
        fire(T0);
        long number = store.openByDedup(CanaryRoster.SERVICE, "touban-canary-" + T0).orElseThrow().number();

        Map<String, Object> second = fire(T0.plus(INTERVAL));

        assertThat(second.get("checked")).isEqualTo(List.of(Map.of("incident", number, "verdict", "undelivered")));
        assertThat(store.get(number).orElseThrow().status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(store.get(number).orElseThrow().acknowledgedBy()).isNull();
        assertThat(printed.size()).isZero();
    }

    @Test
    void aCanaryDeliveredLate_isResolved_butNotCounted() {
        fire(T0);
        Incident canary = store.openByDedup(CanaryRoster.SERVICE, "touban-canary-" + T0).orElseThrow();
        deliver(canary, T0.plus(Duration.ofMinutes(6)));

        Map<String, Object> second = fire(T0.plus(INTERVAL));

        assertThat(second.get("checked")).isEqualTo(List.of(Map.of("incident", canary.number(), "latencyMs", 360_000L, "verdict", "late")));
        assertThat(store.get(canary.number()).orElseThrow().status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(printed.size()).isZero();
    }

    @Test
    void aCanaryStillWithinItsBound_isLeftOpen() {
        fire(T0);
        long number = store.openByDedup(CanaryRoster.SERVICE, "touban-canary-" + T0).orElseThrow().number();

        Map<String, Object> soon = fire(T0.plus(Duration.ofMinutes(3)));

        assertThat(soon.get("checked")).isEqualTo(List.of(Map.of("incident", number, "verdict", "waiting")));
        assertThat(store.get(number).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(printed.size()).isZero();
    }

    @Test
    void aDeliveredCanaryWhoseResolveIsRefused_isNotCounted() {
        fire(T0);
        Incident canary = store.openByDedup(CanaryRoster.SERVICE, "touban-canary-" + T0).orElseThrow();
        deliver(canary, T0.plusSeconds(1));
        api.refuse("resolve", 500);

        Map<String, Object> second = fire(T0.plus(INTERVAL));

        assertThat(second.get("checked")).isEqualTo(List.of(Map.of("incident", canary.number(), "latencyMs", 1000L, "verdict", "not-resolved")));
        assertThat(store.get(canary.number()).orElseThrow().status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
        assertThat(printed.size()).isZero();
    }

    @Test
    void aRetriedFiring_triggersNoSecondCanary() {
        fire(T0);
        fire(T0);

        assertThat(store.open()).hasSize(1);
        assertThat(store.open().getFirst().repeats()).isEqualTo(1);
    }

    @Test
    void aTriggerTheApiRefuses_failsTheRun_afterTheChecks() {
        fire(T0);
        Incident canary = store.openByDedup(CanaryRoster.SERVICE, "touban-canary-" + T0).orElseThrow();
        deliver(canary, T0.plusSeconds(2));
        api.refuse("trigger", 429);
        clock.set(T0.plus(INTERVAL));

        assertThatThrownBy(() -> run.run(new CanaryEvent(T0.plus(INTERVAL)), clock.instant()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not accept the canary trigger touban-canary-" + T0.plus(INTERVAL) + ": HTTP 429")
                .hasMessageNotContaining(CanaryRoster.KEY);
        assertThat(store.get(canary.number()).orElseThrow().status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(lines()).hasSize(1);
    }

    @Test
    void incidentsOfOtherServices_areLeftAlone() {
        store.trigger(new NewIncident("web", "disk", "web", "sre", "sre-default", Alert.simple("Disk full", "db-1", Severity.CRITICAL)),
                T0.minus(Duration.ofHours(1)));

        Map<String, Object> result = fire(T0);

        assertThat(result).containsEntry("checked", List.of());
        assertThat(store.openByDedup("web", "disk")).map(Incident::status).contains(IncidentStatus.TRIGGERED);
    }

    @Test
    void aServiceNotMarkedCanary_isRefused_soTheCanaryCanNeverPageAPerson() {
        var web = CONFIG.serviceByRoutingKey(RoutingKeys.EXAMPLE_KEY).orElseThrow();

        assertThatThrownBy(() -> new CanaryRun(web, RoutingKeys.EXAMPLE_KEY, store, api, Duration.ofMinutes(5),
                new CanaryMetrics("touban-canary", System.out)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("service 'web' is not marked canary: true");
        assertThat(api.events).isEmpty();
    }

    private Map<String, Object> fire(Instant at) {
        clock.set(at);
        return run.run(new CanaryEvent(at), at);
    }

    /** What the escalation step records when the canary channel's page is accepted by Slack. */
    private void deliver(Incident canary, Instant at) {
        store.record(canary.number(), TimelineEntry.page(at, true, "slack", "<#" + CanaryRoster.CHANNEL + ">", "1733356800.000100"));
    }

    private List<String> lines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
