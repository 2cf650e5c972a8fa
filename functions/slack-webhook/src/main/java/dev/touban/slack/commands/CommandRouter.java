package dev.touban.slack.commands;

import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.slack.SlackReply;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Maps the first word of {@code /oncall <subcommand> ...} to one command; anything else gets the help text. */
public final class CommandRouter {
    private final Map<String, SlashCommand> commands = new LinkedHashMap<>();
    private final Map<String, String> syntax = new LinkedHashMap<>();
    private final Map<String, Msg> descriptions = new LinkedHashMap<>();

    /** {@code syntax} is the same in every language (commands are typed in English); {@code description} is read in the caller's. */
    public CommandRouter add(String name, String syntax, Msg description, SlashCommand command) {
        commands.put(name, command);
        this.syntax.put(name, syntax);
        descriptions.put(name, description);
        return this;
    }

    /** Splits "hello weekend standby" into the subcommand and its arguments. */
    public static String[] split(String text) {
        String trimmed = text.strip();
        // Any whitespace separates, not only ' ': Japanese input types the full-width U+3000.
        int space = 0;
        while (space < trimmed.length() && !Character.isWhitespace(trimmed.charAt(space))) {
            space++;
        }
        String name = trimmed.substring(0, space).toLowerCase(Locale.ROOT);
        String args = trimmed.substring(space).strip();
        return new String[] {name, args};
    }

    public SlashCommand find(String name) {
        if (name.isEmpty() || name.equals("help")) {
            return ctx -> SlackReply.ephemeral(help(ctx.language()));
        }
        SlashCommand command = commands.get(name);
        if (command == null) {
            String shown = name.length() > 30 ? name.substring(0, 30) + "..." : name;
            return ctx -> SlackReply.ephemeral(Messages.say(ctx.language(), Msg.HELP_UNKNOWN, "command", shown) + "\n" + help(ctx.language()));
        }
        return command;
    }

    public String help() {
        return help(Language.EN);
    }

    public String help(Language language) {
        StringBuilder out = new StringBuilder(Messages.say(language, Msg.HELP_TITLE));
        syntax.forEach((name, words) -> out.append("\n• `/oncall ").append(words).append("`: ")
                .append(Messages.say(language, descriptions.get(name))));
        out.append("\n• `/oncall help`: ").append(Messages.say(language, Msg.HELP_HELP));
        return out.toString();
    }
}
