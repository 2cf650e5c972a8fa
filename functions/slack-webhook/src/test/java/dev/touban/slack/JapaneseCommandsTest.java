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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands beyond the first ones, with the example roster's team set to {@code language: ja}
 * and Dave reading English: on Saturday 28 Nov 18:00 in Tokyo, answers in Japanese with
 * Japanese dates, refusals too; Dave still reads English.
 */
@ExtendWith(EmulatorExtension.class)
class JapaneseCommandsTest {
    static final String ALICE = "U01ALICE";
    static final String BOB = "U02BOB";
    static final String DAVE = "U04DAVE";

    private SlackWorld world;

    @BeforeEach
    void setUp(Emulated aws, @TempDir Path dir) throws IOException {
        world = new SlackWorld(aws, japaneseRoster(dir));
    }

    /** The example roster with {@code language: ja} on its team and {@code language: en} on Dave. */
    static String japaneseRoster(Path dir) throws IOException {
        String japanese = RepoFiles.read("config/oncall.example.yaml").replace("    # language: ja ", "    language: ja   ")
                .replace("    timeZone: America/Los_Angeles\n", "    timeZone: America/Los_Angeles\n    language: en\n");
        assertThat(japanese).contains("    language: ja").contains("    language: en");
        Path roster = dir.resolve("oncall.yaml");
        Files.writeString(roster, japanese);
        return roster.toString();
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    @Test
    void incidents_incident_andTheBoardsHeadlineAndSeverity_areInJapanese() {
        world.runtime.desk().trigger(new NewIncident("web", "disk", "web", "sre", "sre-default",
                Alert.simple("Disk full on db-1", "db-1", Severity.CRITICAL)), SlackWorld.T0);
        world.runtime.escalator().run(1, 0, StepCause.NOW, SlackWorld.T0);
        world.settle();

        assertThat(text(world.command(ALICE, "incidents")))
                .isEqualTo("未解決インシデント1件:\n• *#1* 重大 Disk full on db-1 · 11月28日(土) 18:00から · 未確認");
        assertThat(text(world.command(ALICE, "incident 1"))).startsWith("*#1* 重大 Disk full on db-1\n状態: 未確認 · 発生元 db-1\n• 11月28日(土) 18:00  ");
        assertThat(text(world.command(ALICE, "incident")))
                .isEqualTo("どのインシデントですか？ `/oncall incident <番号>` を送ってください。例: `/oncall incident 42`");
        assertThat(text(world.command(DAVE, "incidents")))
                .isEqualTo("1 open incident:\n• *#1* CRITICAL Disk full on db-1 · since Sat 28 Nov 18:00 JST · not acknowledged");
        assertThat(world.apis.calls("chat.postMessage")).filteredOn(c -> "C0ONCALL".equals(c.body().get("channel"))).singleElement()
                .satisfies(c -> assertThat(String.valueOf(c.body().get("blocks")))
                        .contains("*#1 · 重大*").contains("呼び出し中: 第1段階（全3段階）、1巡目（全2巡）").doesNotContain("CRITICAL"));

        world.command(BOB, "ack 1");
        world.settle();
        assertThat(text(world.command(ALICE, "incidents")))
                .isEqualTo("未解決インシデント1件:\n• *#1* 重大 Disk full on db-1 · 11月28日(土) 18:00から · Bob Tanakaが確認済み");
        // The timeline's stored details (the tier paged, a provider's error) stay as recorded.
        assertThat(text(world.command(ALICE, "incident 1"))).isEqualTo("*#1* 重大 Disk full on db-1\n状態: 確認済み · 発生元 db-1\n"
                + "• 11月28日(土) 18:00  発生（db-1）\n"
                + "• 11月28日(土) 18:00  エスカレーション: tier 1 of 3, pass 1 of 2\n"
                + "• 11月28日(土) 18:00  :warning: Carol Suzukiへのsmsでの呼び出しに失敗: the sms channel is not set up\n"
                + "• 11月28日(土) 18:00  Carol Suzukiをslackで呼び出し\n"
                + "• 11月28日(土) 18:00  Bob Tanaka (Slack)が確認");
        assertThat(world.apis.calls("chat.update")).filteredOn(c -> "C0ONCALL".equals(c.body().get("channel"))).last()
                .satisfies(c -> assertThat(String.valueOf(c.body().get("blocks"))).contains("Bob Tanakaが確認（Slack）"));
    }

    @Test
    void override_overrides_andCancel_answerInJapanese() {
        String set = text(world.command(ALICE, "override @bob 12/29 1/3"));
        String id = id(set, "o");
        String listed = text(world.command(ALICE, "overrides"));
        String cancelled = text(world.command(ALICE, "cancel " + id));

        String change = "`" + id + "` 代理（プライマリ）: 12月29日(火) 00:00 → 1月4日(月) 00:00 は*Bob Tanaka*（設定: Alice Sato）";
        assertThat(set).isEqualTo(":arrows_counterclockwise: 代理 `" + id + "` を設定しました: 12月29日(火) 00:00 → 1月4日(月) 00:00 は"
                + "*Bob Tanaka*が当番（プライマリ）です。取り消すには `/oncall cancel " + id + "`。");
        assertThat(listed).isEqualTo("SREの代理・交代:\n• " + change + "\n取り消すには `/oncall cancel <id>`。");
        assertThat(cancelled).isEqualTo(":wastebasket: 取り消しました: " + change + "。ローテーションどおりに戻ります。");
        assertThat(text(world.command(ALICE, "cancel " + id)))
                .isEqualTo("SREに代理・交代 `" + id + "` はありません（取り消し済み？）。`/oncall overrides` で一覧を表示できます。");
        assertThat(text(world.command(ALICE, "overrides"))).startsWith("SREの今後の代理・交代はありません。");
    }

    @Test
    void override_refusals_areInJapanese_andChangeNothing() {
        assertThat(text(world.command(BOB, "override @carol 12/29 1/3"))).isEqualTo("代理を設定できるのはSREの管理者（Alice Sato）だけです。"
                + "シフトを交代するには `/oncall swap @user [週]` を使ってください。何も変更していません。");
        assertThat(text(world.command(ALICE, "override @zed 12/29 1/3"))).isEqualTo("SREに `@zed` というメンバーはいません。"
                + "メンバーをメンション（@名前）するか、ハンドルを使ってください: alice, bob, carol, dave。何も変更していません。");
        assertThat(text(world.command(ALICE, "override @bob 12/29 12/28")))
                .isEqualTo("終わり（12月29日(火) 00:00）が始まり（12月29日(火) 00:00）より前です。始まりを先に指定してください。何も変更していません。");
        assertThat(text(world.command(ALICE, "override @bob 2月30日 3/1"))).startsWith("`2月30日` は存在しない日付です")
                .endsWith("\n使い方: `/oncall override @user <開始> <終了> [primary|secondary]`。例: "
                        + "`/oncall override @bob 12/29 1/3`（終日、両日を含む）、`/oncall override @bob now 2026-12-29T18:00`");
        assertThat(text(world.command(ALICE, "cancel zzz"))).isEqualTo("`zzz` は代理・交代のIDではありません。"
                + "`/oncall overrides` でIDを確認し、`/oncall cancel o3k2fa` のように送ってください。");
        assertThat(text(world.command(ALICE, "overrides"))).startsWith("SREの今後の代理・交代はありません。");
    }

    @Test
    void export_andReport_answerInJapanese_withJapaneseMonths() {
        assertThat(text(world.command(BOB, "export")))
                .isEqualTo("振休集計表を出力できるのはSREの管理者（Alice Sato）だけです。何も出力していません。");
        assertThat(text(world.command(ALICE, "export 2027-01")))
                .isEqualTo("2027年1月 はまだ来ていません（Asia/Tokyoでは現在 2026年11月）。何も出力していません。");
        // No export bus in this world: the failure is said in Japanese too.
        assertThat(text(world.command(ALICE, "export 2026-10"))).startsWith("2026年10月の出力を開始できませんでした（")
                .endsWith("）。少し待ってからもう一度試してください。");
        assertThat(text(world.command(ALICE, "report 11月"))).isEqualTo("`11月` は月として読めません。YYYY-MM（例: `2026-10`）で指定するか、"
                + "何も付けなければ今月（今日まで）です。`/oncall report` または `/oncall report YYYY-MM` を試してください。");
        assertThat(text(world.command(ALICE, "report"))).startsWith("*SREの当番の健全性、2026年11月（今日まで）*（Asia/Tokyo）\n"
                + "今月のインシデントはまだありません。\n*メンバー*:\n• *").contains("呼び出し0回 · 確認 0件 · 本人を越えたエスカレーション 0件")
                .endsWith("各数値の根拠は人事用ワークブックにあります（`/oncall export 2026-11`、管理者）。_");
    }

    @Test
    void report_writesItsDurationsInJapanese() {
        world.command(BOB, "call checkout returns 500s");
        world.runtime.escalator().run(1, 0, StepCause.NOW, SlackWorld.T0);
        world.clock.advance(java.time.Duration.ofMinutes(3));
        world.command("U03CAROL", "ack 1");
        world.clock.advance(java.time.Duration.ofMinutes(62));
        world.command("U03CAROL", "resolve 1");

        String report = text(world.command(BOB, "report"));

        assertThat(report).contains("中央値 3分、p90 3分").contains("中央値 1時間5分、p90 1時間5分").doesNotContain(" min");
    }

    @Test
    void heartbeats_andMaintenance_answerInJapanese_theChannelInTheTeamsLanguage() {
        assertThat(text(world.command(ALICE, "heartbeats")))
                .isEqualTo("*ハートビート*\n• :white_circle: *web/watchdog*（間隔 5分、猶予 2分）: 受信待ち、まだ受信なし");
        assertThat(text(world.command(ALICE, "heartbeats all")))
                .isEqualTo("`/oncall heartbeats` に引数はありません。すべてのハートビートを表示します。何も変更していません。");
        assertThat(text(world.command(ALICE, "maintenance"))).startsWith("メンテナンス中のサービスはありません。\n使い方: ");

        var started = world.command(DAVE, "maintenance web 2h");
        assertThat(SlackWorld.responseType(started)).isEqualTo("in_channel");
        assertThat(text(started)).isEqualTo(":construction: *Web shop* のメンテナンスを11月28日(土) 20:00まで設定しました（メンテナンス、Dave Itoが開始）。"
                + "アラートは誰も呼び出さないインシデントになり、進行中のエスカレーションは期間が終わるまで止まります。"
                + "その時点で未解決のものは呼び出します。早めに終えるには `/oncall maintenance end web`。");
        assertThat(text(world.command(ALICE, "maintenance")))
                .isEqualTo("*メンテナンス中*\n• *Web shop* 11月28日(土) 20:00まで（メンテナンス、Dave Itoが開始）");
        assertThat(text(world.command(DAVE, "maintenance"))).isEqualTo("*In maintenance now*\n"
                + "• *Web shop* until Sat 28 Nov 20:00 JST (メンテナンス, started by Dave Ito)");
        assertThat(text(world.command(ALICE, "maintenance nope 2h")))
                .isEqualTo("サービス `nope` はありません。oncall.yaml にあるのは web です。何も変更していません。");
        assertThat(text(world.command(ALICE, "maintenance end web")))
                .isEqualTo(":white_check_mark: Alice Satoが *Web shop* のメンテナンスを終了しました。待っていたエスカレーションはありません。");
    }

    @Test
    void furikyu_recordsAndRefusesInJapanese() {
        assertThat(text(world.command(ALICE, "furikyu 11/29 12/2"))).isEqualTo(":calendar: 振替休日を記録しました: *Alice Sato*は"
                + "11月29日(日)に出勤し、代わりに12月2日(水)に休みます。11月29日(日)は通常の勤務日になります（法定休日の割増なし）。");
        assertThat(text(world.command(ALICE, "furikyu 11/29 12/3"))).isEqualTo("*Alice Sato*は11月29日(日)の分として12月2日(水)の休みを"
                + "記録済みです（振替休日（事前に振替））。何も記録していません。");
        assertThat(text(world.command(ALICE, "furikyu 12/1 12/2"))).isEqualTo("12月1日(火)は勤務日です。"
                + "振替休日・代休は週末、祝日、法定休日（日曜日）の出勤に対するものです。何も記録していません。");
        assertThat(text(world.command(ALICE, "furikyu 12/6 12/29"))).isEqualTo("休む日は勤務日にしてください。"
                + "12月29日(火)はもともと祝日（年末年始休業）です。何も記録していません。");
        assertThat(text(world.command(BOB, "furikyu @carol 12/6 12/7"))).isEqualTo("他の人の休みを記録できるのはSREの管理者だけです。"
                + "自分の休みは `/oncall furikyu <出勤日> <休む日>` で記録できます。何も記録していません。");
        assertThat(text(world.command(ALICE, "furikyu"))).startsWith("使い方: `/oncall furikyu [@user] <出勤日> <休む日>`。");
        assertThat(text(world.command(DAVE, "furikyu 12/1 12/2"))).startsWith("Tue 1 Dec is a working day");
    }

    static String id(String answer, String prefix) {
        Matcher m = Pattern.compile("`(" + prefix + "[a-z2-9]{5})`").matcher(answer);
        assertThat(m.find()).as("an id in: %s", answer).isTrue();
        return m.group(1);
    }
}
