package dev.touban.domain.incident;

import dev.touban.domain.escalation.Delivery;
import dev.touban.domain.escalation.StepClaim;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where incidents and their timelines live. Every state change is a conditional write, so
 * concurrent callers cannot both win: one trigger opens an incident per open alert, one
 * acknowledgement wins, one delivery claims each step.
 */
public interface IncidentStore {

    /** Opens an incident, or counts a repeat of the open one with the same scope and dedup key. */
    TriggerOutcome trigger(NewIncident incident, Instant now);

    Optional<Incident> get(long number);

    /** The open incident of an alert, if any. */
    Optional<Incident> openByDedup(String scope, String dedupKey);

    /** Incidents not yet resolved, oldest first. */
    List<Incident> open();

    /** Incidents of a team triggered in [from, to), oldest first. */
    List<Incident> triggeredBetween(String teamId, Instant from, Instant to);

    /**
     * The step fence: moves {@code seen} to {@code nextStep} due at {@code nextStepAt} (null:
     * nothing left) and records {@code entry}, only if the incident is still triggered, at
     * {@code seen.version()} and at {@code step}. False when anything moved in between.
     */
    default boolean claimStep(Incident seen, int step, int nextStep, Instant nextStepAt, TimelineEntry entry) {
        return claimStep(seen, new StepClaim(step, nextStep, nextStepAt, List.of(entry), List.of()));
    }

    /**
     * The step fence with the tier's delivery log: one transaction moves {@code seen} on as
     * {@code claim} says, records its entries and writes its deliveries, pending; only if the
     * incident is still triggered, at {@code seen.version()} and at {@code claim.step()}.
     */
    boolean claimStep(Incident seen, StepClaim claim);

    /** Every delivery logged for the incident, in step and sending order. */
    List<Delivery> deliveries(long number);

    /**
     * Takes {@code delivery} for sending until {@code now + Delivery.LEASE}, counting the
     * attempt: only if it is still pending, due, unleased, and the incident still triggered.
     */
    Take takeDelivery(Delivery delivery, Instant now);

    /**
     * Settles a taken delivery: {@code state} SENT, FAILED or CANCELLED, or PENDING again from
     * {@code retryAt}, with {@code entry} (may be null) on the timeline, in one transaction.
     */
    void settleDelivery(Delivery delivery, Delivery.State state, Instant retryAt, TimelineEntry entry);

    /**
     * Incidents with work for the sweep at {@code now}, at most {@code limit}, most overdue
     * first: a step a minute overdue, or a delivery pending past its lease or backoff.
     */
    List<Long> due(Instant now, int limit);

    /** Makes the pending step due at {@code at}, if {@code seen} is still current and triggered. */
    boolean rescheduleStep(Incident seen, Instant at, TimelineEntry entry);

    AckOutcome acknowledge(long number, Actor who, Instant now);

    ResolveOutcome resolve(long number, Actor who, Instant now);

    void record(long number, TimelineEntry entry);

    /** The timeline, oldest first. */
    List<TimelineEntry> timeline(long number);

    /** Slack messages about an incident, channel id to message ts, so updates edit them in place. */
    Map<String, String> slackMessages(long number);

    void rememberSlackMessage(long number, String channel, String ts);

    sealed interface TriggerOutcome {
        Incident incident();

        record Opened(Incident incident) implements TriggerOutcome {}

        record Repeated(Incident incident) implements TriggerOutcome {}
    }

    /** What taking a delivery gave: the delivery, leased; nothing (another sender has it); or a stop (no longer triggered). */
    sealed interface Take {
        record Taken(Delivery delivery) implements Take {}

        record Elsewhere() implements Take {}

        record Stopped() implements Take {}
    }

    sealed interface AckOutcome {
        record Acknowledged(Incident incident) implements AckOutcome {}

        /** Someone else was first; {@code incident} says who and when. */
        record AlreadyAcknowledged(Incident incident) implements AckOutcome {}

        record AlreadyResolved(Incident incident) implements AckOutcome {}

        record NotFound() implements AckOutcome {}
    }

    sealed interface ResolveOutcome {
        record Resolved(Incident incident) implements ResolveOutcome {}

        record AlreadyResolved(Incident incident) implements ResolveOutcome {}

        record NotFound() implements ResolveOutcome {}
    }
}
