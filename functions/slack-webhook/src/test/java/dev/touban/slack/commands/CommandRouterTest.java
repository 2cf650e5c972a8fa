package dev.touban.slack.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.slack.SlackReply;
import org.junit.jupiter.api.Test;

class CommandRouterTest {
    private final CommandRouter router = new CommandRouter()
            .add("hello", "hello [note]", "clock in", ctx -> SlackReply.ephemeral("hello ran with " + ctx.args()));

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
        assertThat(router.find("").run(null).text()).isEqualTo(router.help());
        assertThat(router.find("help").run(null).text()).isEqualTo(router.help());
    }

    @Test
    void find_namesAnUnknownSubcommand_shortened() {
        assertThat(router.find("x".repeat(100)).run(null).text()).startsWith("I don't know `" + "x".repeat(30) + "...`.");
    }

    @Test
    void help_listsEachRegisteredCommandOnce_andHelpItself() {
        assertThat(router.help()).isEqualTo("*Touban* on-call commands:\n• `/oncall hello [note]`: clock in\n• `/oncall help`: this list");
    }
}
