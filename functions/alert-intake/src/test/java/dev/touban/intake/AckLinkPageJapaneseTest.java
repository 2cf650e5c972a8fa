package dev.touban.intake;

import static dev.touban.intake.AckLinkPageTest.link;
import static dev.touban.intake.IntakeWorld.T0;
import static org.assertj.core.api.Assertions.assertThat;

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
import dev.touban.testing.RepoFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The acknowledge page of a team that reads Japanese: in the language of the member the link was sent to. */
@ExtendWith(EmulatorExtension.class)
class AckLinkPageJapaneseTest {
    private IntakeWorld world;
    private String bobsToken;

    @BeforeEach
    void setUp(Emulated aws, @TempDir Path dir) throws IOException {
        // The example roster with the team reading Japanese, and Dave (in Los Angeles) reading English.
        String yaml = RepoFiles.read("config/oncall.example.yaml")
                .replace("    # language: ja ", "    language: ja   ")
                .replace("    timeZone: America/Los_Angeles\n", "    timeZone: America/Los_Angeles\n    language: en\n");
        Path config = dir.resolve("oncall.yaml");
        Files.writeString(config, yaml, StandardCharsets.UTF_8);
        world = new IntakeWorld(aws, Map.of("TOUBAN_CONFIG", config.toString()));
        world.runtime.desk().trigger(new NewIncident("web", "disk", "web", "sre", "sre-default",
                Alert.simple("Disk full on db-1 <primary>", "db-1", Severity.CRITICAL)), T0);
        DynamoIncidentStore store = new DynamoIncidentStore(aws.dynamo(), aws.tableName());
        store.record(1, TimelineEntry.page(T0, true, "slack", "Bob Tanaka", "ts"));
        store.record(1, TimelineEntry.page(T0, true, "sms", "Bob Tanaka", "sms"));
        store.record(1, TimelineEntry.page(T0.plusSeconds(300), true, "sms", "Dave <Ito>", "sms"));
        bobsToken = world.runtime.ackLinks().token(1, "bob", T0);
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    @Test
    void get_showsTheIncidentInJapanese_withJapaneseDatesAndButtons() {
        Map<String, Object> page = world.invoke(link("GET", bobsToken));

        assertThat(page.get("statusCode")).isEqualTo(200);
        assertThat((String) page.get("body")).startsWith("<!doctype html><html lang=\"ja\">")
                .contains("<title>インシデント #1 · Touban</title>", "<h1>インシデント #1</h1>")
                .contains("<p>Disk full on db-1 &lt;primary&gt;</p><dl><dt>サービス</dt><dd>Web shop</dd><dt>重大度</dt><dd>重大</dd>"
                        + "<dt>発生</dt><dd>11月28日(土) 18:00</dd><dt>発生元</dt><dd>db-1</dd>"
                        + "<dt>呼び出し先</dt><dd>Bob Tanaka（slack、sms）、Dave &lt;Ito&gt;（sms）</dd></dl>")
                .contains("<input type=\"hidden\" name=\"action\" value=\"acknowledge\"><button type=\"submit\">#1 を確認</button>",
                        "<input type=\"hidden\" name=\"action\" value=\"resolve\"><button type=\"submit\">#1 を解決</button>")
                .doesNotContain("Acknowledge #1", "Severity");
        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
    }

    @Test
    void get_byAMemberWhoReadsEnglish_isInEnglish_inTheTeamsZone() {
        String body = (String) world.invoke(link("GET", world.runtime.ackLinks().token(1, "dave", T0))).get("body");

        assertThat(body).startsWith("<!doctype html><html lang=\"en\">")
                .contains("<dt>Severity</dt><dd>critical</dd>", "<dt>Started</dt><dd>Sat 28 Nov 18:00 JST</dd>", "Acknowledge #1");
    }

    @Test
    void post_acknowledge_thenResolve_answerInJapanese() {
        String acked = (String) world.invoke(link("POST", bobsToken, "action=acknowledge")).get("body");
        world.clock.advance(Duration.ofMinutes(20));
        String resolved = (String) world.invoke(link("POST", bobsToken, "action=resolve")).get("body");

        assertThat(acked).contains("<h1>#1 を確認しました</h1><p>Bob Tanakaさん、ありがとうございます。エスカレーションを停止しました。"
                + "Disk full on db-1 &lt;primary&gt;</p>", "<button type=\"submit\">#1 を解決</button>");
        assertThat(resolved).contains("<h1>#1 を解決しました</h1><p>Bob Tanakaさん、ありがとうございます。"
                + "Disk full on db-1 &lt;primary&gt; を解決済みにしました。</p>");
        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.RESOLVED);
    }

    @Test
    void get_afterSomeoneElseAcknowledged_saysWhoAndWhen_inJapanese() {
        world.runtime.desk().acknowledge(1, Actor.member("alice", "Alice Sato", "slack"), T0.plusSeconds(60));

        String body = (String) world.invoke(link("GET", bobsToken)).get("body");

        assertThat(body).contains("<p>11月28日(土) 18:01にAlice Satoが確認済みです。</p>", "#1 を解決").doesNotContain("#1 を確認<");
    }

    @Test
    void post_resolve_afterSomeoneElseResolved_saysSo_inJapanese() {
        world.runtime.desk().resolve(1, Actor.member("carol", "Carol Suzuki", "slack"), T0.plusSeconds(120));

        String body = (String) world.invoke(link("POST", bobsToken, "action=resolve")).get("body");

        assertThat(body).contains("<p>11月28日(土) 18:02にCarol Suzukiが解決済みです。</p>").doesNotContain("<form");
    }

    @Test
    void expiredLink_saysWhatToDoInstead_inTheMembersLanguage() {
        world.clock.advance(AckLinks.DEFAULT_VALIDITY.plus(Duration.ofSeconds(1)));

        Map<String, Object> page = world.invoke(link("POST", bobsToken));

        assertThat(page.get("statusCode")).isEqualTo(410);
        assertThat((String) page.get("body")).startsWith("<!doctype html><html lang=\"ja\">")
                .contains("<h1>このリンクは期限切れです</h1><p>確認用のリンクの有効期限は24時間です。Slackで /oncall ack 1 を送るか、"
                        + "ショートメッセージに ACK 1 と返信してください。</p>");
        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
    }

    @Test
    void unreadableLinks_nameNobody_andSpeakTheLanguageEveryTeamReads() {
        String other = world.runtime.ackLinks().token(2, "bob", T0);
        String forged = bobsToken.substring(0, bobsToken.indexOf('.')) + other.substring(other.indexOf('.'));

        Map<String, Object> tampered = world.invoke(link("POST", forged));
        Map<String, Object> malformed = world.invoke(link("GET", "not-a-token"));

        assertThat(tampered.get("statusCode")).isEqualTo(403);
        assertThat((String) tampered.get("body")).contains("<h1>このリンクは無効です</h1><p>リンクが書き換えられたか、Toubanが作ったものではありません。");
        assertThat(malformed.get("statusCode")).isEqualTo(400);
        assertThat((String) malformed.get("body")).startsWith("<!doctype html><html lang=\"ja\">").contains("<h1>確認用のリンクではありません</h1>");
        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
    }

    @Test
    void unknownAction_isRefused_inJapanese_andChangesNothing() {
        Map<String, Object> page = world.invoke(link("POST", bobsToken, "action=delete"));

        assertThat(page.get("statusCode")).isEqualTo(400);
        assertThat((String) page.get("body")).contains("<h1>不明な操作です</h1><p>インシデントのページで「確認」か「解決」を押してください。</p>");
        assertThat(world.runtime.desk().incident(1).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
    }
}
