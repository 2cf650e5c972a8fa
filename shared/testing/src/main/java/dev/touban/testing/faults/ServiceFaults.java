package dev.touban.testing.faults;

import java.time.Duration;
import java.util.List;

/**
 * Faults of one service, set fluently: {@code faults.dynamodb().throttle(0.3).operations("TransactWriteItems")},
 * {@code faults.slack().down()}. Each call replaces that service's rule at once; a call that would make it
 * invalid throws and leaves it as it was.
 */
public final class ServiceFaults {
    private final Faults faults;
    private final String service;

    ServiceFaults(Faults faults, String service) {
        this.faults = faults;
        this.service = service;
    }

    public ServiceFaults throttle(double share) {
        return with(FaultKind.THROTTLE, share);
    }

    public ServiceFaults conflict(double share) {
        return with(FaultKind.CONFLICT, share);
    }

    public ServiceFaults fail(double share) {
        return with(FaultKind.FAIL, share);
    }

    public ServiceFaults reset(double share) {
        return with(FaultKind.RESET, share);
    }

    public ServiceFaults refuse(double share) {
        return with(FaultKind.REFUSE, share);
    }

    public ServiceFaults delay(double share, Duration by) {
        faults.update(service, rule -> rule.with(FaultKind.DELAY, share).delayedBy(by));
        return this;
    }

    /** Every call answers HTTP 500 (the service is down), whatever was set before. */
    public ServiceFaults down() {
        faults.update(service, rule -> rule.only(FaultKind.FAIL));
        return this;
    }

    /** Every call is refused definitively (SMS, voice, Slack), whatever was set before. */
    public ServiceFaults refuse() {
        faults.update(service, rule -> rule.only(FaultKind.REFUSE));
        return this;
    }

    /** Only these operations are faulted (X-Amz-Target's operation, Action=, or the Slack method). */
    public ServiceFaults operations(String... names) {
        faults.update(service, rule -> rule.on(List.of(names)));
        return this;
    }

    public void clear() {
        faults.clear(service);
    }

    public FaultRule rule() {
        return faults.rules().getOrDefault(service, FaultRule.none(service));
    }

    private ServiceFaults with(FaultKind kind, double share) {
        faults.update(service, rule -> rule.with(kind, share));
        return this;
    }
}
