package dev.touban.slack;

import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person named in command text. Slack sends a mention as {@code <@U02BOB|bob>} (or
 * {@code <@U02BOB>}) when the command escapes user names; without escaping the text holds
 * {@code @bob} as typed. Both work, and so does a member handle from {@code oncall.yaml}
 * with or without the {@code @}.
 */
public final class MemberMention {
    private static final Pattern ESCAPED = Pattern.compile("<@([UW][A-Z0-9]{2,20})(\\|[^>]{0,80})?>");
    private static final Pattern PLAIN = Pattern.compile("@?([A-Za-z0-9][A-Za-z0-9._-]{0,79})");

    private MemberMention() {}

    /** Whether the word looks like a mention (so that a command can tell people from dates). */
    public static boolean looksLikeOne(String word) {
        return word.startsWith("<@") || word.startsWith("@");
    }

    public static Optional<Member> resolve(String word, OncallConfig config) {
        Matcher escaped = ESCAPED.matcher(word);
        if (escaped.matches()) {
            return config.memberBySlackId(escaped.group(1));
        }
        Matcher plain = PLAIN.matcher(word);
        if (!plain.matches()) {
            return Optional.empty();
        }
        String name = plain.group(1);
        return config.member(name.toLowerCase(Locale.ROOT)).or(() -> config.memberBySlackId(name));
    }

    /** The answer when {@code word} names nobody in the team, in {@code language}. */
    public static String unknown(String word, Team team, Language language) {
        String shown = word.length() > 40 ? word.substring(0, 40) + "..." : word;
        return Messages.say(language, Msg.MEMBER_UNKNOWN, "word", shown.replace('`', '\''), "team", team.name(),
                "handles", String.join(", ", team.memberIds()));
    }
}
