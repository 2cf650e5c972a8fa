package dev.touban.slack.commands;

import dev.touban.slack.SlackReply;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Maps the first word of {@code /oncall <subcommand> ...} to one command; anything else gets the help text. */
public final class CommandRouter {
    private final Map<String, SlashCommand> commands = new LinkedHashMap<>();
    private final Map<String, String> usage = new LinkedHashMap<>();

    public CommandRouter add(String name, String syntax, String description, SlashCommand command) {
        commands.put(name, command);
        usage.put(name, "`/oncall " + syntax + "`: " + description);
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
            return ctx -> SlackReply.ephemeral(help());
        }
        SlashCommand command = commands.get(name);
        if (command == null) {
            String shown = name.length() > 30 ? name.substring(0, 30) + "..." : name;
            return ctx -> SlackReply.ephemeral("I don't know `" + shown + "`.\n" + help());
        }
        return command;
    }

    public String help() {
        StringBuilder out = new StringBuilder("*Touban* on-call commands:");
        usage.values().forEach(line -> out.append("\n• ").append(line));
        out.append("\n• `/oncall help`: this list");
        return out.toString();
    }
}
