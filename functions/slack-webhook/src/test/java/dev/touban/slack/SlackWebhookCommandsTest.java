package dev.touban.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.slack.WebhookHarness.Answer;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** /oncall hello, bye, who and help, driven by the sample events in events/. */
@ExtendWith(EmulatorExtension.class)
class SlackWebhookCommandsTest {
    private WebhookHarness webhook;

    @BeforeEach
    void setUp(Emulated aws) {
        webhook = new WebhookHarness(aws);
    }

    @Test
    void hello_clocksIn_andSaysWhenInTheCallersZone() {
        Answer answer = webhook.send("slack-command-hello.json");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers()).containsEntry("content-type", "application/json");
        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).isEqualTo(":wave: Clocked in for SRE at Sat 28 Nov 18:00 JST (weekend standby). "
                + "Send `/oncall bye` when you are done.");
        assertThat(webhook.items("CHECKIN")).singleElement().satisfies(item -> {
            assertThat(item.get("memberId").s()).isEqualTo("alice");
            assertThat(item.get("teamId").s()).isEqualTo("sre");
            assertThat(item.get("start").s()).isEqualTo("2026-11-28T09:00:00.000Z");
            assertThat(item.get("note").s()).isEqualTo("weekend standby");
        });
    }

    @Test
    void hello_withAFullWidthSpace_keepsTheNote() {
        Answer answer = webhook.send("slack-command-hello.json", Map.of("text", "hello\u3000週末待機"));

        assertThat(answer.text()).startsWith(":wave: Clocked in for SRE at Sat 28 Nov 18:00 JST (週末待機).");
        assertThat(webhook.items("CHECKIN").getFirst().get("note").s()).isEqualTo("週末待機");
    }

    @Test
    void secondHello_saysSinceWhen_andOpensNothingNew() {
        webhook.send("slack-command-hello.json");
        webhook.clock.advance(Duration.ofMinutes(75));
        var before = webhook.items();

        Answer again = webhook.send("slack-command-hello.json", Map.of("trigger_id", "8123456799999.1234567890123.aa11", "text", "hello"));

        assertThat(again.text()).isEqualTo("You are already clocked in since Sat 28 Nov 18:00 JST (1h 15m ago). "
                + "Send `/oncall bye` to clock out.");
        assertThat(webhook.items()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void bye_clocksOut_andReportsTheDuration() {
        webhook.send("slack-command-hello.json");
        webhook.clock.advance(Duration.ofHours(3).plusMinutes(30));

        Answer bye = webhook.send("slack-command-bye.json");

        assertThat(bye.ephemeral()).isTrue();
        assertThat(bye.text()).isEqualTo(":checkered_flag: Clocked out at Sat 28 Nov 21:30 JST after 3h 30m of standby on a weekend (Sat 28 Nov). Thank you!");
        assertThat(webhook.items("CHECKIN")).isEmpty();
        Map<String, AttributeValue> attendance = webhook.items("ATTENDANCE").getFirst();
        assertThat(webhook.items("ATTENDANCE")).hasSize(1);
        assertThat(attendance.get("memberId").s()).isEqualTo("alice");
        assertThat(attendance.get("teamId").s()).isEqualTo("sre");
        assertThat(attendance.get("start").s()).isEqualTo("2026-11-28T09:00:00.000Z");
        assertThat(attendance.get("end").s()).isEqualTo("2026-11-28T12:30:00.000Z");
        assertThat(attendance.get("durationSeconds").n()).isEqualTo("12600");
        assertThat(attendance.get("day").s()).isEqualTo("2026-11-28");
        assertThat(attendance.get("weekend").bool()).isTrue();
        assertThat(attendance.get("note").s()).isEqualTo("weekend standby");
    }

    @Test
    void bye_withoutHello_saysSo_andWritesNothing() {
        Answer bye = webhook.send("slack-command-bye.json");

        assertThat(bye.ephemeral()).isTrue();
        assertThat(bye.text()).startsWith("You are not clocked in, so there is nothing to end.");
        assertThat(webhook.items()).isEmpty();
    }

    @Test
    void secondBye_afterClockingOut_saysNotClockedIn() {
        webhook.send("slack-command-hello.json");
        webhook.clock.advance(Duration.ofHours(1));
        webhook.send("slack-command-bye.json");
        var before = webhook.items();

        Answer again = webhook.send("slack-command-bye.json", Map.of("trigger_id", "8123456799999.1234567890123.bb22"));

        assertThat(again.text()).startsWith("You are not clocked in");
        assertThat(webhook.items()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void bye_countsTheDayInTheMembersOwnZone_andSaysTheTimeInTheTeamsZone() {
        // Dave lives in Los Angeles: Monday 03:00 UTC is his Sunday evening.
        webhook.clock.set(Instant.parse("2026-11-30T03:00:00Z"));
        webhook.send("slack-command-hello.json", Map.of("user_id", "U04DAVE", "text", "hello"));
        webhook.clock.advance(Duration.ofMinutes(45));

        Answer bye = webhook.send("slack-command-bye.json", Map.of("user_id", "U04DAVE"));

        assertThat(bye.text()).isEqualTo(":checkered_flag: Clocked out at Mon 30 Nov 12:45 JST after 45m of standby on a weekend (Sun 29 Nov). Thank you!");
        Map<String, AttributeValue> attendance = webhook.items("ATTENDANCE").getFirst();
        assertThat(attendance.get("day").s()).isEqualTo("2026-11-29");
        assertThat(attendance.get("weekend").bool()).isTrue();
        assertThat(attendance.get("note")).isNull();
    }

    @Test
    void bye_onAPublicHoliday_namesIt() {
        webhook.clock.set(Instant.parse("2026-11-23T01:00:00Z")); // Monday 23 November 10:00 in Tokyo, 勤労感謝の日
        webhook.send("slack-command-hello.json");
        webhook.clock.advance(Duration.ofHours(2));

        assertThat(webhook.send("slack-command-bye.json").text())
                .isEqualTo(":checkered_flag: Clocked out at Mon 23 Nov 12:00 JST after 2h 0m of standby on a public holiday (Mon 23 Nov, 勤労感謝の日). Thank you!");
    }

    @Test
    void bye_onACompanyHolidayOnAWeekday_namesIt_andOnAWeekendHolidayNamesBoth() {
        webhook.clock.set(Instant.parse("2026-12-29T01:00:00Z")); // Tuesday 29 December, 年末年始休業 in the example roster
        webhook.send("slack-command-hello.json");
        webhook.clock.advance(Duration.ofMinutes(30));
        assertThat(webhook.send("slack-command-bye.json").text()).contains("of standby on a public holiday (Tue 29 Dec, 年末年始休業).");

        webhook.clock.set(Instant.parse("2027-01-03T01:00:00Z")); // Sunday 3 January, also 年末年始休業
        webhook.send("slack-command-hello.json", Map.of("trigger_id", "8123456799999.1234567890123.cc33"));
        webhook.clock.advance(Duration.ofMinutes(30));
        assertThat(webhook.send("slack-command-bye.json", Map.of("trigger_id", "8123456799999.1234567890123.dd44")).text())
                .contains("of standby on a weekend (Sun 3 Jan, 年末年始休業).");
    }

    @Test
    void bye_onAWeekday_isPlainStandby() {
        webhook.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
        webhook.send("slack-command-hello.json");
        webhook.clock.advance(Duration.ofMinutes(20));

        assertThat(webhook.send("slack-command-bye.json").text()).contains("after 20m of standby.");
        assertThat(webhook.items("ATTENDANCE").getFirst().get("weekend").bool()).isFalse();
    }

    @Test
    void who_namesTheCurrentOnCallOfTheCallersTeam() {
        Answer who = webhook.send("slack-command-who.json");

        assertThat(who.ephemeral()).isTrue();
        assertThat(who.text()).isEqualTo("On call for SRE now:\n"
                + "• primary: *Carol Suzuki* (<@U03CAROL>) until Mon 30 Nov 10:00 JST\n"
                + "• secondary: *Alice Sato* (<@U01ALICE>) until Mon 30 Nov 10:00 JST");
        assertThat(webhook.items()).isEmpty();
    }

    @Test
    void who_followsTheRotationAcrossTheHandoff() {
        webhook.clock.set(Instant.parse("2026-11-30T01:00:00Z"));

        assertThat(webhook.send("slack-command-who.json").text()).contains("primary: *Dave Ito* (<@U04DAVE>) until Mon 7 Dec 10:00 JST");
    }

    @Test
    void who_tellsTimesInTheTeamsZone_evenToAMemberElsewhere() {
        Answer who = webhook.send("slack-command-who.json", Map.of("user_id", "U04DAVE"));

        assertThat(who.text()).contains("*Carol Suzuki* (<@U03CAROL>) until Mon 30 Nov 10:00 JST");
    }

    @Test
    void who_beforeTheRotationStarts_saysNobodyYet() {
        webhook.clock.set(Instant.parse("2025-12-31T00:00:00Z"));

        assertThat(webhook.send("slack-command-who.json").text()).contains("• primary: nobody yet (the rotation starts 2026-01-05)");
    }

    @Test
    void help_listsEveryCommand() {
        Answer help = webhook.send("slack-command-help.json");

        assertThat(help.ephemeral()).isTrue();
        assertThat(help.text()).startsWith("*Touban* on-call commands:")
                .contains("`/oncall hello [note]`", "`/oncall bye`", "`/oncall who [date | next week]`", "`/oncall schedule [weeks]`",
                        "`/oncall override @user", "`/oncall swap @user [week]`", "`/oncall overrides", "`/oncall export [YYYY-MM]`",
                        "`/oncall furikyu [@user] <worked day> <day off>`", "`/oncall help`");
        assertThat(webhook.items()).isEmpty();
    }

    @Test
    void noSubcommand_answersWithHelp() {
        assertThat(webhook.send("slack-command-help.json", Map.of("text", "")).text()).startsWith("*Touban* on-call commands:");
    }

    @Test
    void unknownSubcommand_isNamed_andAnsweredWithHelp() {
        Answer answer = webhook.send("slack-command-help.json", Map.of("text", "dance now"));

        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).startsWith("I don't know `dance`.\n*Touban* on-call commands:");
        assertThat(webhook.items()).isEmpty();
    }

    @Test
    void unknownUser_isToldToAskAnAdmin_andNothingIsWritten() {
        Answer answer = webhook.send("slack-command-unknown-user.json");

        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).isEqualTo("You (<@U09STRANGER>) are not in Touban's roster yet. Ask a team admin to add you to oncall.yaml.");
        assertThat(webhook.items()).isEmpty();
    }

    @Test
    void subcommands_areCaseInsensitive() {
        assertThat(webhook.send("slack-command-hello.json", Map.of("text", "HELLO")).text()).startsWith(":wave: Clocked in");
    }
}
