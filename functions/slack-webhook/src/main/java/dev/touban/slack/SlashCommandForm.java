package dev.touban.slack;

import dev.touban.domain.slack.ResponseUrl;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A slash-command form as Slack posts it, checked field by field. A structurally bad form
 * (a missing or malformed id, a field given twice, bad encoding) is a {@link BadForm}.
 */
public record SlashCommandForm(String command, String text, String userId, String channelId, String teamId,
        String responseUrl, String triggerId) {

    public static final int MAX_TEXT = 2000;
    private static final Pattern USER = Pattern.compile("[UW][A-Z0-9]{2,20}");
    private static final Pattern CHANNEL = Pattern.compile("[CDG][A-Z0-9]{2,20}");
    private static final Pattern TEAM = Pattern.compile("[TE][A-Z0-9]{2,20}");
    private static final Pattern COMMAND = Pattern.compile("/[a-z0-9_-]{1,31}");
    private static final Pattern TRIGGER = Pattern.compile("[0-9]{1,20}\\.[0-9]{1,20}\\.[0-9a-f]{1,64}");

    /** The form could not be read; the message says which field and why. */
    public static final class BadForm extends Exception {
        public BadForm(String message) {
            super(message);
        }
    }

    public static Map<String, String> decode(String body) throws BadForm {
        Map<String, String> fields = new HashMap<>();
        if (body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&", -1)) {
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (fields.put(key, value) != null) {
                    throw new BadForm("field " + key + " is given twice");
                }
            } catch (IllegalArgumentException e) {
                throw new BadForm("the form is not valid URL encoding (" + e.getMessage() + ")");
            }
        }
        return fields;
    }

    /** A form whose response_url is Slack's own. */
    public static SlashCommandForm parse(Map<String, String> fields) throws BadForm {
        return parse(fields, ResponseUrl.SLACK);
    }

    /** A form whose response_url is one {@code responseUrls} allows. */
    public static SlashCommandForm parse(Map<String, String> fields, ResponseUrl responseUrls) throws BadForm {
        String command = required(fields, "command", COMMAND, "a slash command such as /oncall");
        String user = required(fields, "user_id", USER, "a Slack user id such as U0123ABCD");
        String channel = required(fields, "channel_id", CHANNEL, "a Slack channel id such as C0123ABCD");
        // Slack sends these with every command; a form without them did not come from a slash command.
        String team = required(fields, "team_id", TEAM, "a Slack workspace id such as T0123ABCD");
        String responseUrl = required(fields, "response_url", null, responseUrls.expected());
        if (!responseUrls.allows(responseUrl)) {
            throw new BadForm("field response_url is not " + responseUrls.expected() + ": '" + shown(responseUrl) + "'");
        }
        String trigger = required(fields, "trigger_id", TRIGGER, "a Slack trigger id");
        String text = fields.getOrDefault("text", "");
        return new SlashCommandForm(command, text, user, channel, team, responseUrl, trigger);
    }

    private static String required(Map<String, String> fields, String name, Pattern pattern, String expected) throws BadForm {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            throw new BadForm("field " + name + " is missing");
        }
        return pattern == null ? value : check(name, value, pattern, expected);
    }

    private static String check(String name, String value, Pattern pattern, String expected) throws BadForm {
        if (!pattern.matcher(value).matches()) {
            throw new BadForm("field " + name + " is not " + expected + ": '" + shown(value) + "'");
        }
        return value;
    }

    private static String shown(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}
