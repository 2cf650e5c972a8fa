package dev.touban.domain.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signing: {@code v0=} + hex HMAC-SHA256(secret, {@code v0:ts:body}),
 * compared in constant time, and only within five minutes of the request's timestamp.
 */
public final class SlackSignature {
    public static final Duration MAX_SKEW = Duration.ofSeconds(300);

    public enum Verdict {
        VALID,
        MISSING,
        MALFORMED,
        STALE,
        MISMATCH
    }

    private final SecretKeySpec key;

    public SlackSignature(String signingSecret) {
        if (signingSecret == null || signingSecret.isEmpty()) {
            throw new IllegalArgumentException("the Slack signing secret is empty");
        }
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String sign(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public Verdict verify(String timestamp, String signature, String body, Instant now) {
        if (timestamp == null || signature == null || timestamp.isEmpty() || signature.isEmpty()) {
            return Verdict.MISSING;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Verdict.MALFORMED;
        }
        // Compared as bounds, not |now - seconds|: that difference overflows for far-off timestamps.
        long nowSeconds = now.getEpochSecond();
        if (seconds < nowSeconds - MAX_SKEW.toSeconds() || seconds > nowSeconds + MAX_SKEW.toSeconds()) {
            return Verdict.STALE;
        }
        byte[] expected = sign(timestamp.trim(), body == null ? "" : body).getBytes(StandardCharsets.UTF_8);
        byte[] given = signature.trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given) ? Verdict.VALID : Verdict.MISMATCH;
    }
}
