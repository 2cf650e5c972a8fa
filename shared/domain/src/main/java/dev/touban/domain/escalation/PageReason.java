package dev.touban.domain.escalation;

import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;

/**
 * Why a person is paged, the one place that writes it and reads it back. The reason is stored
 * with each delivery as English text ("on call in sre-primary", "named in the policy"), so the
 * delivery log reads the same in every team; {@link #headline} says it in the reader's language.
 */
public final class PageReason {
    public static final String NAMED = "named in the policy";
    private static final String ON_CALL = "on call in ";

    private PageReason() {}

    public static String onCall(String rotationId) {
        return ON_CALL + rotationId;
    }

    /** "You are paged (on call in sre-primary)" in {@code lang}; a reason of another form is shown as stored. */
    public static String headline(Language lang, String why) {
        if (NAMED.equals(why)) {
            return Messages.say(lang, Msg.PAGED_YOU_NAMED);
        }
        if (why != null && why.startsWith(ON_CALL) && why.length() > ON_CALL.length()) {
            return Messages.say(lang, Msg.PAGED_YOU_ON_CALL, "rotation", why.substring(ON_CALL.length()));
        }
        return Messages.say(lang, Msg.PAGED_YOU, "why", why == null ? "" : why);
    }
}
