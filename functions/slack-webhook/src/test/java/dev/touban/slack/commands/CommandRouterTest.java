package dev.touban.slack.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Msg;
import dev.touban.slack.SlackReply;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandRouterTest {
    private final CommandRouter router = new CommandRouter()
            .add("hello", "hello [note]", Msg.HELP_HELLO, ctx -> SlackReply.ephemeral("hello ran with " + ctx.args()));

    /** A caller in a team that reads {@code language}. */
    private static CommandContext caller(Language language) {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        Member alice = new Member("alice", "Alice", "U01ALICE", "+819012345678", null, tokyo);
        Team team = new Team("sre", "SRE", tokyo, "JP", null, null, List.of("alice"), List.of(), List.of(), 1, language);
        return new CommandContext(new OncallConfig(List.of(alice), List.of(team)), alice, team, "", null, null, null);
    }

    @Test
    void split_separatesTheSubcommandFromItsArguments() {
        assertThat(CommandRouter.split("hello weekend standby")).containsExactly("hello", "weekend standby");
        assertThat(CommandRouter.split("  HELLO   weekend  standby ")).containsExactly("hello", "weekend  standby");
        assertThat(CommandRouter.split("who")).containsExactly("who", "");
        assertThat(CommandRouter.split("")).containsExactly("", "");
    }

    @Test
    void split_acceptsAnyWhitespace_includingTheIdeographicSpaceJapaneseInputTypes() {
        assertThat(CommandRouter.split("hello\u3000週末待機")).containsExactly("hello", "週末待機");
        assertThat(CommandRouter.split("hello\tweekend")).containsExactly("hello", "weekend");
        assertThat(CommandRouter.split("\u3000who\u3000")).containsExactly("who", "");
    }

    @Test
    void find_routesAKnownSubcommand() {
        CommandContext ctx = new CommandContext(null, null, null, "weekend", null, null, null);

        assertThat(router.find("hello").run(ctx).text()).isEqualTo("hello ran with weekend");
    }

    @Test
    void find_answersHelp_forNothingAndForHelp() {
        assertThat(router.find("").run(caller(Language.EN)).text()).isEqualTo(router.help());
        assertThat(router.find("help").run(caller(Language.EN)).text()).isEqualTo(router.help());
    }

    @Test
    void find_namesAnUnknownSubcommand_shortened() {
        assertThat(router.find("x".repeat(100)).run(caller(Language.EN)).text()).startsWith("I don't know `" + "x".repeat(30) + "...`.");
        assertThat(router.find("x".repeat(100)).run(caller(Language.JA)).text())
                .startsWith("`" + "x".repeat(30) + "...` というコマンドはありません。");
    }

    @Test
    void help_listsEachRegisteredCommandOnce_andHelpItself() {
        assertThat(router.help()).isEqualTo("*Touban* on-call commands:\n• `/oncall hello [note]`: clock in for standby work\n• `/oncall help`: this list");
    }

    @Test
    void help_isInTheCallersLanguage_theCommandsStayAsTyped() {
        assertThat(router.find("help").run(caller(Language.JA)).text())
                .isEqualTo("*Touban* 当番コマンド:\n• `/oncall hello [note]`: 待機を開始（出勤）\n• `/oncall help`: この一覧");
    }
}
