package dev.touban.domain.escalation;

/**
 * What a provider's failure means for a delivery: {@code TRANSIENT} (timeout, throttling, 5xx,
 * Slack down) is tried again later; {@code DEFINITIVE} (an invalid number, a 4xx the provider
 * will give again) is recorded and not tried again.
 */
public enum FailureKind {
    TRANSIENT,
    DEFINITIVE
}
