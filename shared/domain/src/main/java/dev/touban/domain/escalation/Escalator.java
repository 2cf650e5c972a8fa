package dev.touban.domain.escalation;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.incident.AckUrls;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStore;
import dev.touban.domain.incident.TimelineEntry;
import dev.touban.domain.incident.TimelineEntry.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs escalation steps: reads the incident, asks {@link EscalationPlanner} what to do,
 * claims the step with a conditional write (the fence), schedules the next step, pages
 * every recipient of the tier on each of their channels, and records each outcome.
 *
 * <p>The claim comes before any page, so a duplicate, late or concurrent delivery of the
 * same step pages nobody: a tier is paged at most once per pass. A channel that fails is
 * recorded on the timeline and the rest of the tier, and the escalation, go on.
 */
public final class Escalator {

    private final OncallConfig config;
    private final IncidentStore store;
    private final StepScheduler scheduler;
    private final Map<Channel, Notifier> notifiers;
    private final IncidentBoard board;
    private final Recipients recipients;
    private final AckUrls ackUrls;
    private final PagingHold hold;

    public Escalator(OncallConfig config, IncidentStore store, StepScheduler scheduler, List<Notifier> notifiers,
            IncidentBoard board, Recipients recipients, AckUrls ackUrls) {
        this(config, store, scheduler, notifiers, board, recipients, ackUrls, PagingHold.NONE);
    }

    /** With {@code hold} deciding when a due page must wait (maintenance windows). */
    public Escalator(OncallConfig config, IncidentStore store, StepScheduler scheduler, List<Notifier> notifiers,
            IncidentBoard board, Recipients recipients, AckUrls ackUrls, PagingHold hold) {
        this.hold = hold;
        this.config = config;
        this.store = store;
        this.scheduler = scheduler;
        this.notifiers = new java.util.EnumMap<>(Channel.class);
        for (Notifier n : notifiers) {
            this.notifiers.put(n.channel(), n);
        }
        this.board = board;
        this.recipients = recipients;
        this.ackUrls = ackUrls;
    }

    /** What one delivery of a step did. */
    public record Outcome(long incident, int step, StepPlan plan, boolean claimed) {
        public boolean paged() {
            return claimed;
        }
    }

    public Outcome run(long number, int step, StepCause cause, Instant now) {
        Optional<Incident> found = store.get(number);
        if (found.isEmpty()) {
            return skipped(number, step, StepPlan.Reason.UNKNOWN_INCIDENT);
        }
        Incident incident = found.get();
        Optional<EscalationPolicy> policy = config.policy(incident.policyId());
        if (policy.isEmpty()) {
            return policyGone(incident, step, now);
        }
        StepPlan plan = EscalationPlanner.next(incident, policy.get(), step, cause, now);
        if (!(plan instanceof StepPlan.Page page)) {
            return new Outcome(number, step, plan, false);
        }
        Optional<PagingHold.Held> held = hold.at(incident, now).filter(h -> h.until().isAfter(now.plus(EscalationPlanner.SCHEDULER_PRECISION)));
        if (held.isPresent()) {
            return hold(incident, step, held.get(), now);
        }
        TimelineEntry escalated = TimelineEntry.of(now, Kind.ESCALATED, null, describe(page, policy.get())
                + (cause == StepCause.SWEEP ? " (found overdue by the sweep)" : ""));
        if (!store.claimStep(incident, step, page.nextStep(), page.nextStepAt(), escalated)) {
            return skipped(number, step, StepPlan.Reason.STALE_STEP);
        }
        if (!page.exhausts()) {
            scheduleNext(number, page);
        }
        Incident current = store.get(number).orElse(incident);
        pageTier(current, page, now);
        String headline;
        if (page.exhausts()) {
            headline = "Escalation finished: every tier was paged " + policy.get().passes()
                    + (policy.get().passes() == 1 ? " time" : " times") + " and nobody acknowledged. The incident stays open.";
            store.record(number, TimelineEntry.of(now, Kind.EXHAUSTED, null, headline));
        } else {
            headline = "Paging " + describe(page, policy.get());
        }
        showOnBoard(current, headline, now);
        return new Outcome(number, step, plan, true);
    }

    /**
     * The incident's policy was removed from the configuration: nothing is left to page, so
     * the pending step is closed (once, through the fence) and people are told, rather than
     * the escalation stopping without a word.
     */
    private Outcome policyGone(Incident incident, int step, Instant now) {
        Log.LOG.log(System.Logger.Level.WARNING, "incident " + incident.number() + " names policy " + incident.policyId()
                + ", which the configuration no longer has");
        String why = "Escalation stopped: policy " + incident.policyId() + " is no longer in oncall.yaml. The incident stays open.";
        if (incident.escalating() && step == incident.nextStep()
                && store.claimStep(incident, step, step, null, TimelineEntry.of(now, Kind.NOTE, null, why))) {
            showOnBoard(store.get(incident.number()).orElse(incident), why, now);
        }
        return skipped(incident.number(), step, StepPlan.Reason.UNKNOWN_POLICY);
    }

    /**
     * A due page that must wait: the step moves to the hold's end (fenced like a claim) and the
     * timeline says why. A first page held means the incident is suppressed; a later one, that
     * its escalation is paused. At the end the step runs again and pages if still due.
     */
    private Outcome hold(Incident incident, int step, PagingHold.Held held, Instant now) {
        String text = (incident.nextStep() == 0 ? "Suppressed: " + held.why() + ". Nobody is paged; paging starts when the window ends"
                : "Paused: " + held.why() + ". Escalation resumes when the window ends") + " if the incident is still open.";
        if (store.rescheduleStep(incident, held.until(), TimelineEntry.of(now, Kind.NOTE, null, text))) {
            try {
                // the schedule that woke this step may still exist; replace it with one at the window's end
                scheduler.cancel(incident.number(), step);
                scheduler.schedule(incident.number(), step, held.until());
            } catch (RuntimeException e) {
                Log.LOG.log(System.Logger.Level.WARNING, "moving step " + step + " of incident " + incident.number() + " failed", e);
            }
        }
        return skipped(incident.number(), step, StepPlan.Reason.MAINTENANCE);
    }

    /** Runs every step that is a minute or more overdue (its schedule lost or failed) through the same fence. */
    public List<Outcome> sweep(Instant now) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Incident incident : store.open()) {
            if (EscalationPlanner.overdue(incident, now)) {
                outcomes.add(run(incident.number(), incident.nextStep(), StepCause.SWEEP, now));
            }
        }
        return outcomes;
    }

    private void scheduleNext(long number, StepPlan.Page page) {
        try {
            scheduler.schedule(number, page.nextStep(), page.nextStepAt());
        } catch (RuntimeException e) {
            Log.LOG.log(System.Logger.Level.WARNING, "scheduling step " + page.nextStep() + " of incident " + number + " failed", e);
            store.record(number, TimelineEntry.of(page.nextStepAt(), Kind.NOTE, null,
                    "Could not schedule the next tier (" + e.getMessage() + "); the sweep will page it when it is overdue."));
        }
    }

    private void pageTier(Incident incident, StepPlan.Page step, Instant now) {
        for (Recipients.Resolved resolved : recipients.of(step.tier(), now)) {
            if (resolved.recipient() instanceof Recipient.Nobody nobody) {
                store.record(incident.number(), TimelineEntry.page(now, false, null, resolved.target().describe(), nobody.why()));
                continue;
            }
            for (Channel channel : resolved.target().channels()) {
                send(incident, step, resolved.recipient(), channel, now);
            }
        }
    }

    private void send(Incident incident, StepPlan.Page step, Recipient recipient, Channel channel, Instant now) {
        Notifier notifier = notifiers.get(channel);
        String target = recipient.describe();
        if (notifier == null) {
            store.record(incident.number(), TimelineEntry.page(now, false, channel.label(), target, "the " + channel.label() + " channel is not set up"));
            return;
        }
        String ackUrl = recipient instanceof Recipient.Person p ? ackUrls.forMember(incident.number(), p.member().id(), now) : null;
        Page page = new Page(incident, recipient, channel, step.tierIndex(), step.pass(), ackUrl);
        TimelineEntry entry;
        try {
            String receipt = notifier.send(page);
            entry = TimelineEntry.page(now, true, channel.label(), target, receipt);
        } catch (RuntimeException e) {
            // A refused SMS or a Slack outage must not stop the other channels or the next tier.
            Log.LOG.log(System.Logger.Level.WARNING, channel.label() + " page for incident " + incident.number() + " failed: " + e.getMessage());
            entry = TimelineEntry.page(now, false, channel.label(), target, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        store.record(incident.number(), entry);
    }

    private void showOnBoard(Incident incident, String headline, Instant now) {
        try {
            board.show(incident, headline);
        } catch (RuntimeException e) {
            Log.LOG.log(System.Logger.Level.WARNING, "updating the Slack board of incident " + incident.number() + " failed: " + e.getMessage());
            store.record(incident.number(), TimelineEntry.page(now, false, Channel.SLACK.label(), "team channel", e.getMessage()));
        }
    }

    private static String describe(StepPlan.Page page, EscalationPolicy policy) {
        String tier = "tier " + (page.tierIndex() + 1) + " of " + policy.tiers().size();
        return policy.passes() > 1 ? tier + ", pass " + (page.pass() + 1) + " of " + policy.passes() : tier;
    }

    private static Outcome skipped(long number, int step, StepPlan.Reason reason) {
        return new Outcome(number, step, new StepPlan.Skip(reason), false);
    }

    /** Created on the first warning: starting java.util.logging costs a cold start that has nothing to report. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(Escalator.class.getName());
    }
}
