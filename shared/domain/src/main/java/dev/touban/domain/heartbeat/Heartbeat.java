package dev.touban.domain.heartbeat;

import java.time.Duration;

/**
 * A monitor that must keep saying it is alive: something (Alertmanager's always-firing
 * {@code Watchdog}, a cron job) pings {@code /heartbeat/{key}} at least every {@code interval};
 * when a ping is later than {@code interval + grace}, an incident opens on {@code serviceId}.
 * Only the SHA-256 of the key is kept ({@code keySha256}, lower-case hex), as for routing keys.
 * {@code name} is unique within its service.
 */
public record Heartbeat(String serviceId, String name, String keySha256, Duration interval, Duration grace) {
    public static final String DEDUP_PREFIX = "heartbeat:";

    /** The alert a missed heartbeat opens: one per heartbeat, while it stays missed. */
    public String dedupKey() {
        return DEDUP_PREFIX + name;
    }

    /** How long after a ping the next one may arrive before the heartbeat counts as missed. */
    public Duration allowed() {
        return interval.plus(grace);
    }

    /** {@code service/name}, as people see it. */
    public String label() {
        return serviceId + "/" + name;
    }

    @Override
    public String toString() {
        return "Heartbeat[" + label() + ", every " + interval + " + " + grace + "]";
    }
}
