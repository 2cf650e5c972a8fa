package dev.touban.domain.config;

import dev.touban.domain.language.Language;
import java.time.ZoneId;

/**
 * A person who can be on call. {@code id} is the handle used throughout {@code oncall.yaml};
 * {@code slackUserId} is how Slack names them. Phone is E.164, validated at load.
 * {@code toString} leaves phone and email out so they never reach a log line by accident.
 * {@code language} is null when the member reads their team's language.
 */
public record Member(String id, String name, String slackUserId, String phone, String email, ZoneId timeZone, Language language) {
    /** A member who reads their team's language. */
    public Member(String id, String name, String slackUserId, String phone, String email, ZoneId timeZone) {
        this(id, name, slackUserId, phone, email, timeZone, null);
    }

    @Override
    public String toString() {
        return "Member[" + id + ", " + slackUserId + "]";
    }
}
