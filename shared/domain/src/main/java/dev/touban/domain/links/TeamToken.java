package dev.touban.domain.links;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token that opens a team's calendar feed and the phone numbers on its schedule page:
 * {@code base64url(HMAC-SHA256(key, "touban-team-link:v1:" + teamId))}, 43 characters.
 * Derived rather than stored, so a new team needs no provisioning and rotating the one key
 * (an SSM SecureString) revokes every link at once. Compared in constant time.
 */
public final class TeamToken {
    private static final String CONTEXT = "touban-team-link:v1:";

    private final SecretKeySpec key;

    public TeamToken(String key) {
        if (key == null || key.length() < 16) {
            throw new IllegalArgumentException("the link key must be at least 16 characters (use 32 random bytes)");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String forTeam(String teamId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((CONTEXT + teamId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public boolean matches(String teamId, String token) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(forTeam(teamId).getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
