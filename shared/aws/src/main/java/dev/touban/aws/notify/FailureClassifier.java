package dev.touban.aws.notify;

import dev.touban.aws.slack.SlackApiException;
import dev.touban.domain.escalation.FailureKind;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Whether a provider's failure is worth another attempt. A 4xx the provider would give again
 * (an invalid number, a refused destination, a missing permission) is definitive; throttling,
 * timeouts, 5xx and failures to connect are transient.
 */
public final class FailureClassifier {
    private FailureClassifier() {}

    public static FailureKind of(SdkException e) {
        if (e instanceof SdkServiceException service) {
            int status = service.statusCode();
            if (service.isThrottlingException() || status == 429 || status == 408 || status >= 500 || status == 0) {
                return FailureKind.TRANSIENT;
            }
            return FailureKind.DEFINITIVE;
        }
        // a client-side failure: the call timed out or never reached the provider
        return FailureKind.TRANSIENT;
    }

    public static FailureKind of(SlackApiException e) {
        return e.transientFailure() ? FailureKind.TRANSIENT : FailureKind.DEFINITIVE;
    }
}
