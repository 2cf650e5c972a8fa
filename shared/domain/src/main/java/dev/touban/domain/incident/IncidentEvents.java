package dev.touban.domain.incident;

import java.time.Instant;

/** Tells integrations what happened to incidents (EventBridge in the deployment). Best effort: never blocks the caller's work. */
public interface IncidentEvents {

    enum Kind {
        TRIGGERED("IncidentTriggered"),
        ACKNOWLEDGED("IncidentAcknowledged"),
        RESOLVED("IncidentResolved");

        private final String detailType;

        Kind(String detailType) {
            this.detailType = detailType;
        }

        public String detailType() {
            return detailType;
        }
    }

    void publish(Kind kind, Incident incident, Actor actor, Instant at);
}
