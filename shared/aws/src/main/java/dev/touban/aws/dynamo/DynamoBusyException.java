package dev.touban.aws.dynamo;

/**
 * DynamoDB kept refusing a write or read for throttling or a conflicting transaction, after
 * every retry {@link DynamoRetry} allows. It says nothing about the data: callers answer
 * "busy, try again" (a 503, a Slack message) and never turn it into a business answer such as
 * "not open" or "already taken".
 */
public final class DynamoBusyException extends RuntimeException {
    public DynamoBusyException(String what, int attempts, Throwable last) {
        super(what + ": DynamoDB stayed busy (throttling or conflicting transactions) over " + attempts + " attempts", last);
    }
}
