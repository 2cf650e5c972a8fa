package dev.touban.domain.escalation;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.incident.AckUrls;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.IncidentStore;
import dev.touban.domain.incident.TimelineEntry;
import dev.touban.domain.incident.TimelineEntry.Kind;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs escalation steps: reads the incident, asks {@link EscalationPlanner} what to do, and
 * claims the step with one conditional transaction (the fence) that also logs the tier's
 * deliveries, one per recipient and channel; then schedules the next step and has the
 * {@link DeliverySender} send what is pending.
 *
 * <p>The claim comes before any page, so a duplicate, late or concurrent delivery of the
 * same step claims nothing: a tier is claimed at most once per pass. Whatever runs next for
 * the incident (a retry of this step, the next step, the sweep) sends what is still pending,
 * so a crash after the claim loses no page. A channel that fails is recorded on the timeline
 * and the rest of the tier, and the escalation, go on.
 */
public final class Escalator {
    /** Incidents one sweep handles at most; the rest wait for the next minute's sweep. */
    public static final int SWEEP_LIMIT = 20;
    /**
     * No delivery is taken this long into an invocation; the sweep sends the rest. With one
     * provider call at most ~36 s (three attempts of 2 s connect and 10 s read) it ends
     * inside the step function's 60 s.
     */
    public static final Duration SENDING_BUDGET = Duration.ofSeconds(20);

    private final OncallConfig config;
    private final IncidentStore store;
    private final StepScheduler scheduler;
    private final Map<Channel, Notifier> notifiers;
    private final IncidentBoard board;
    private final Recipients recipients;
    private final DeliverySender sender;
    private final PagingHold hold;

    public Escalator(OncallConfig config, IncidentStore store, StepScheduler scheduler, List<Notifier> notifiers,
            IncidentBoard board, Recipients recipients, AckUrls ackUrls) {
        this(config, store, scheduler, notifiers, board, recipients, ackUrls, Clock.systemUTC(), PagingHold.NONE);
    }

    /** {@code clock} measures the invocation's sending budget; decisions use the {@code now} each call is given. */
    public Escalator(OncallConfig config, IncidentStore store, StepScheduler scheduler, List<Notifier> notifiers,
            IncidentBoard board, Recipients recipients, AckUrls ackUrls, Clock clock) {
        this(config, store, scheduler, notifiers, board, recipients, ackUrls, clock, PagingHold.NONE);
    }

    /** With {@code hold} deciding when a due page must wait (maintenance windows). */
    public Escalator(OncallConfig config, IncidentStore store, StepScheduler scheduler, List<Notifier> notifiers,
            IncidentBoard board, Recipients recipients, AckUrls ackUrls, PagingHold hold) {
        this(config, store, scheduler, notifiers, board, recipients, ackUrls, Clock.systemUTC(), hold);
    }

    public Escalator(OncallConfig config, IncidentStore store, StepScheduler scheduler, List<Notifier> notifiers,
            IncidentBoard board, Recipients recipients, AckUrls ackUrls, Clock clock, PagingHold hold) {
        this.hold = hold;
        this.config = config;
        this.store = store;
        this.scheduler = scheduler;
        this.notifiers = new EnumMap<>(Channel.class);
        for (Notifier n : notifiers) {
            this.notifiers.put(n.channel(), n);
        }
        this.board = board;
        this.recipients = recipients;
        this.sender = new DeliverySender(config, store, this.notifiers, ackUrls, clock, SENDING_BUDGET);
    }

    /** What one delivery of a step did; {@code sent} counts the pages it sent (its own tier's and any it resumed). */
    public record Outcome(long incident, int step, StepPlan plan, boolean claimed, int sent) {
        public Outcome(long incident, int step, StepPlan plan, boolean claimed) {
            this(incident, step, plan, claimed, 0);
        }

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
        if (plan instanceof StepPlan.Skip skip && skip.reason() == StepPlan.Reason.EXHAUSTED && incident.escalating()
                && step == incident.nextStep()) {
            // the policy lost tiers since this incident reached them: close the step once, or the sweep would find it due forever
            store.claimStep(incident, step, step, null, TimelineEntry.of(now, Kind.NOTE, null,
                    "Escalation finished: policy " + incident.policyId() + " has no tier left to page. The incident stays open."));
        }
        if (!(plan instanceof StepPlan.Page page)) {
            // a retry of a step that was claimed (or the claim of a later one) finishes what a crash left pending
            return new Outcome(number, step, plan, false, resume(incident, now));
        }
        Optional<PagingHold.Held> held = hold.at(incident, now);
        if (held.isPresent() && held.get().until().isAfter(now.plus(EscalationPlanner.SCHEDULER_PRECISION))) {
            return hold(incident, step, held.get(), now);
        }
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(TimelineEntry.of(now, Kind.ESCALATED, null, describe(page, policy.get(), Language.EN)
                + (cause == StepCause.SWEEP ? " (found overdue by the sweep)" : "")));
        List<Delivery> deliveries = deliveries(incident, page, entries, now);
        // The board's headline in the team's language; the timeline keeps its record in English.
        Language lang = config.teamLanguage(incident.teamId());
        String headline;
        if (page.exhausts()) {
            Msg exhausted = policy.get().passes() == 1 ? Msg.HEADLINE_EXHAUSTED_ONCE : Msg.HEADLINE_EXHAUSTED;
            headline = Messages.say(lang, exhausted, "passes", policy.get().passes());
            entries.add(TimelineEntry.of(now, Kind.EXHAUSTED, null, Messages.say(Language.EN, exhausted, "passes", policy.get().passes())));
        } else {
            headline = Messages.say(lang, Msg.HEADLINE_PAGING, "tier", describe(page, policy.get(), lang));
        }
        if (!store.claimStep(incident, new StepClaim(step, page.nextStep(), page.nextStepAt(), entries, deliveries))) {
            return new Outcome(number, step, new StepPlan.Skip(StepPlan.Reason.STALE_STEP), false, resume(incident, now));
        }
        if (!page.exhausts()) {
            scheduleNext(number, page);
        }
        Incident current = store.get(number).orElse(incident);
        int sent = sender.resume(current, now);
        showOnBoard(current, headline, now);
        return new Outcome(number, step, plan, true, sent);
    }

    /**
     * The tier's deliveries, out-of-band channels first; a target that means nobody now, or a
     * channel that is not set up, becomes a failed-page entry of the claim instead.
     */
    private List<Delivery> deliveries(Incident incident, StepPlan.Page page, List<TimelineEntry> entries, Instant now) {
        List<Delivery> unordered = new ArrayList<>();
        for (Recipients.Resolved resolved : recipients.of(page.tier(), now)) {
            if (resolved.recipient() instanceof Recipient.Nobody nobody) {
                entries.add(TimelineEntry.page(now, false, null, resolved.target().describe(), nobody.why()));
                continue;
            }
            for (Channel channel : resolved.target().channels()) {
                if (!notifiers.containsKey(channel)) {
                    entries.add(TimelineEntry.page(now, false, channel.label(), resolved.recipient().describe(),
                            "the " + channel.label() + " channel is not set up"));
                    continue;
                }
                unordered.add(Delivery.pending(incident.number(), page.step(), unordered.size(), channel,
                        Delivery.Addressee.of(resolved.recipient()), page.tierIndex(), page.pass(), now));
            }
        }
        unordered.sort(Delivery.SENDING_ORDER);
        List<Delivery> numbered = new ArrayList<>();
        for (Delivery d : unordered) {
            numbered.add(Delivery.pending(d.incident(), d.step(), numbered.size(), d.channel(), d.to(), d.tierIndex(), d.pass(), now));
        }
        return numbered;
    }

    /** Sends whatever is pending for the incident (or drops it, once acknowledged or resolved). */
    private int resume(Incident incident, Instant now) {
        if (incident.status() != IncidentStatus.TRIGGERED) {
            sender.cancelAll(incident.number(), now);
            return 0;
        }
        return sender.resume(incident, now);
    }

    /**
     * The incident's policy was removed from the configuration: nothing is left to page, so
     * the pending step is closed (once, through the fence) and people are told, rather than
     * the escalation stopping without a word.
     */
    private Outcome policyGone(Incident incident, int step, Instant now) {
        Log.LOG.log(System.Logger.Level.WARNING, "incident " + incident.number() + " names policy " + incident.policyId()
                + ", which the configuration no longer has");
        String why = Messages.say(Language.EN, Msg.HEADLINE_POLICY_GONE, "policy", incident.policyId());
        if (incident.escalating() && step == incident.nextStep()
                && store.claimStep(incident, step, step, null, TimelineEntry.of(now, Kind.NOTE, null, why))) {
            showOnBoard(store.get(incident.number()).orElse(incident),
                    Messages.say(config.teamLanguage(incident.teamId()), Msg.HEADLINE_POLICY_GONE, "policy", incident.policyId()), now);
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

    /**
     * Runs every step that is a minute or more overdue (its schedule lost or failed) through the
     * same fence, and resumes deliveries left pending past their lease or backoff: at most
     * {@link #SWEEP_LIMIT} incidents, most overdue first, each on its own, so one that fails is
     * logged and skipped and the others are still paged.
     */
    public List<Outcome> sweep(Instant now) {
        List<Outcome> outcomes = new ArrayList<>();
        for (long number : store.due(now, SWEEP_LIMIT)) {
            try {
                sweepOne(number, now).ifPresent(outcomes::add);
            } catch (RuntimeException e) {
                Log.LOG.log(System.Logger.Level.ERROR, "the sweep skipped incident " + number + ": " + e, e);
                outcomes.add(new Outcome(number, -1, new StepPlan.Skip(StepPlan.Reason.FAILED), false));
            }
        }
        return outcomes;
    }

    private Optional<Outcome> sweepOne(long number, Instant now) {
        Optional<Incident> found = store.get(number);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Incident incident = found.get();
        if (EscalationPlanner.overdue(incident, now)) {
            return Optional.of(run(number, incident.nextStep(), StepCause.SWEEP, now));
        }
        int sent = resume(incident, now);
        return sent == 0 ? Optional.empty()
                : Optional.of(new Outcome(number, incident.nextStep(), new StepPlan.Skip(StepPlan.Reason.RESUMED), false, sent));
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

    private void showOnBoard(Incident incident, String headline, Instant now) {
        try {
            board.show(incident, headline);
        } catch (RuntimeException e) {
            Log.LOG.log(System.Logger.Level.WARNING, "updating the Slack board of incident " + incident.number() + " failed: " + e.getMessage());
            store.record(incident.number(), TimelineEntry.page(now, false, Channel.SLACK.label(), "team channel", e.getMessage()));
        }
    }

    private static String describe(StepPlan.Page page, EscalationPolicy policy, Language lang) {
        return policy.passes() > 1
                ? Messages.say(lang, Msg.HEADLINE_TIER_PASS, "tier", page.tierIndex() + 1, "tiers", policy.tiers().size(),
                        "pass", page.pass() + 1, "passes", policy.passes())
                : Messages.say(lang, Msg.HEADLINE_TIER, "tier", page.tierIndex() + 1, "tiers", policy.tiers().size());
    }

    private static Outcome skipped(long number, int step, StepPlan.Reason reason) {
        return new Outcome(number, step, new StepPlan.Skip(reason), false);
    }

    /** Created on the first warning: starting java.util.logging costs a cold start that has nothing to report. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(Escalator.class.getName());
    }
}
