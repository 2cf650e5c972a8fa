package dev.touban.local;

import dev.touban.slack.followup.FollowUp;
import dev.touban.slack.followup.FollowUps;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The Slack webhook's follow-ups in the local runner: queued while the request is answered,
 * then carried out in-process (as the follow-up function does in the deployment) once the
 * answer has gone, and before the outbox is read, so what it shows is complete.
 */
final class LocalFollowUps implements FollowUps {
    private final Queue<List<FollowUp>> pending = new ConcurrentLinkedQueue<>();
    private volatile FollowUps slack;

    /** What carries them out; set once the incident machinery exists. */
    void runWith(FollowUps slack) {
        this.slack = slack;
    }

    @Override
    public void send(List<FollowUp> followUps) {
        pending.add(List.copyOf(followUps));
    }

    synchronized void drain() {
        for (List<FollowUp> next = pending.poll(); next != null; next = pending.poll()) {
            try {
                slack.send(next);
            } catch (RuntimeException e) {
                System.getLogger(LocalFollowUps.class.getName()).log(System.Logger.Level.WARNING, "a Slack follow-up failed: " + e.getMessage());
            }
        }
    }
}
