package dev.touban.intake;

import static dev.touban.intake.IntakeWorld.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.dynamo.DynamoIncidentStore;
import dev.touban.domain.incident.AckLinks;
import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import dev.touban.domain.incident.TimelineEntry;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.HostileText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmulatorExtension.class)
class AckLinkPageTest {
    private IntakeWorld world;
    private String token;

    @BeforeEach
    void setUp(Emulated aws) {
        world = new IntakeWorld(aws, Map.of());
        world.runtime.desk().trigger(new NewIncident("web", "disk", "web", "sre", "sre-default",
                Alert.simple("Disk full on db-1 <primary>", "db-1", Severity.CRITICAL)), T0);
        DynamoIncidentStore store = new DynamoIncidentStore(aws.dynamo(), aws.tableName());
        store.record(1, TimelineEntry.page(T0, true, "slack", "Bob Tanaka", "ts"));
        store.record(1, TimelineEntry.page(T0, true, "sms", "Bob Tanaka", "sms"));
        store.record(1, TimelineEntry.page(T0, false, "voice", "Bob Tanaka", "refused"));
        store.record(1, TimelineEntry.page(T0.plusSeconds(300), true, "sms", "Dave <Ito>", "sms"));
        token = world.runtime.ackLinks().token(1, "bob", T0);
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    @Test
    void get_showsTheIncidentAndAButton_butAcknowledgesNothing() {
        Map<String, Object> page = world.invoke(link("GET", token));

        assertThat(page.get("statusCode")).isEqualTo(200);
        assertThat((String) page.get("body")).contains("Incident #1", "Disk full on db-1 &lt;primary&gt;",
                "<form method=\"post\" action=\"/ack/" + token + "\">", "Acknowledge #1");
        assertThat(headers(page)).containsEntry("cache-control", "no-store").containsEntry("referrer-policy", "no-referrer");
        assertThat(headers(page).get("content-security-policy")).contains("default-src 'none'", "frame-ancestors 'none'", "form-action 'self'");
        assertThat(headers(page)).containsEntry("x-content-type-options", "nosniff");
        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
    }

    @Test
    void get_showsServiceSeverityStartInTheTeamsZoneAndWhoWasPaged_withAcknowledgeAndResolveButtons() {
        String body = (String) world.invoke(link("GET", world.runtime.ackLinks().token(1, "dave", T0))).get("body");

        assertThat(body).contains("<dt>Service</dt><dd>Web shop</dd>", "<dt>Severity</dt><dd>critical</dd>",
                "<dt>Started</dt><dd>Sat 28 Nov 18:00 JST</dd>", "<dt>Paged</dt><dd>Bob Tanaka (slack, sms), Dave &lt;Ito&gt; (sms)</dd>",
                "<input type=\"hidden\" name=\"action\" value=\"acknowledge\"><button type=\"submit\">Acknowledge #1</button>",
                "<input type=\"hidden\" name=\"action\" value=\"resolve\"><button type=\"submit\">Resolve #1</button>");
        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
    }

    @Test
    void post_resolve_resolvesAsTheMemberTheLinkWasSentTo() {
        Map<String, Object> page = world.invoke(link("POST", token, "action=resolve"));

        assertThat(page.get("statusCode")).isEqualTo(200);
        assertThat((String) page.get("body")).contains("Resolved #1", "Thank you, Bob Tanaka.");
        assertThat(world.runtime.desk().incident(1).orElseThrow().resolvedBy()).isEqualTo(Actor.member("bob", "Bob Tanaka", "link"));
    }

    @Test
    void post_acknowledge_thenResolve_fromTheSameLink() {
        Map<String, Object> acked = world.invoke(link("POST", token, "action=acknowledge"));
        world.clock.advance(Duration.ofMinutes(20));
        Map<String, Object> resolved = world.invoke(link("POST", token, "action=resolve"));

        assertThat((String) acked.get("body")).contains("Acknowledged #1", "value=\"resolve\"");
        assertThat((String) resolved.get("body")).contains("Resolved #1");
        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.RESOLVED);
    }

    @Test
    void get_afterAcknowledgement_saysWhoAndWhen_andOffersOnlyResolve() {
        world.runtime.desk().acknowledge(1, Actor.member("alice", "Alice Sato", "slack"), T0.plusSeconds(60));

        String body = (String) world.invoke(link("GET", token)).get("body");

        assertThat(body).contains("Already acknowledged by Alice Sato at Sat 28 Nov 18:01 JST.", "Resolve #1").doesNotContain("Acknowledge #1");
    }

    @Test
    void post_resolve_afterSomeoneElseResolved_saysWhoAndWhen_andChangesNothing() {
        world.runtime.desk().resolve(1, Actor.member("carol", "Carol Suzuki", "slack"), T0.plusSeconds(120));

        Map<String, Object> page = world.invoke(link("POST", token, "action=resolve"));

        assertThat((String) page.get("body")).contains("Already resolved by Carol Suzuki at Sat 28 Nov 18:02 JST.").doesNotContain("<form");
        assertThat(world.runtime.desk().incident(1).orElseThrow().resolvedBy().name()).isEqualTo("Carol Suzuki");
    }

    @Test
    void post_unknownAction_getsA400Page_andChangesNothing() {
        Map<String, Object> page = world.invoke(link("POST", token, "action=delete"));

        assertThat(page.get("statusCode")).isEqualTo(400);
        assertThat((String) page.get("body")).contains("Unknown action");
        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
    }

    @Test
    void post_resolve_withATamperedToken_getsA403Page_andChangesNothing() {
        String other = world.runtime.ackLinks().token(2, "bob", T0);
        String forged = token.substring(0, token.indexOf('.')) + other.substring(other.indexOf('.'));

        Map<String, Object> page = world.invoke(link("POST", forged, "action=resolve"));

        assertThat(page.get("statusCode")).isEqualTo(403);
        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
    }

    @Test
    void post_acknowledgesAsTheMemberTheLinkWasSentTo() {
        Map<String, Object> page = world.invoke(link("POST", token));

        assertThat(page.get("statusCode")).isEqualTo(200);
        assertThat((String) page.get("body")).contains("Acknowledged #1", "Thank you, Bob Tanaka.");
        assertThat(world.runtime.desk().incident(1).orElseThrow().acknowledgedBy()).isEqualTo(Actor.member("bob", "Bob Tanaka", "link"));
    }

    @Test
    void post_afterSomeoneElseAcknowledged_saysWhoAndWhenInTheTeamsZone_evenToAMemberElsewhere() {
        world.runtime.desk().acknowledge(1, Actor.member("alice", "Alice Sato", "slack"), T0.plusSeconds(60));

        Map<String, Object> page = world.invoke(link("POST", world.runtime.ackLinks().token(1, "dave", T0)));

        assertThat((String) page.get("body")).contains("Already acknowledged by Alice Sato at Sat 28 Nov 18:01 JST.");
        assertThat(world.runtime.desk().incident(1).orElseThrow().acknowledgedBy().name()).isEqualTo("Alice Sato");
    }

    @Test
    void tamperedToken_getsA403Page_andChangesNothing() {
        String other = world.runtime.ackLinks().token(2, "bob", T0);
        String forged = token.substring(0, token.indexOf('.')) + other.substring(other.indexOf('.'));

        Map<String, Object> page = world.invoke(link("POST", forged));

        assertThat(page.get("statusCode")).isEqualTo(403);
        assertThat((String) page.get("body")).contains("This link is not valid");
        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
    }

    @Test
    void expiredToken_getsA410PageSayingWhatToDoInstead() {
        world.clock.advance(AckLinks.DEFAULT_VALIDITY.plus(Duration.ofSeconds(1)));

        Map<String, Object> page = world.invoke(link("POST", token));

        assertThat(page.get("statusCode")).isEqualTo(410);
        assertThat((String) page.get("body")).contains("This link has expired", "/oncall ack 1", "reply ACK 1");
        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
    }

    @Test
    void malformedToken_getsA400Page() {
        Map<String, Object> page = world.invoke(link("GET", "not-a-token"));

        assertThat(page.get("statusCode")).isEqualTo(400);
        assertThat((String) page.get("body")).contains("This is not an acknowledge link");
    }

    @Test
    void linkToAResolvedIncident_saysSo() {
        world.runtime.desk().resolve(1, Actor.member("carol", "Carol Suzuki", "slack"), T0.plusSeconds(120));

        Map<String, Object> page = world.invoke(link("GET", token));

        assertThat(page.get("statusCode")).isEqualTo(200);
        assertThat((String) page.get("body")).contains("Already resolved by Carol Suzuki").doesNotContain("<form");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> headers(Map<String, Object> response) {
        return (Map<String, String>) response.get("headers");
    }

    /** An alert's text and an Events API tool's User-Agent on the acknowledge page: shown as text, never as markup. */
    @Test
    void hostileAlertText_andActorName_areInertOnThePage() {
        world.runtime.desk().trigger(new NewIncident("web", "hostile", "web", "sre", "sre-default",
                new Alert(HostileText.ALL, HostileText.ALL, Severity.CRITICAL, null, null, null, null, T0, null, null, java.util.List.of())), T0);
        String hostileToken = world.runtime.ackLinks().token(2, "bob", T0);

        Map<String, Object> shown = world.invoke(link("GET", hostileToken));
        Map<String, Object> acknowledged = world.invoke(link("POST", hostileToken));
        world.runtime.desk().trigger(new NewIncident("web", "hostile-2", "web", "sre", "sre-default",
                Alert.simple("disk", "db-1", Severity.CRITICAL)), T0);
        world.runtime.desk().acknowledge(3, Actor.system(HostileText.SHORT, "Events API"), T0);
        Map<String, Object> already = world.invoke(link("GET", world.runtime.ackLinks().token(3, "bob", T0)));

        for (Map<String, Object> page : java.util.List.of(shown, acknowledged, already)) {
            assertThat(page.get("statusCode")).isEqualTo(200);
            HostileText.assertInertHtml((String) page.get("body"), "&lt;!channel&gt;");
        }
        assertThat((String) acknowledged.get("body")).contains("Tom &amp; Jerry", "&lt;script&gt;alert(1)&lt;/script&gt;");
        world.apis.calls().forEach(c -> HostileText.assertInertMrkdwn(c.body()));
    }

    static String link(String method, String token) {
        return link(method, token, "");
    }

    @SuppressWarnings("unchecked")
    static String link(String method, String token, String form) {
        try {
            Map<String, Object> event = JSON.std.mapFrom(IntakeWorld.event("alert-intake-ack-link.json"));
            event.put("rawPath", "/ack/" + token);
            event.put("pathParameters", Map.of("token", token));
            Map<String, Object> http = (Map<String, Object>) ((Map<String, Object>) event.get("requestContext")).get("http");
            http.put("method", method);
            http.put("path", "/ack/" + token);
            if (method.equals("POST")) {
                event.put("routeKey", "POST /ack/{token}");
                ((Map<String, Object>) event.get("headers")).put("content-type", "application/x-www-form-urlencoded");
                event.put("body", form);
            }
            return JSON.std.asString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
