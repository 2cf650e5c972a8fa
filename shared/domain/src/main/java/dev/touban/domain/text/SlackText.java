package dev.touban.domain.text;

/**
 * Text from outside (alert summaries, sources, names, notes, error messages) made inert for
 * Slack mrkdwn: the one escaper every Slack message builder uses. {@code &}, {@code <} and
 * {@code >} are the characters Slack gives meaning to ({@code <!channel>}, {@code <@U..>},
 * {@code <https://..|label>}); escaped, no mention, broadcast or link can come from the text.
 * Control characters and lone surrogates go as {@link CleanText} decides. Formatting marks
 * ({@code *}, {@code _}, {@code ~}, backticks) have no escape in Slack and can only change
 * how the text looks; they are left as they are.
 */
public final class SlackText {
    private static final java.util.regex.Pattern CHANNEL_MENTION = java.util.regex.Pattern.compile("<#C[A-Z0-9]{1,20}>");

    private SlackText() {}

    /**
     * A page's target as the timeline stored it: a channel the escalator paged ({@code <#C0ONCALL>},
     * written by {@code Recipient.Place}) stays the mention Slack shows as {@code #oncall}; any
     * other text, a name included, is escaped as {@link #escape} does. Only a channel ID of
     * Slack's own alphabet passes, so no broadcast, user mention or link can.
     */
    public static String target(String text) {
        return text != null && CHANNEL_MENTION.matcher(text).matches() ? text : escape(text);
    }

    /** {@code text} as inert mrkdwn; null becomes the empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String clean = CleanText.block(text, Integer.MAX_VALUE);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
