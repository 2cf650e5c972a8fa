package dev.touban.domain.incident;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.escalation.EscalationPlanner;
import dev.touban.domain.escalation.EscalationPolicy;
import dev.touban.domain.escalation.IncidentBoard;
import dev.touban.domain.escalation.StepScheduler;
import dev.touban.domain.escalation.StepTrigger;
import dev.touban.domain.health.IncidentFacts;
import dev.touban.domain.incident.IncidentStore.AckOutcome;
import dev.touban.domain.incident.IncidentStore.ResolveOutcome;
import dev.touban.domain.incident.IncidentStore.TriggerOutcome;
import dev.touban.domain.incident.TimelineEntry.Kind;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What every entry point (Events API, CloudWatch, Slack, acknowledge links, SMS replies)
 * does to incidents: open or repeat, acknowledge, resolve, escalate now, look up.
 *
 * <p>The store decides who wins; this class does the follow-up of a win exactly once:
 * start the escalation of a new incident (asynchronously: callers answer people and never
 * page on their own request path), cancel the pending step of an acknowledged or resolved
 * one, tell integrations, update Slack. Follow-ups are best effort: a failure is logged
 * and, where it matters, covered elsewhere (the sweep starts an escalation whose start was
 * lost; the step fence ignores a schedule whose cancel was lost).
 */
public final class IncidentDesk {

    private final OncallConfig config;
    private final IncidentStore store;
    private final StepScheduler scheduler;
    private final StepTrigger trigger;
    private final IncidentEvents events;
    private final IncidentBoard board;

    public IncidentDesk(OncallConfig config, IncidentStore store, StepScheduler scheduler, StepTrigger trigger,
            IncidentEvents events, IncidentBoard board) {
        this.config = config;
        this.store = store;
        this.scheduler = scheduler;
        this.trigger = trigger;
        this.events = events;
        this.board = board;
    }

    public OncallConfig config() {
        return config;
    }

    public TriggerOutcome trigger(NewIncident incident, Instant now) {
        TriggerOutcome outcome = store.trigger(incident, now);
        if (outcome instanceof TriggerOutcome.Opened opened) {
            Incident i = opened.incident();
            try {
                trigger.runNow(i.number(), i.nextStep());
            } catch (RuntimeException e) {
                Log.LOG.log(System.Logger.Level.WARNING, "starting the escalation of incident " + i.number() + " failed", e);
                store.record(i.number(), TimelineEntry.of(now, Kind.NOTE, null,
                        "Could not start paging at once (" + e.getMessage() + "); the sweep pages tier 1 within two minutes."));
            }
            publish(IncidentEvents.Kind.TRIGGERED, i, null, now);
        }
        return outcome;
    }

    public AckOutcome acknowledge(long number, Actor who, Instant now) {
        AckOutcome outcome = store.acknowledge(number, who, now);
        if (outcome instanceof AckOutcome.Acknowledged acked) {
            Incident i = acked.incident();
            cancelPendingStep(i);
            publish(IncidentEvents.Kind.ACKNOWLEDGED, i, who, now);
            show(i, Messages.say(config.teamLanguage(i.teamId()), Msg.HEADLINE_ACKNOWLEDGED, "name", who.name(), "via", who.via()), now);
        }
        return outcome;
    }

    public ResolveOutcome resolve(long number, Actor who, Instant now) {
        ResolveOutcome outcome = store.resolve(number, who, now);
        if (outcome instanceof ResolveOutcome.Resolved resolved) {
            Incident i = resolved.incident();
            cancelPendingStep(i);
            publish(IncidentEvents.Kind.RESOLVED, i, who, now);
            show(i, Messages.say(config.teamLanguage(i.teamId()), Msg.HEADLINE_RESOLVED, "name", who.name(), "via", who.via()), now);
        }
        return outcome;
    }

    /** Outcome of an escalate-now request. */
    public sealed interface EscalateOutcome {
        record Escalating(Incident incident, int step) implements EscalateOutcome {}

        /** Nothing to escalate to: not triggered any more, or every tier already paged. */
        record NotEscalating(Incident incident) implements EscalateOutcome {}

        record NotFound() implements EscalateOutcome {}
    }

    /** Pages the pending tier now instead of at its time. */
    public EscalateOutcome escalateNow(long number, Actor who, Instant now) {
        return escalate(number, TimelineEntry.of(now, Kind.NOTE, who.describe(), "asked to escalate now"), now);
    }

    /** Pages the pending tier now because what held it (a maintenance window) ended early; {@code why} goes on the timeline. */
    public EscalateOutcome resume(long number, String why, Instant now) {
        return escalate(number, TimelineEntry.of(now, Kind.NOTE, null, why), now);
    }

    private EscalateOutcome escalate(long number, TimelineEntry note, Instant now) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Incident> found = store.get(number);
            if (found.isEmpty()) {
                return new EscalateOutcome.NotFound();
            }
            Incident incident = found.get();
            Optional<EscalationPolicy> policy = config.policy(incident.policyId());
            if (policy.isEmpty() || EscalationPlanner.escalateNow(incident, policy.get(), now) == null) {
                return new EscalateOutcome.NotEscalating(incident);
            }
            if (store.rescheduleStep(incident, now, note)) {
                cancel(incident.number(), incident.nextStep());
                trigger.runNow(incident.number(), incident.nextStep());
                return new EscalateOutcome.Escalating(incident, incident.nextStep());
            }
        }
        return store.get(number).<EscalateOutcome>map(EscalateOutcome.NotEscalating::new).orElse(new EscalateOutcome.NotFound());
    }

    public Optional<Incident> incident(long number) {
        return store.get(number);
    }

    public Optional<Incident> openByDedup(String scope, String dedupKey) {
        return store.openByDedup(scope, dedupKey);
    }

    public List<Incident> open() {
        return store.open();
    }

    /** Adds a line to an incident's timeline (what happened, for the people who read it later). */
    public void note(long number, TimelineEntry entry) {
        store.record(number, entry);
    }

    public List<TimelineEntry> timeline(long number) {
        return store.timeline(number);
    }

    /** What the health report reads of incidents: the store's timelines, until a delivery log keeps the pages. */
    public IncidentFacts facts() {
        return new TimelineIncidentFacts(store, config);
    }

    private void cancelPendingStep(Incident incident) {
        if (incident.nextStepAt() != null) {
            cancel(incident.number(), incident.nextStep());
        }
    }

    private void cancel(long number, int step) {
        try {
            scheduler.cancel(number, step);
        } catch (RuntimeException e) {
            // harmless: the step fence turns the stale schedule into a no-op
            Log.LOG.log(System.Logger.Level.WARNING, "cancelling step " + step + " of incident " + number + " failed: " + e.getMessage());
        }
    }

    private void publish(IncidentEvents.Kind kind, Incident incident, Actor who, Instant now) {
        try {
            events.publish(kind, incident, who, now);
        } catch (RuntimeException e) {
            Log.LOG.log(System.Logger.Level.WARNING, "publishing " + kind.detailType() + " for incident " + incident.number() + " failed: " + e.getMessage());
        }
    }

    private void show(Incident incident, String headline, Instant now) {
        try {
            board.show(incident, headline);
        } catch (RuntimeException e) {
            Log.LOG.log(System.Logger.Level.WARNING, "updating Slack for incident " + incident.number() + " failed: " + e.getMessage());
            store.record(incident.number(), TimelineEntry.page(now, false, "slack", "team channel", e.getMessage()));
        }
    }

    /** Created on the first warning: starting java.util.logging costs a cold start that has nothing to report. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(IncidentDesk.class.getName());
    }
}
