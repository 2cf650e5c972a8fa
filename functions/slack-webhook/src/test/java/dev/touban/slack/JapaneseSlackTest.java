package dev.touban.slack;

import static dev.touban.slack.SlackWorld.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.escalation.StepCause;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.RepoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example roster with {@code language: ja} on its team, and Dave reading English: answers
 * only the caller reads follow the caller's language, the channel's follow the team's, and times
 * read {@code 11月28日(土) 18:00}. Commands and names stay as typed.
 */
@ExtendWith(EmulatorExtension.class)
class JapaneseSlackTest {
    private static final String ALICE = "U01ALICE";
    private static final String BOB = "U02BOB";
    private static final String DAVE = "U04DAVE";

    private SlackWorld world;

    @BeforeEach
    void setUp(Emulated aws, @TempDir Path dir) throws IOException {
        String example = RepoFiles.read("config/oncall.example.yaml");
        String japanese = example.replace("    # language: ja ", "    language: ja   ")
                .replace("    timeZone: America/Los_Angeles\n", "    timeZone: America/Los_Angeles\n    language: en\n");
        assertThat(japanese).contains("    language: ja").contains("    language: en");
        Path roster = dir.resolve("oncall.yaml");
        Files.writeString(roster, japanese);
        world = new SlackWorld(aws, roster.toString());
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    @Test
    void helloAndBye_answerInJapanese_withJapaneseDatesAndLengths() {
        Map<String, Object> hello = world.command(ALICE, "hello 週末待機");
        world.clock.advance(Duration.ofHours(3).plusMinutes(30));
        Map<String, Object> again = world.command(ALICE, "hello");
        Map<String, Object> bye = world.command(ALICE, "bye");
        Map<String, Object> byeAgain = world.command(ALICE, "bye");

        assertThat(text(hello)).isEqualTo(":wave: 11月28日(土) 18:00にSREの待機を開始しました (週末待機)。"
                + "終わったら `/oncall bye` を送ってください。");
        assertThat(text(again)).isEqualTo("11月28日(土) 18:00から待機中です（3時間30分前）。終了するには `/oncall bye` を送ってください。");
        assertThat(text(bye)).isEqualTo(":checkered_flag: 11月28日(土) 21:30に待機を終了しました。待機時間 3時間30分（週末: 11月28日(土)）。"
                + "お疲れさまでした！");
        assertThat(text(byeAgain)).startsWith("待機中ではないため");
    }

    @Test
    void aMemberWhoReadsEnglish_getsEnglish_inTheJapaneseTeam() {
        assertThat(text(world.command(DAVE, "hello"))).isEqualTo(":wave: Clocked in for SRE at Sat 28 Nov 18:00 JST. "
                + "Send `/oncall bye` when you are done.");
        assertThat(text(world.command(DAVE, "help"))).startsWith("*Touban* on-call commands:");
    }

    @Test
    void who_readsJapaneseDates_andAnswersInJapanese() {
        String now = text(world.command(ALICE, "who"));
        String tomorrow = text(world.command(ALICE, "who 明日"));
        String onTheDay = text(world.command(ALICE, "who 12月29日"));

        assertThat(now).startsWith("SRE の当番（現在）:\n• プライマリ: *").contains("まで");
        assertThat(tomorrow).startsWith("SRE の当番（11月29日(日) 12:00）:\n• プライマリ: *");
        assertThat(onTheDay).startsWith("SRE の当番（12月29日(火) 12:00）:\n• プライマリ: *");
        assertThat(text(world.command(ALICE, "who 来週"))).startsWith("SRE の当番（12月5日(土) 12:00）:");
    }

    @Test
    void who_withABadDate_saysSoInJapanese_andWritesNothing() {
        var before = world.moto.sqsBodies().size();

        assertThat(text(world.command(ALICE, "who 13月1日"))).startsWith("`13月1日` は存在しない日付です。")
                .endsWith("例: `/oncall who 来週`");
        assertThat(text(world.command(ALICE, "who いつか"))).startsWith("`いつか` は日付として読めません。使える形式: `12月29日`");
        assertThat(world.moto.sqsBodies()).hasSize(before);
    }

    @Test
    void schedule_andHelp_answerInJapanese() {
        String schedule = text(world.command(ALICE, "schedule 2"));
        String badWeeks = text(world.command(ALICE, "schedule 99"));
        String help = text(world.command(ALICE, "help"));

        assertThat(schedule).startsWith("*SRE* の当番、今後2週間:\n*プライマリ*\n• 11月").contains(" → ");
        assertThat(badWeeks).isEqualTo("`99` は1〜12の週数ではありません。例: `/oncall schedule 6`");
        assertThat(help).startsWith("*Touban* 当番コマンド:\n• `/oncall hello [note]`: 待機を開始（出勤）")
                .endsWith("• `/oncall help`: この一覧");
    }

    @Test
    void ackInTheChannel_andThePageOnTheBoard_areInTheTeamsLanguage() {
        world.runtime.desk().trigger(new NewIncident("web", "disk", "web", "sre", "sre-default",
                Alert.simple("Disk full on db-1", "db-1", Severity.CRITICAL)), SlackWorld.T0);
        world.runtime.escalator().run(1, 0, StepCause.NOW, SlackWorld.T0);

        assertThat(world.apis.calls("chat.postMessage")).filteredOn(c -> "C0ONCALL".equals(c.body().get("channel"))).singleElement()
                .satisfies(c -> assertThat(String.valueOf(c.body().get("blocks")))
                        .contains("発生元: db-1 · 発生 ").contains("*未確認*")
                        .contains("text=確認").contains("text=解決").contains("text=今すぐエスカレーション")
                        .doesNotContain("Acknowledge"));

        Map<String, Object> ack = world.command(BOB, "ack 1");
        Map<String, Object> second = world.command(DAVE, "ack 1");
        Map<String, Object> third = world.command(ALICE, "ack 1");
        world.settle();

        assertThat(text(ack)).isEqualTo(":eyes: <@U02BOB> が *#1* Disk full on db-1 を確認しました。エスカレーションを停止し、表示を更新します。");
        assertThat(text(second)).isEqualTo("#1 was already acknowledged by Bob Tanaka at Sat 28 Nov 18:00 JST.");
        assertThat(text(third)).isEqualTo("#1 は11月28日(土) 18:00にBob Tanakaが確認済みです。");
        assertThat(text(world.command(ALICE, "ack 99"))).isEqualTo("インシデント #99 はありません。");
        assertThat(text(world.command(ALICE, "resolve"))).startsWith("どのインシデントですか？ `/oncall resolve <番号>`");
        assertThat(world.apis.calls("chat.update")).filteredOn(c -> "C0ONCALL".equals(c.body().get("channel"))).isNotEmpty()
                .allSatisfy(c -> assertThat(String.valueOf(c.body().get("blocks"))).contains("Bob Tanakaが確認").contains("text=解決"));
    }

    @Test
    void buttonPresses_areAnsweredInThePressersLanguage() {
        world.runtime.desk().trigger(new NewIncident("web", "disk", "web", "sre", "sre-default",
                Alert.simple("Disk full on db-1", "db-1", Severity.CRITICAL)), SlackWorld.T0);
        world.command(BOB, "ack 1");

        world.press(ALICE, "incident_acknowledge", "1", "alice-ack");
        world.press(ALICE, "incident_escalate", "1", "alice-escalate");
        world.press(DAVE, "incident_escalate", "1", "dave-escalate");
        world.settle();

        assertThat(world.apis.calls("response_url")).extracting(c -> String.valueOf(c.body().get("text"))).containsExactly(
                "#1 は11月28日(土) 18:00にBob Tanakaが確認済みです。",
                "#1 はエスカレーション中ではありません（確認済み）。",
                "#1 is not escalating (acknowledged).");
    }

    @Test
    void call_saysInTheChannel_inTheTeamsLanguage_andRefusesInTheCallersLanguage() {
        Map<String, Object> call = world.command(BOB, "call 決済が500を返す <!channel>");
        Map<String, Object> empty = world.command(ALICE, "call");

        assertThat(SlackWorld.responseType(call)).isEqualTo("in_channel");
        assertThat(text(call)).isEqualTo(":rotating_light: <@U02BOB> がSREを呼び出しています: 決済が500を返す &lt;!channel&gt;\n"
                + "インシデント *#1*: 誰かが確認するまで当番を呼び出し続けます。");
        assertThat(text(empty)).startsWith("何が起きているかを書いてください");
        assertThat(text(world.command(DAVE, "call"))).startsWith("Say what is broken");
        assertThat(world.runtime.desk().open()).hasSize(1);
    }
}
