package dev.touban.domain.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * One page of a claimed tier: one recipient on one channel, written with the claim so a
 * crash after the claim cannot lose it. A delivery is {@code PENDING} until it is sent,
 * definitively refused, or dropped because the incident was acknowledged or resolved.
 *
 * <p>Invariants: a sender takes a pending delivery with a lease of {@link #LEASE} (so two
 * invocations never send it at the same time) and only while the incident is triggered; a
 * transient failure leaves it pending until {@code notBefore} (backoff 1, 2, 4 minutes), at
 * most {@link #MAX_ATTEMPTS} attempts in all; a delivery whose sender died between the
 * provider's accept and the mark is sent once more when its lease ends, never more than that.
 */
public record Delivery(long incident, int step, int index, Channel channel, Addressee to, int tierIndex, int pass,
        State state, int attempts, Instant notBefore, Instant leaseUntil) {
    public static final Duration LEASE = Duration.ofSeconds(90);
    public static final int MAX_ATTEMPTS = 4;

    public enum State {
        PENDING,
        SENT,
        FAILED,
        /** Not sent: the incident was acknowledged or resolved first. */
        CANCELLED
    }

    /**
     * Whom a delivery is for, as stored: a member by id (looked up in the roster when sent, so
     * no phone number is stored with it) or a Slack channel; {@code name} is for the timeline.
     */
    public record Addressee(Kind kind, String id, String name, String why) {
        public enum Kind {
            PERSON,
            PLACE
        }

        public static Addressee of(Recipient recipient) {
            return switch (recipient) {
                case Recipient.Person p -> new Addressee(Kind.PERSON, p.member().id(), p.member().name(), p.why());
                case Recipient.Place p -> new Addressee(Kind.PLACE, p.slackChannelId(), p.describe(), null);
                case Recipient.Nobody n -> throw new IllegalArgumentException("nobody has no deliveries: " + n.why());
            };
        }
    }

    /** Out-of-band channels first, so a slow or failing Slack never delays a text message or a call. */
    public static final Comparator<Delivery> SENDING_ORDER = new Comparator<>() {
        // written out rather than composed from lambdas: the escalation step sorts at every cold start
        @Override
        public int compare(Delivery a, Delivery b) {
            int order = Integer.compare(rank(a.channel()), rank(b.channel()));
            if (order == 0) {
                order = Integer.compare(a.step(), b.step());
            }
            return order != 0 ? order : Integer.compare(a.index(), b.index());
        }
    };

    public static int rank(Channel channel) {
        return switch (channel) {
            case SMS -> 0;
            case VOICE -> 1;
            case SNS -> 2;
            case SLACK -> 3;
        };
    }

    public static Delivery pending(long incident, int step, int index, Channel channel, Addressee to, int tierIndex, int pass, Instant now) {
        return new Delivery(incident, step, index, channel, to, tierIndex, pass, State.PENDING, 0, now, null);
    }

    /** Whether a sender may take it at {@code now}: pending, due, and nobody holds a live lease on it. */
    public boolean takeable(Instant now) {
        return state == State.PENDING && !now.isBefore(notBefore) && (leaseUntil == null || !now.isBefore(leaseUntil));
    }

    /** The wait after a transient failure of attempt {@code attempts} (1-based): 1, 2, 4 minutes. */
    public static Duration backoff(int attempts) {
        return Duration.ofMinutes(1L << Math.max(0, Math.min(attempts - 1, 2)));
    }

    public String describe() {
        return channel.label() + " to " + to.name();
    }
}
