package dev.touban.domain.links;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token that opens a team's schedule page and calendar feed:
 * {@code e{epoch}.} followed by {@code base64url(HMAC-SHA256(key, "touban-team-link:v2:" + teamId + ":" + epoch))}.
 * Derived rather than stored, so a new team needs no provisioning. The epoch is the team's
 * {@code linkEpoch} in oncall.yaml (1 unless set): bumping it revokes that team's links and
 * no other's; rotating the one key (an SSM SecureString) revokes every link at once. A token
 * of another epoch, team or key never matches; the MAC is compared in constant time.
 *
 * <p>Links made before epochs existed (the bare 43-character MAC of {@code "touban-team-link:v1:" + teamId})
 * still open a team whose epoch is 1, so upgrading breaks no calendar subscription; bumping
 * the epoch revokes them with the rest.
 */
public final class TeamToken {
    public static final int MAX_LENGTH = 64;
    private static final String CONTEXT = "touban-team-link:v2:";
    private static final String LEGACY_CONTEXT = "touban-team-link:v1:";
    private static final Pattern TOKEN = Pattern.compile("e([1-9][0-9]{0,6})\\.([A-Za-z0-9_-]{43})");

    private final SecretKeySpec key;

    public TeamToken(String key) {
        if (key == null || key.length() < 16) {
            throw new IllegalArgumentException("the link key must be at least 16 characters (use 32 random bytes)");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The token of {@code teamId}'s links in {@code epoch}. */
    public String forTeam(String teamId, int epoch) {
        return "e" + epoch + "." + mac(CONTEXT + teamId + ":" + epoch);
    }

    /** True when {@code token} opens {@code teamId}'s links in its current {@code epoch}. */
    public boolean matches(String teamId, int epoch, String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
            return false;
        }
        Matcher m = TOKEN.matcher(token);
        if (m.matches()) {
            // the MAC is computed whatever the epoch says, so a stale token costs what a good one does
            boolean same = constantTimeEquals(mac(CONTEXT + teamId + ":" + epoch), m.group(2));
            return same && Integer.parseInt(m.group(1)) == epoch;
        }
        return epoch == 1 && constantTimeEquals(mac(LEGACY_CONTEXT + teamId), token);
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private String mac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
