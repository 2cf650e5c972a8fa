package dev.touban.domain.incident;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed acknowledge links. A token names exactly one incident, the member it was sent to
 * and when it expires, and carries a truncated HMAC-SHA256 of those over a server-side key:
 * {@code base64url(n:expiry:member) "." base64url(mac[0..16])}. Verification is constant-time.
 */
public final class AckLinks {
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(24);
    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final Duration validity;

    public AckLinks(String key, Duration validity) {
        if (key == null || key.length() < 16) {
            throw new IllegalArgumentException("the acknowledge-link key must be at least 16 characters");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.validity = validity;
    }

    public sealed interface Verdict {
        record Valid(long incident, String memberId, Instant expires) implements Verdict {}

        record Malformed() implements Verdict {}

        record Tampered() implements Verdict {}

        /** Signed by Touban, so its incident and member are known; only too old to act on. */
        record Expired(long incident, String memberId) implements Verdict {}
    }

    public String token(long incident, String memberId, Instant now) {
        String payload = incident + ":" + now.plus(validity).getEpochSecond() + ":" + memberId;
        String encoded = B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + B64.encodeToString(mac(encoded));
    }

    public Verdict verify(String token, Instant now) {
        if (token == null || token.length() > 300) {
            return new Verdict.Malformed();
        }
        int dot = token.lastIndexOf('.');
        if (dot <= 0) {
            return new Verdict.Malformed();
        }
        String encoded = token.substring(0, dot);
        byte[] given;
        String payload;
        try {
            given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            payload = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new Verdict.Malformed();
        }
        // Only the one spelling the token was issued with: base64 also decodes the MAC with padding
        // added, or with other bits in its last character, to the same bytes.
        if (!MessageDigest.isEqual(mac(encoded), given) || !B64.encodeToString(given).equals(token.substring(dot + 1))) {
            return new Verdict.Tampered();
        }
        String[] parts = payload.split(":", 3);
        if (parts.length != 3) {
            return new Verdict.Malformed();
        }
        long incident;
        Instant expires;
        try {
            incident = Long.parseLong(parts[0]);
            expires = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            return new Verdict.Malformed();
        }
        if (!now.isBefore(expires)) {
            return new Verdict.Expired(incident, parts[2]);
        }
        return new Verdict.Valid(incident, parts[2], expires);
    }

    private byte[] mac(String encodedPayload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full = mac.doFinal(("ack:" + encodedPayload).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(full, MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
