package dev.touban.testing.faults;

import java.util.Locale;

/** What an injected fault does to one call, named as the game-day API and the tallies name it. */
public enum FaultKind {
    /** The service's throttling error in its protocol's wire format (DynamoDB: ProvisionedThroughputExceededException). */
    THROTTLE,
    /** DynamoDB only: a transaction cancelled with reason TransactionConflict, or TransactionConflictException for a single write. */
    CONFLICT,
    /** HTTP 500 with the service's internal-error body. */
    FAIL,
    /** The connection closed before any answer: the client sees an I/O error, as for a reset. */
    RESET,
    /** A definitive refusal by the provider: SMS or voice to an opted-out number, a Slack post to a channel that is gone. */
    REFUSE,
    /** The call is held for a while, then forwarded and answered as usual. */
    DELAY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
