package dev.touban.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.slack.WebhookHarness.Answer;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * /oncall furikyu, driven by events/slack-command-furikyu.json (Alice, Saturday 28 November 18:00
 * Tokyo: "furikyu 11/29 12/2"). The example roster's legal holiday is the default, Sunday.
 */
@ExtendWith(EmulatorExtension.class)
class FurikyuCommandTest {
    private WebhookHarness webhook;

    @BeforeEach
    void setUp(Emulated aws) {
        webhook = new WebhookHarness(aws);
    }

    @Test
    void furikyu_beforeTheWorkedDay_recordsASwap_theWorkedDayBecomesOrdinary() {
        Answer answer = webhook.send("slack-command-furikyu.json");

        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).isEqualTo(":calendar: 振替休日 recorded: *Alice Sato* works Sun 29 Nov and takes Wed 2 Dec off instead. "
                + "Sun 29 Nov becomes an ordinary working day (no legal-holiday premium).");
        assertThat(webhook.items("DAYOFF")).singleElement().satisfies(item -> {
            assertThat(item.get("pk").s()).isEqualTo("TEAM#sre#DAYOFF");
            assertThat(item.get("sk").s()).isEqualTo("2026-11-29#alice");
            assertThat(item.get("kind").s()).isEqualTo("SWAP");
            assertThat(item.get("dayOff").s()).isEqualTo("2026-12-02");
            assertThat(item.get("recordedBy").s()).isEqualTo("alice");
        });
    }

    @Test
    void furikyu_recordedOnTheWorkedDay_isTooLateForASwap_andBecomesDaikyu_withThePremiumStillOwed() {
        webhook.clock.set(Instant.parse("2026-11-28T15:10:00Z")); // Sunday 29 November 00:10 in Tokyo

        Answer answer = webhook.send("slack-command-furikyu.json");

        assertThat(answer.text()).isEqualTo(":calendar: Recorded as 代休 (compensatory leave): *Alice Sato* worked Sun 29 Nov and takes "
                + "Wed 2 Dec off. A 振替休日 must be recorded before the worked day begins, so the 35% legal-holiday premium for Sun 29 Nov "
                + "is still owed.");
        assertThat(webhook.items("DAYOFF")).singleElement().satisfies(item -> assertThat(item.get("kind").s()).isEqualTo("COMPENSATORY"));
    }

    @Test
    void furikyu_retriedBySlack_answersTheSame_andStoresOnce() {
        Answer first = webhook.send("slack-command-furikyu.json");

        Answer retry = webhook.send("slack-command-furikyu.json");

        assertThat(retry.text()).isEqualTo(first.text());
        assertThat(webhook.items("DAYOFF")).hasSize(1);
    }

    @Test
    void furikyu_forAHolidayWorkedDay_namesTheHoliday_andAnAdminMayRecordSomeoneElses() {
        Answer answer = webhook.send("slack-command-furikyu.json", Map.of("text", "furikyu @bob 2026-12-29 2027-01-05"));

        assertThat(answer.text()).isEqualTo(":calendar: 振替休日 recorded: *Bob Tanaka* works Tue 29 Dec (年末年始休業) and takes Tue 5 Jan off"
                + " instead. Tue 29 Dec becomes an ordinary working day.");
        assertThat(webhook.items("DAYOFF")).singleElement().satisfies(item -> {
            assertThat(item.get("memberId").s()).isEqualTo("bob");
            assertThat(item.get("recordedBy").s()).isEqualTo("alice");
        });
    }

    @Test
    void furikyu_secondDayOffForTheSameWorkedDay_isRefused_namingTheFirst() {
        webhook.send("slack-command-furikyu.json");
        var before = webhook.items();

        Answer again = webhook.send("slack-command-furikyu.json", Map.of("text", "furikyu 11/29 12/3"));

        assertThat(again.text()).isEqualTo("*Alice Sato* already has Wed 2 Dec off for Sun 29 Nov (振替休日 (swapped in advance)). Nothing was recorded.");
        assertThat(webhook.items()).containsExactlyInAnyOrderElementsOf(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "U02BOB|furikyu @alice 11/29 12/2|Only SRE admins may record a day off for someone else; you can record your own with `/oncall furikyu <worked day> <day off>`. Nothing was recorded.",
            "U01ALICE|furikyu|Usage: `/oncall furikyu [@user] <worked day> <day off>`",
            "U01ALICE|furikyu 11/29|Usage: `/oncall furikyu [@user] <worked day> <day off>`",
            "U01ALICE|furikyu 11/29 12/2 12/3|Usage: `/oncall furikyu [@user] <worked day> <day off>`",
            "U01ALICE|furikyu @nobody 11/29 12/2|I don't know `@nobody` in SRE.",
            "U01ALICE|furikyu 11/31 12/2|`11/31` is not a real date",
            "U01ALICE|furikyu 11/29 soon|`soon` is not a date I can read.",
            "U01ALICE|furikyu 11/29 2026-12-02T10:00|`2026-12-02T10:00` is a moment; give whole days such as `11/29`.",
            "U01ALICE|furikyu 11/29 11/29|The day off must be another day than the worked day (Sun 29 Nov). Nothing was recorded.",
            "U01ALICE|furikyu 12/1 12/2|Tue 1 Dec is a working day: a 振替休日 or 代休 is for work on a weekend day, a holiday or the legal holiday (Sunday). Nothing was recorded.",
            "U01ALICE|furikyu 11/29 12/5|The day off must be a working day; Sat 5 Dec is a weekend day already. Nothing was recorded.",
            "U01ALICE|furikyu 11/29 12/29|The day off must be a working day; Tue 29 Dec is a holiday (年末年始休業) already. Nothing was recorded.",
            "U01ALICE|furikyu 2026-05-03 2026-05-07|The worked day must lie within the last 92 days or the next year; Sun 3 May 2026 does not. Nothing was recorded.",
            "U01ALICE|furikyu 11/29 2027-04-01|The day off must be within 92 days of the worked day. Nothing was recorded.",
            "U01ALICE|furikyu 11/28 11/27|Sat 28 Nov has begun, so this can only be a 代休, which comes after the work; Fri 27 Nov is before it. Nothing was recorded.",
    })
    void furikyu_badInput_isAnsweredClearly_andRecordsNothing(String user, String text, String expected) {
        Answer answer = webhook.send("slack-command-furikyu.json", Map.of("user_id", user, "text", text));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).contains(expected);
        assertThat(webhook.items()).noneMatch(item -> item.getOrDefault("type", AttributeValue.fromS("")).s().equals("DAYOFF"))
                .noneMatch(item -> item.getOrDefault("type", AttributeValue.fromS("")).s().equals("REQUEST"));
    }
}
