package dev.touban.slack.followup;

import java.util.List;

/** Where a Slack request hands its follow-ups: carried out after the answer, off the request path in the deployment. */
@FunctionalInterface
public interface FollowUps {

    void send(List<FollowUp> followUps);

    default void send(FollowUp... followUps) {
        if (followUps.length > 0) {
            send(List.of(followUps));
        }
    }
}
