package dev.touban.domain.escalation;

import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.incident.AckUrls;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentStore;
import dev.touban.domain.incident.IncidentStore.Take;
import dev.touban.domain.incident.TimelineEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends an incident's pending deliveries, out-of-band channels first, each on its own: taken
 * with a lease, sent, and settled (sent, refused with the reason, or pending again after a
 * backoff). Whoever runs it (the step that claimed the tier, a retry of that step, the next
 * step, the sweep) resumes exactly what is still pending, so a crash anywhere loses no page.
 *
 * <p>An invocation stops taking deliveries once {@code budget} has passed on {@code clock}
 * (the function's own timeout is longer); what it leaves is pending and the sweep resumes it.
 */
public final class DeliverySender {
    private final OncallConfig config;
    private final IncidentStore store;
    private final Map<Channel, Notifier> notifiers;
    private final AckUrls ackUrls;
    private final Clock clock;
    private final Duration budget;

    DeliverySender(OncallConfig config, IncidentStore store, Map<Channel, Notifier> notifiers, AckUrls ackUrls, Clock clock, Duration budget) {
        this.config = config;
        this.store = store;
        this.notifiers = notifiers;
        this.ackUrls = ackUrls;
        this.clock = clock;
        this.budget = budget;
    }

    /** Sends what is pending and due for {@code incident} at {@code now}; returns how many were sent. */
    int resume(Incident incident, Instant now) {
        Instant deadline = clock.instant().plus(budget);
        List<Delivery> pending = new ArrayList<>();
        for (Delivery d : store.deliveries(incident.number())) {
            if (d.state() == Delivery.State.PENDING) {
                pending.add(d);
            }
        }
        pending.sort(Delivery.SENDING_ORDER);
        int sent = 0;
        for (Delivery delivery : pending) {
            if (!delivery.takeable(now)) {
                continue;
            }
            if (clock.instant().isAfter(deadline)) {
                Log.LOG.log(System.Logger.Level.WARNING, "incident " + incident.number() + ": time budget spent; the sweep sends the rest");
                break;
            }
            Take take = store.takeDelivery(delivery, now);
            if (take instanceof Take.Stopped) {
                cancelAll(incident.number(), now);
                break;
            }
            if (take instanceof Take.Taken taken && send(incident, taken.delivery(), now)) {
                sent++;
            }
        }
        return sent;
    }

    /** Drops every pending delivery nobody is sending: the incident was acknowledged or resolved. */
    void cancelAll(long number, Instant now) {
        for (Delivery d : store.deliveries(number)) {
            if (d.state() == Delivery.State.PENDING && (d.leaseUntil() == null || !now.isBefore(d.leaseUntil()))) {
                store.settleDelivery(d, Delivery.State.CANCELLED, null, null);
            }
        }
    }

    private boolean send(Incident incident, Delivery d, Instant now) {
        Notifier notifier = notifiers.get(d.channel());
        if (notifier == null) {
            settle(d, Delivery.State.FAILED, null, failed(now, d, "the " + d.channel().label() + " channel is not set up"));
            return false;
        }
        Optional<Recipient> recipient = recipient(d.to());
        if (recipient.isEmpty()) {
            settle(d, Delivery.State.FAILED, null, failed(now, d, "member " + d.to().id() + " is no longer in the roster"));
            return false;
        }
        String ackUrl = recipient.get() instanceof Recipient.Person p ? ackUrls.forMember(incident.number(), p.member().id(), now) : null;
        Page page = new Page(incident, recipient.get(), d.channel(), d.tierIndex(), d.pass(), ackUrl);
        String receipt;
        try {
            receipt = notifier.send(page);
        } catch (RuntimeException e) {
            refused(d, e, now);
            return false;
        }
        settle(d, Delivery.State.SENT, null, TimelineEntry.page(now, true, d.channel().label(), d.to().name(), receipt));
        return true;
    }

    private void refused(Delivery d, RuntimeException e, Instant now) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        FailureKind kind = e instanceof NotifierException n ? n.kind() : FailureKind.TRANSIENT;
        // A refused SMS or a Slack outage must not stop the other channels or the next tier.
        Log.LOG.log(System.Logger.Level.WARNING, d.channel().label() + " page for incident " + d.incident() + " failed ("
                + kind + ", attempt " + d.attempts() + "): " + why);
        if (kind == FailureKind.DEFINITIVE || d.attempts() >= Delivery.MAX_ATTEMPTS) {
            settle(d, Delivery.State.FAILED, null, failed(now, d, why));
            return;
        }
        Instant retryAt = now.plus(Delivery.backoff(d.attempts()));
        settle(d, Delivery.State.PENDING, retryAt, failed(now, d, why + " (attempt " + d.attempts() + " of " + Delivery.MAX_ATTEMPTS
                + "; trying again at " + retryAt + ")"));
    }

    private void settle(Delivery d, Delivery.State state, Instant retryAt, TimelineEntry entry) {
        store.settleDelivery(d, state, retryAt, entry);
    }

    private static TimelineEntry failed(Instant now, Delivery d, String why) {
        return TimelineEntry.page(now, false, d.channel().label(), d.to().name(), why);
    }

    private Optional<Recipient> recipient(Delivery.Addressee to) {
        return switch (to.kind()) {
            case PLACE -> Optional.of(new Recipient.Place(to.id()));
            case PERSON -> {
                Optional<Member> member = config.member(to.id());
                yield member.isEmpty() ? Optional.empty() : Optional.of(new Recipient.Person(member.get(), to.why(), config.language(member.get())));
            }
        };
    }

    /** Created on the first warning: starting java.util.logging costs a cold start that has nothing to report. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(DeliverySender.class.getName());
    }
}
