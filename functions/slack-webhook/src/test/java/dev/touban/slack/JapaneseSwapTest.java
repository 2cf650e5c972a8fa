package dev.touban.slack;

import static dev.touban.slack.SlackWorld.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.testing.ApiRecorder;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /oncall swap} in the Japanese team: the proposer, the counterpart (its offer, buttons
 * and answers) and the people an admin's swap names each read their own language; Dave reads
 * English. Carol's shift is the week of 21 Dec, Dave's the week after.
 */
@ExtendWith(EmulatorExtension.class)
class JapaneseSwapTest {
    private static final String ALICE = JapaneseCommandsTest.ALICE;
    private static final String CAROL = "U03CAROL";
    private static final String DAVE = JapaneseCommandsTest.DAVE;
    /** What Carol reads of the swap she proposes to Dave: his week for hers. */
    private static final String TERMS_JA = "（プライマリ）: 12月21日(月) 10:00 → 12月28日(月) 10:00 は*Dave Ito*、"
            + "12月28日(月) 10:00 → 1月4日(月) 10:00 は*Carol Suzuki*が担当";

    private SlackWorld world;

    @BeforeEach
    void setUp(Emulated aws, @TempDir Path dir) throws IOException {
        world = new SlackWorld(aws, JapaneseCommandsTest.japaneseRoster(dir));
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    @Test
    void aProposal_isAnsweredInJapanese_andOfferedToDaveInEnglish_andHisAnswerReachesCarolInJapanese() {
        String answer = text(world.command(CAROL, "swap @dave 12/22"));
        String id = JapaneseCommandsTest.id(answer, "s");
        world.settle();

        assertThat(answer).isEqualTo(":hourglass_flowing_sand: *Dave Ito*に交代の承諾を依頼しました: `" + id + "`" + TERMS_JA
                + "。承諾されると有効になります（期限 11月29日(日) 18:00）。まだ何も変更していません。");
        ApiRecorder.Call offer = world.apis.calls("chat.postMessage").getFirst();
        assertThat(String.valueOf(offer.body().get("text"))).startsWith(":twisted_rightwards_arrows: *Carol Suzuki* asks you to accept swap `" + id + "`");
        assertThat(String.valueOf(offer.body().get("blocks"))).contains("text=Accept", "text=Decline");

        world.apis.clear();
        world.press(ALICE, "swap_accept", "sre:" + id, "alice");
        assertThat(reply()).isEqualTo("交代 `" + id + "` に回答できるのはDave Itoだけです。何も変更していません。");
        world.press(DAVE, "swap_accept", "sre:" + id, "dave");
        assertThat(reply()).startsWith(":twisted_rightwards_arrows: You accepted swap `" + id + "` (primary)");
        assertThat(directMessages("DU03CAROL")).singleElement().isEqualTo(":twisted_rightwards_arrows: Dave Itoが交代を承諾しました: `" + id + "`"
                + TERMS_JA + "。スケジュールに反映済みです。取り消すには `/oncall cancel " + id + "`。");
        world.press(DAVE, "swap_decline", "sre:" + id, "late");
        assertThat(reply()).isEqualTo("Swap `" + id + "` was already accepted. Nothing was changed.");
    }

    @Test
    void anOfferToSomeoneWhoReadsJapanese_hasJapaneseButtons_andTheirDeclineIsInJapanese() {
        assertThat(text(world.command(DAVE, "swap @carol 12/22"))).isEqualTo("Dave Ito is not on the primary rotation then; "
                + "their next shift is Mon 28 Dec 10:00 JST → Mon 4 Jan 10:00 JST. Nothing was changed.");
        String answer = text(world.command(DAVE, "swap @carol 12/29"));
        String id = JapaneseCommandsTest.id(answer, "s");
        world.settle();

        assertThat(answer).startsWith(":hourglass_flowing_sand: Asked *Carol Suzuki* to accept swap `" + id + "` (primary)");
        ApiRecorder.Call offer = world.apis.calls("chat.postMessage").getFirst();
        assertThat(offer.body()).containsEntry("channel", "DU03CAROL");
        assertThat(String.valueOf(offer.body().get("text"))).isEqualTo(":twisted_rightwards_arrows: *Dave Ito*から交代の依頼です: `" + id + "`"
                + "（プライマリ）: 12月28日(月) 10:00 → 1月4日(月) 10:00 は*Carol Suzuki*、12月21日(月) 10:00 → 12月28日(月) 10:00 は*Dave Ito*が担当。"
                + "11月29日(日) 18:00までに回答してください。承諾するまで何も変わりません。");
        assertThat(String.valueOf(offer.body().get("blocks"))).contains("text=承諾", "text=断る").doesNotContain("Accept");

        world.apis.clear();
        world.press(CAROL, "swap_decline", "sre:" + id, "carol");
        assertThat(reply()).startsWith("交代を断りました: `" + id + "`（プライマリ）").endsWith("が担当。何も変更していません。");
        assertThat(directMessages("DU04DAVE")).singleElement().asString().startsWith("Carol Suzuki declined swap `" + id + "` (primary)");
    }

    @Test
    void anAdminsSwap_andTheRefusals_areInJapanese() {
        String answer = text(world.command(ALICE, "swap @carol @dave 12/22"));
        String id = JapaneseCommandsTest.id(answer, "s");

        assertThat(answer).isEqualTo(":twisted_rightwards_arrows: 交代 `" + id + "`" + TERMS_JA + "。取り消すには `/oncall cancel " + id + "`。");
        assertThat(directMessages("DU03CAROL")).singleElement().isEqualTo(":twisted_rightwards_arrows: Alice Satoが交代を設定しました: `" + id + "`"
                + TERMS_JA + "。取り消すには `/oncall cancel " + id + "`。");
        assertThat(directMessages("DU04DAVE")).singleElement().asString().startsWith(":twisted_rightwards_arrows: Alice Sato made swap `" + id + "` (primary)");
        assertThat(text(world.command(CAROL, "swap"))).startsWith("使い方: `/oncall swap @user [週] [primary|secondary]`");
        assertThat(text(world.command(CAROL, "swap @dave 12/29"))).isEqualTo("Carol Suzukiはその時プライマリの当番ではありません。"
                + "次のシフトは1月18日(月) 10:00 → 1月25日(月) 10:00です。何も変更していません。");
        assertThat(text(world.command(CAROL, "swap @carol"))).isEqualTo("交代には別々の二人が必要です。何も変更していません。");
        assertThat(text(world.command(CAROL, "swap @alice @dave"))).isEqualTo("シフトを交代できるのは交代する二人か、SREの管理者だけです。何も変更していません。");
    }

    private String reply() {
        world.settle();
        List<ApiRecorder.Call> replies = world.apis.calls("response_url");
        assertThat(replies).as("answers through response_url").isNotEmpty();
        return String.valueOf(replies.getLast().body().get("text"));
    }

    private List<String> directMessages(String channel) {
        world.settle();
        return world.apis.calls("chat.postMessage").stream().filter(c -> channel.equals(c.body().get("channel")))
                .map(c -> String.valueOf(c.body().get("text"))).toList();
    }
}
