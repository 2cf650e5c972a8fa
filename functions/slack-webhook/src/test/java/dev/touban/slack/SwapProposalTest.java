package dev.touban.slack;

import static dev.touban.slack.SlackWorld.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.testing.ApiRecorder;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A member's {@code /oncall swap} waits for the other member's Accept button; a team admin's
 * takes effect at once. On Saturday 28 Nov, Carol asks Dave for her shift of the week of
 * 21 Dec (Dave's is the week after).
 */
@ExtendWith(EmulatorExtension.class)
class SwapProposalTest {
    private static final String ALICE = "U01ALICE";
    private static final String BOB = "U02BOB";
    private static final String CAROL = "U03CAROL";
    private static final String DAVE = "U04DAVE";

    private SlackWorld world;

    @BeforeEach
    void setUp(Emulated aws) {
        world = new SlackWorld(aws);
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    @Test
    void proposal_changesNothing_andOffersTheSwapToTheOtherMember_withTwoButtons() {
        String answer = propose();

        assertThat(answer).startsWith(":hourglass_flowing_sand: Asked *Dave Ito* to accept swap `" + id(answer) + "` (primary)")
                .endsWith("It takes effect when they accept (until Sun 29 Nov 18:00 JST); nothing has changed yet.");
        assertThat(swapsOnSchedule()).isZero();
        ApiRecorder.Call offer = world.apis.calls("chat.postMessage").getFirst();
        assertThat(offer.body()).containsEntry("channel", "DU04DAVE");
        assertThat(String.valueOf(offer.body().get("text"))).startsWith(":twisted_rightwards_arrows: *Carol Suzuki* asks you to accept swap `" + id(answer) + "`");
        assertThat(String.valueOf(offer.body().get("blocks"))).contains("swap_accept", "swap_decline", "sre:" + id(answer));
    }

    @Test
    void acceptance_byTheOtherMember_putsTheSwapOnTheSchedule_andBothAreTold() {
        String id = id(propose());
        world.apis.clear();

        world.press(DAVE, "swap_accept", "sre:" + id, "dave");

        assertThat(swapsOnSchedule()).isEqualTo(2);
        assertThat(reply()).containsEntry("replace_original", true)
                .satisfies(b -> assertThat(String.valueOf(b.get("text"))).startsWith(":twisted_rightwards_arrows: You accepted swap `" + id + "`"));
        assertThat(directMessages("DU03CAROL")).singleElement().asString()
                .startsWith(":twisted_rightwards_arrows: Dave Ito accepted swap `" + id + "`").endsWith("undo it with `/oncall cancel " + id + "`.");
    }

    @Test
    void decline_changesNothing_andBothAreTold() {
        String id = id(propose());
        world.apis.clear();

        world.press(DAVE, "swap_decline", "sre:" + id, "dave");

        assertThat(swapsOnSchedule()).isZero();
        assertThat(String.valueOf(reply().get("text"))).startsWith("You declined swap `" + id + "`");
        assertThat(directMessages("DU03CAROL")).singleElement().asString().startsWith("Dave Ito declined swap `" + id + "`");
        world.press(DAVE, "swap_accept", "sre:" + id, "late");
        assertThat(String.valueOf(reply().get("text"))).isEqualTo("Swap `" + id + "` was already declined. Nothing was changed.");
        assertThat(swapsOnSchedule()).isZero();
    }

    @Test
    void someoneElsePressingAccept_isRefused_andTheOfferStaysOpen() {
        String id = id(propose());

        for (String who : List.of(BOB, ALICE, CAROL)) {
            world.press(who, "swap_accept", "sre:" + id, "other");
            assertThat(reply()).containsEntry("text", "Only Dave Ito can answer swap `" + id + "`. Nothing was changed.")
                    .containsEntry("replace_original", false);
        }

        assertThat(swapsOnSchedule()).isZero();
        world.press(DAVE, "swap_accept", "sre:" + id, "dave");
        assertThat(swapsOnSchedule()).isEqualTo(2);
    }

    @Test
    void anAnswerAfterADay_findsTheProposalExpired_andChangesNothing() {
        String id = id(propose());
        world.clock.advance(Duration.ofHours(24));

        world.press(DAVE, "swap_accept", "sre:" + id, "dave");

        assertThat(String.valueOf(reply().get("text"))).isEqualTo("Swap `" + id + "` expired at Sun 29 Nov 18:00 JST. "
                + "Nothing was changed; ask for it again with `/oncall swap`.");
        assertThat(swapsOnSchedule()).isZero();
    }

    @Test
    void pressingAcceptTwice_storesTheSwapOnce_andTheSecondPressIsToldSo() {
        String id = id(propose());
        world.apis.clear();

        world.press(DAVE, "swap_accept", "sre:" + id, "first");
        world.press(DAVE, "swap_accept", "sre:" + id, "second");

        assertThat(swapsOnSchedule()).isEqualTo(2);
        assertThat(world.settle()).isEqualTo(2);
        assertThat(world.apis.calls("response_url")).hasSize(2);
        assertThat(String.valueOf(reply().get("text"))).isEqualTo("Swap `" + id + "` was already accepted. Nothing was changed.");
        assertThat(directMessages("DU03CAROL")).hasSize(1);
    }

    @Test
    void aRetriedProposal_isStoredAndOfferedOnce() {
        String event = world.slack.signedEvent("slack-command-swap.json", Map.of(), world.clock.instant());

        String first = text(world.invoke(event));
        String retry = text(world.invoke(event));
        world.settle();

        assertThat(retry).isEqualTo(first);
        assertThat(world.apis.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void anAdminsSwap_takesEffectAtOnce_andBothPeopleAreTold() {
        String answer = text(world.command(ALICE, "swap @carol @dave 12/22"));

        assertThat(answer).startsWith(":twisted_rightwards_arrows: Swap `" + id(answer) + "` (primary): *Dave Ito* covers Mon 21 Dec 10:00 JST");
        assertThat(swapsOnSchedule()).isEqualTo(2);
        for (String dm : List.of("DU03CAROL", "DU04DAVE")) {
            assertThat(directMessages(dm)).singleElement().asString().startsWith(":twisted_rightwards_arrows: Alice Sato made swap `" + id(answer) + "`");
        }
    }

    @Test
    void badButtonValues_areRefused_andChangeNothing() {
        String id = id(propose());

        assertThat(world.press(DAVE, "swap_accept", "sre:" + id + "x", "x").get("statusCode")).isEqualTo(400);
        assertThat(world.press(DAVE, "swap_accept", "", "x").get("statusCode")).isEqualTo(400);
        assertThat(world.press(DAVE, "swap_decline", "sre/" + id, "x").get("statusCode")).isEqualTo(400);
        world.press(DAVE, "swap_accept", "nosuchteam:" + id, "team");
        assertThat(reply()).containsEntry("text", "There is no swap proposal `" + id + "` any more. Nothing was changed.");
        world.press(DAVE, "swap_accept", "sre:s22222", "id");
        assertThat(reply()).containsEntry("text", "There is no swap proposal `s22222` any more. Nothing was changed.");
        assertThat(swapsOnSchedule()).isZero();
    }

    private String propose() {
        String answer = text(world.command(CAROL, "swap @dave 12/22"));
        world.settle();
        return answer;
    }

    /** How many shifts of the next eight weeks a swap moved. */
    private int swapsOnSchedule() {
        return text(world.command(ALICE, "schedule 8")).split("_\\(swap `", -1).length - 1;
    }

    /** What the last press was told through its response_url (presses here come one after another). */
    private Map<String, Object> reply() {
        world.settle();
        List<ApiRecorder.Call> replies = world.apis.calls("response_url");
        assertThat(replies).as("answers through response_url").isNotEmpty();
        return replies.getLast().body();
    }

    private List<String> directMessages(String channel) {
        world.settle();
        return world.apis.calls("chat.postMessage").stream().filter(c -> channel.equals(c.body().get("channel")))
                .map(c -> String.valueOf(c.body().get("text"))).toList();
    }

    private static String id(String answer) {
        Matcher m = Pattern.compile("`(s[a-z2-9]{5})`").matcher(answer);
        assertThat(m.find()).as("a swap id in: %s", answer).isTrue();
        return m.group(1);
    }
}
