package dev.touban.domain.incident;

import java.time.Instant;

/**
 * One line of an incident's history: what happened, when, by whom or to whom, and through
 * which channel. Failed pages are entries too, so a page that did not arrive is never silent.
 */
public record TimelineEntry(Instant at, Kind kind, String actor, String channel, String target, String detail) {

    public enum Kind {
        TRIGGERED,
        ESCALATED,
        PAGED,
        PAGE_FAILED,
        ACKNOWLEDGED,
        RESOLVED,
        EXHAUSTED,
        NOTE
    }

    public static TimelineEntry of(Instant at, Kind kind, String actor, String detail) {
        return new TimelineEntry(at, kind, actor, null, null, detail);
    }

    public static TimelineEntry page(Instant at, boolean ok, String channel, String target, String detail) {
        return new TimelineEntry(at, ok ? Kind.PAGED : Kind.PAGE_FAILED, null, channel, target, detail);
    }
}
