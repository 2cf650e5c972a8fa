package dev.touban.domain.incident;

import java.time.Instant;

/**
 * One line of an incident's history: what happened, when, by whom or to whom, and through
 * which channel. Failed pages are entries too, so a page that did not arrive is never silent.
 */
public record TimelineEntry(Instant at, Kind kind, String actor, String channel, String target, String detail) {
    /** Bounds that keep an entry (and a claim of many) well inside DynamoDB's item and transaction sizes. */
    public static final int MAX_DETAIL = 2000;
    public static final int MAX_NAME = 256;

    public TimelineEntry {
        actor = cut(actor, MAX_NAME);
        target = cut(target, MAX_NAME);
        detail = cut(detail, MAX_DETAIL);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

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
