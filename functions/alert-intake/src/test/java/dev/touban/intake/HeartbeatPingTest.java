package dev.touban.intake;

import static dev.touban.intake.IntakeWorld.event;
import static dev.touban.intake.IntakeWorld.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.domain.config.RoutingKeys;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.TimelineEntry;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code GET|POST /heartbeat/{key}}: a ping is recorded, ends a miss, and bad pings change nothing. */
@ExtendWith(EmulatorExtension.class)
class HeartbeatPingTest {
    private static final String PING = "alert-intake-heartbeat-ping.json";
    private static final String PATH = "/heartbeat/" + RoutingKeys.EXAMPLE_HEARTBEAT_KEY;
    private IntakeWorld world;

    @AfterEach
    void tearDown() {
        if (world != null) {
            world.close();
        }
    }

    @Test
    void alertmanagersWebhookPost_isRecordedAsThePing_inOneItem(Emulated aws) throws Exception {
        world = new IntakeWorld(aws, Map.of());

        Map<String, Object> answer = world.invoke(event(PING));

        assertThat(answer.get("statusCode")).isEqualTo(200);
        assertThat(JSON.std.mapFrom((String) answer.get("body"))).containsEntry("status", "ok").containsEntry("heartbeat", "web/watchdog")
                .containsEntry("lastPingAt", "2026-11-28T09:00:00Z");
        assertThat(world.items()).hasSize(1);
        assertThat(world.items().get(0).get("pk").s()).isEqualTo("HEARTBEAT");
        assertThat(world.items().get(0).get("lastPingAt").s()).isEqualTo("2026-11-28T09:00:00.000Z");
    }

    @Test
    void aGetPing_withNoBody_counts_andAnOlderPingNeverMovesTheLastPingBack(Emulated aws) throws Exception {
        world = new IntakeWorld(aws, Map.of());
        world.clock.advance(Duration.ofMinutes(3));
        world.invoke(request(PING, "GET", PATH));
        world.clock.set(IntakeWorld.T0);

        Map<String, Object> late = world.invoke(event(PING));

        assertThat(late.get("statusCode")).isEqualTo(200);
        assertThat(JSON.std.mapFrom((String) late.get("body"))).containsEntry("lastPingAt", "2026-11-28T09:03:00Z");
    }

    @Test
    void thePingAfterAMiss_resolvesTheIncidentTheSweepOpened_andSaysSoOnTheTimeline(Emulated aws) throws Exception {
        world = new IntakeWorld(aws, Map.of());
        world.invoke(event(PING));
        world.clock.advance(Duration.ofMinutes(8));
        List<String> swept = world.runtime.heartbeats().sweep(world.clock.instant());
        Incident opened = world.runtime.desk().incident(1).orElseThrow();

        Map<String, Object> answer = world.invoke(event(PING));

        assertThat(swept).containsExactly("web/watchdog: missed, incident #1 opened");
        assertThat(opened.dedupKey()).isEqualTo("heartbeat:watchdog");
        assertThat(opened.alert().summary()).startsWith("Heartbeat watchdog of Web shop missed: no ping since 2026-11-28T09:00:00Z");
        assertThat(JSON.std.mapFrom((String) answer.get("body"))).containsEntry("resolved", 1);
        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(world.runtime.desk().timeline(1)).extracting(TimelineEntry::detail)
                .anyMatch(d -> d != null && d.startsWith("pinged again at 2026-11-28T09:08:00Z: the monitor is alive"));
        assertThat(world.runtime.heartbeats().sweep(world.clock.instant())).as("nothing left to do").isEmpty();
    }

    @Test
    void badPings_areRefused_andStoreNothing(Emulated aws) throws Exception {
        world = new IntakeWorld(aws, Map.of());
        List<Object> statuses = new ArrayList<>();
        for (String path : List.of("/heartbeat/", "/heartbeat/short", "/heartbeat/" + "f".repeat(32), "/heartbeat/" + "f".repeat(33),
                "/heartbeat/" + RoutingKeys.EXAMPLE_KEY, PATH + "/extra", "/heartbeat/%2e%2e")) {
            statuses.add(world.invoke(request(PING, "POST", path)).get("statusCode"));
        }
        Map<String, Object> put = world.invoke(request(PING, "PUT", PATH));
        Map<String, Object> unknown = world.invoke(request(PING, "POST", "/heartbeat/" + "f".repeat(32)));

        assertThat(statuses).containsOnly(404);
        assertThat(put.get("statusCode")).isEqualTo(405);
        assertThat(JSON.std.mapFrom((String) unknown.get("body")).get("message")).asString().startsWith("No heartbeat has this key.");
        assertThat(world.items()).isEmpty();
    }

    @Test
    void unknownKeys_areLimitedInMemory_beforeAnyTableWork_andAKnownKeyOverItsLimitGets429(Emulated aws) throws Exception {
        world = new IntakeWorld(aws, Map.of("UNAUTHENTICATED_PER_MINUTE", "3"));
        List<Object> flood = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            flood.add(world.invoke(request(PING, "POST", "/heartbeat/" + "a".repeat(32))).get("statusCode"));
        }
        boolean storedByFlood = !world.items().isEmpty();
        List<Object> pings = new ArrayList<>();
        for (int i = 0; i < HeartbeatEndpoint.PINGS_PER_MINUTE + 1; i++) {
            pings.add(world.invoke(event(PING)).get("statusCode"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> headers = (Map<String, Object>) world.invoke(event(PING)).get("headers");

        assertThat(flood).containsExactly(404, 404, 404, 429, 429, 429);
        assertThat(storedByFlood).isFalse();
        assertThat(pings.subList(0, HeartbeatEndpoint.PINGS_PER_MINUTE)).containsOnly(200);
        assertThat(pings.get(HeartbeatEndpoint.PINGS_PER_MINUTE)).isEqualTo(429);
        assertThat(headers).containsEntry("retry-after", "60");
    }

    @Test
    void theExampleHeartbeatKey_isRefused_asTheDeploymentWiresTheIntake(Emulated aws) {
        world = new IntakeWorld(aws, Map.of());
        Map<String, String> deployed = new HashMap<>(world.env);
        deployed.remove(IntakeSettings.ACCEPT_EXAMPLE_KEY);

        Map<String, Object> answer = world.invoke(new AlertIntakeHandler(deployed, world.clock), event(PING));

        assertThat(answer.get("statusCode")).isEqualTo(404);
        assertThat(world.items()).isEmpty();
    }
}
