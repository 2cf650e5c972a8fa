package dev.touban.domain.config;

import java.time.ZoneId;

/**
 * A person who can be on call. {@code id} is the handle used throughout {@code oncall.yaml};
 * {@code slackUserId} is how Slack names them. Phone is E.164, validated at load.
 * {@code toString} leaves phone and email out so they never reach a log line by accident.
 */
public record Member(String id, String name, String slackUserId, String phone, String email, ZoneId timeZone) {
    @Override
    public String toString() {
        return "Member[" + id + ", " + slackUserId + "]";
    }
}
