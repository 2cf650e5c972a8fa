package dev.touban.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoAttendanceStore;
import dev.touban.aws.dynamo.DynamoScheduleChangeStore;
import dev.touban.aws.dynamo.DynamoSwapProposalStore;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.slack.SlackSignature;
import dev.touban.slack.followup.FollowUp;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MutableClock;
import dev.touban.testing.RepoFiles;
import dev.touban.testing.SlackRequests;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The schedule commands (who, schedule, override, swap, overrides, cancel) through the real
 * handler, signed events from events/, and DynamoDB on the emulator.
 *
 * <p>On Wednesday 25 November 2026 the example roster has carol on the primary (until
 * Monday 30 Nov 10:00 Tokyo), then dave, alice, bob, carol (21 Dec), dave (28 Dec), alice.
 */
@ExtendWith(EmulatorExtension.class)
class ScheduleCommandsTest {
    static final String SECRET = "test-signing-secret";
    static final Instant NOW = Instant.parse("2026-11-25T06:00:00Z");

    private final SlackRequests slack = new SlackRequests(SECRET);
    private final MutableClock clock = new MutableClock(NOW);
    private final List<FollowUp> followUps = new ArrayList<>();
    private SlackWebhookHandler handler;
    private Emulated aws;

    @BeforeEach
    void setUp(Emulated aws) {
        this.aws = aws;
        AwsClients clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        OncallConfig config = ConfigLoader.fromFile(RepoFiles.path("config/oncall.example.yaml"));
        SlackWebhook webhook = SlackWebhookHandler.create(config, new SlackSignature(SECRET),
                new DynamoAttendanceStore(clients.dynamoDb(), aws.tableName()),
                new DynamoScheduleChangeStore(clients.dynamoDb(), aws.tableName()),
                new DynamoSwapProposalStore(clients::dynamoDb, aws.tableName()), followUps::addAll, "/oncall");
        handler = new SlackWebhookHandler(webhook, clock);
    }

    @Test
    void who_nextWeek_namesPrimaryAndSecondary_andUntilWhen() {
        String text = send("slack-command-who-next-week.json", Map.of());

        assertThat(text).startsWith("On call for SRE on Wed 2 Dec 12:00 JST:")
                .contains("• primary: *Dave Ito* (<@U04DAVE>) until Mon 7 Dec 10:00 JST")
                .contains("• secondary: *Bob Tanaka* (<@U02BOB>) until Mon 7 Dec 10:00 JST");
    }

    @Test
    void who_withoutADate_answersForNow() {
        assertThat(send("slack-command-who.json", Map.of()))
                .contains("On call for SRE now:", "primary: *Carol Suzuki*", "until Mon 30 Nov 10:00 JST");
    }

    @Test
    void who_returnsOverride_whenOverrideCoversThatDay() {
        String set = send("slack-command-override.json", Map.of());
        String id = id(set);

        String who = send("slack-command-who.json", Map.of("text", "who 12/30"));

        assertThat(set).contains("Override `" + id + "` set: *Bob Tanaka* is on call (primary) Tue 29 Dec 00:00 JST → Mon 4 Jan 00:00 JST");
        assertThat(who).contains("primary: *Bob Tanaka* (<@U02BOB>) until Mon 4 Jan 00:00 JST _(override `" + id + "`, for Dave Ito)_");
        assertThat(changesStored()).isEqualTo(1);
    }

    @Test
    void override_retriedBySlack_isStoredOnce_andAnsweredTheSame() {
        String signed = slack.signedEvent("slack-command-override.json", NOW);

        String first = text(invoke(signed));
        String retry = text(invoke(SlackRequests.withHeader(signed, "X-Slack-Retry-Num", "1")));

        assertThat(retry).isEqualTo(first);
        assertThat(changesStored()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "override <@U02BOB|bob> 12/29 => Usage: `/oncall override @user <from> <to>",
            "override => Usage: `/oncall override @user <from> <to>",
            "override <@U09ZED|zed> 12/29 1/3 => I don't know `<@U09ZED|zed>` in SRE",
            "override @zed 12/29 1/3 => I don't know `@zed` in SRE",
            "override @bob 12/32 1/3 => `12/32` is not a real date",
            "override @bob someday 1/3 => `someday` is not a date I can read",
            "override @bob 12/29 12/20 => That range ends (Mon 21 Dec 00:00 JST) before it starts (Tue 29 Dec 00:00 JST)",
            "override @bob 2026-11-01 2026-11-20 => That range is already over",
            "override @bob 2026-12-01 2027-06-01 => Overrides last at most 92 days",
            "override @bob 12/29 1/3 tertiary => Usage: `/oncall override @user <from> <to>",
    })
    void override_badInput_getsAClearAnswer_andStoresNothing(String text, String expected) {
        assertThat(send("slack-command-override.json", Map.of("text", text))).contains(expected);
        assertThat(changesStored()).isZero();
    }

    @Test
    void override_byANonAdmin_isRefused_andStoresNothing() {
        String text = send("slack-command-override.json", Map.of("user_id", "U02BOB"));

        assertThat(text).contains("Only SRE admins (Alice Sato) can set overrides");
        assertThat(changesStored()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"@bob", "bob", "<@U02BOB>", "<@U02BOB|bobby>", "@U02BOB"})
    void override_acceptsEveryWayOfNamingSomeone(String who) {
        assertThat(send("slack-command-override.json", Map.of("text", "override " + who + " 12/29 1/3")))
                .contains("*Bob Tanaka* is on call (primary)");
    }

    @Test
    void override_startingToday_startsNow_notInThePast() {
        assertThat(send("slack-command-override.json", Map.of("text", "override @bob today tomorrow secondary")))
                .contains("is on call (secondary) Wed 25 Nov 15:00 JST → Fri 27 Nov 00:00 JST");
    }

    @Test
    void swap_byOneOfThePeople_isProposed_andChangesNoShiftUntilAccepted() {
        String answer = send("slack-command-swap.json", Map.of());
        String schedule = send("slack-command-schedule.json", Map.of("text", "schedule 6"));

        assertThat(answer).startsWith(":hourglass_flowing_sand: Asked *Dave Ito* to accept swap `" + id(answer) + "` (primary): *Dave Ito* covers "
                + "Mon 21 Dec 10:00 JST → Mon 28 Dec 10:00 JST and *Carol Suzuki* covers Mon 28 Dec 10:00 JST → Mon 4 Jan 10:00 JST.")
                .endsWith("It takes effect when they accept (until Thu 26 Nov 15:00 JST); nothing has changed yet.");
        assertThat(schedule).doesNotContain("swap `");
        assertThat(changesStored()).isZero();
        assertThat(followUps).containsExactly(new FollowUp.SwapOffer("sre", id(answer)));
    }

    @Test
    void swap_betweenTwoOthers_isForAdminsOnly() {
        Map<String, String> asBob = Map.of("user_id", "U02BOB", "text", "swap @carol @dave 12/22");
        Map<String, String> asAlice = Map.of("user_id", "U01ALICE", "text", "swap @carol @dave 12/22");

        assertThat(send("slack-command-swap.json", asBob)).contains("Only the two people swapping, or a SRE admin");
        assertThat(changesStored()).isZero();
        assertThat(send("slack-command-swap.json", asAlice)).contains("*Dave Ito* covers Mon 21 Dec");
        assertThat(changesStored()).isEqualTo(1);
        assertThat(followUps).extracting(f -> ((FollowUp.Notice) f).memberId()).containsExactly("carol", "dave");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "swap => Usage: `/oncall swap @user [week]",
            "swap next week => Usage: `/oncall swap @user [week]",
            "swap @zed => I don't know `@zed` in SRE",
            "swap @dave someday => `someday` is not a date I can read",
            "swap @dave 12/8 => Carol Suzuki is not on the primary rotation then; their next shift is Mon 21 Dec 10:00 JST",
            "swap @carol => A swap needs two different people",
            "swap @dave 10/27 => That shift (Mon 26 Oct 10:00 JST → Mon 2 Nov 10:00 JST) is over",
    })
    void swap_badInput_getsAClearAnswer_andStoresNothing(String text, String expected) {
        assertThat(send("slack-command-swap.json", Map.of("text", text))).contains(expected);
        assertThat(changesStored()).isZero();
    }

    @Test
    void overrides_listsWhatIsAhead_andCancelRemovesOne() {
        String id = id(send("slack-command-override.json", Map.of()));

        String list = send("slack-command-overrides.json", Map.of());
        String cancelled = send("slack-command-cancel.json", Map.of("text", "cancel " + id));
        String after = send("slack-command-overrides.json", Map.of("trigger_id", "8123456790099.1.aa"));

        assertThat(list).contains("• `" + id + "` override (primary): *Bob Tanaka* covers Tue 29 Dec 00:00 JST → Mon 4 Jan 00:00 JST (by Alice Sato)");
        assertThat(cancelled).startsWith(":wastebasket: Cancelled `" + id + "`");
        assertThat(after).startsWith("No overrides or swaps ahead for SRE");
        assertThat(changesStored()).isZero();
    }

    @Test
    void overridesRemove_isCancel() {
        String id = id(send("slack-command-override.json", Map.of()));

        assertThat(send("slack-command-overrides.json", Map.of("text", "overrides remove " + id))).startsWith(":wastebasket: Cancelled `" + id + "`");
        assertThat(send("slack-command-overrides.json", Map.of("text", "overrides remove"))).contains("Which one?");
        assertThat(send("slack-command-overrides.json", Map.of("text", "overrides everything"))).contains("`/oncall overrides remove <id>`");
        assertThat(changesStored()).isZero();
    }

    @Test
    void cancel_retriedBySlack_replaysTheFirstAnswer() {
        String id = id(send("slack-command-override.json", Map.of()));
        String signed = slack.signedEvent("slack-command-cancel.json", Map.of("text", "cancel " + id), NOW);

        String first = text(invoke(signed));
        String retry = text(invoke(signed));

        assertThat(first).startsWith(":wastebasket: Cancelled");
        assertThat(retry).isEqualTo(first);
    }

    @Test
    void cancel_bySomeoneUninvolved_isRefused_andKeepsTheChange() {
        String id = id(send("slack-command-override.json", Map.of()));

        String answer = send("slack-command-cancel.json", Map.of("user_id", "U03CAROL", "text", "cancel " + id));

        assertThat(answer).contains("Only SRE admins, whoever set it, or the people it names can cancel");
        assertThat(changesStored()).isEqualTo(1);
    }

    @Test
    void cancel_byThePersonItNames_isAllowed() {
        String id = id(send("slack-command-override.json", Map.of()));

        assertThat(send("slack-command-cancel.json", Map.of("user_id", "U02BOB", "text", "cancel " + id))).startsWith(":wastebasket:");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "cancel => Which one?",
            "cancel 42 => `42` is not an override or swap id",
            "cancel oabcde => There is no override or swap `oabcde` in SRE",
    })
    void cancel_badInput_getsAClearAnswer(String text, String expected) {
        send("slack-command-override.json", Map.of());

        assertThat(send("slack-command-cancel.json", Map.of("text", text))).contains(expected);
        assertThat(changesStored()).isEqualTo(1);
    }

    @Test
    void schedule_listsTheNextWeeks_withOverridesMarked() {
        String id = id(send("slack-command-override.json", Map.of("text", "override @bob 11/26 11/26")));

        String text = send("slack-command-schedule.json", Map.of());

        assertThat(text).startsWith("*SRE* on call, the next 3 weeks:\n*primary*\n")
                .contains("• Mon 23 Nov 10:00 JST → Thu 26 Nov 00:00 JST  *Carol Suzuki*\n"
                        + "• Thu 26 Nov 00:00 JST → Fri 27 Nov 00:00 JST  *Bob Tanaka* _(override `" + id + "`, for Carol Suzuki)_\n"
                        + "• Fri 27 Nov 00:00 JST → Mon 30 Nov 10:00 JST  *Carol Suzuki*\n"
                        + "• Mon 30 Nov 10:00 JST → Mon 7 Dec 10:00 JST  *Dave Ito*")
                .contains("*secondary*\n• Mon 23 Nov 10:00 JST → Mon 30 Nov 10:00 JST  *Alice Sato*");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"schedule 0", "schedule 13", "schedule many", "schedule -1"})
    void schedule_badWeeks_getsAClearAnswer(String text) {
        assertThat(send("slack-command-schedule.json", Map.of("text", text))).contains("is not a number of weeks from 1 to 12");
    }

    @Test
    void who_badDate_getsAClearAnswer() {
        assertThat(send("slack-command-who.json", Map.of("text", "who the day after"))).contains("`the day after` is not a date I can read");
    }

    @Test
    void help_listsTheNewCommands() {
        assertThat(send("slack-command-help.json", Map.of()))
                .contains("`/oncall schedule [weeks]`", "`/oncall override @user <from> <to> [primary|secondary]`", "`/oncall swap @user [week]`",
                        "`/oncall overrides [remove <id>]`", "`/oncall cancel <id>`");
    }

    private String send(String event, Map<String, String> changes) {
        Map<String, String> form = new HashMap<>(changes);
        return text(invoke(slack.signedEvent(event, form, clock.instant())));
    }

    private Map<String, Object> invoke(String event) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
            return JSON.std.mapFrom(out.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Map<String, Object> response) {
        assertThat(response.get("statusCode")).isEqualTo(200);
        try {
            Map<String, Object> body = JSON.std.mapFrom((String) response.get("body"));
            assertThat(body.get("response_type")).isEqualTo("ephemeral");
            return (String) body.get("text");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String id(String answer) {
        Matcher m = Pattern.compile("`([os][a-z2-9]{5})`").matcher(answer);
        assertThat(m.find()).as("an id in: %s", answer).isTrue();
        return m.group(1);
    }

    private long changesStored() {
        return aws.dynamo().scan(r -> r.tableName(aws.tableName())).items().stream()
                .filter(i -> AttributeValue.fromS("CHANGE").equals(i.get("type"))).count();
    }
}
