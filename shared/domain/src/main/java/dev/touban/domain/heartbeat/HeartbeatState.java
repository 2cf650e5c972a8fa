package dev.touban.domain.heartbeat;

import java.time.Instant;

/**
 * What the table knows of one heartbeat: when it was last pinged ({@code null}: never) and the
 * incident its miss opened, while that incident is left to resolve ({@code null}: none).
 */
public record HeartbeatState(String serviceId, String name, Instant lastPingAt, Long openIncident) {

    public static HeartbeatState never(Heartbeat heartbeat) {
        return new HeartbeatState(heartbeat.serviceId(), heartbeat.name(), null, null);
    }
}
