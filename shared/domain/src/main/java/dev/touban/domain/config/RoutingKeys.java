package dev.touban.domain.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Routing keys (Events API v2 integration keys) as {@code oncall.yaml} stores them: only the
 * SHA-256 of each key, so the file, the repository and every function jar hold no key that
 * works. A presented key is hashed and compared with every stored digest
 * ({@link OncallConfig#serviceByRoutingKey}).
 */
public final class RoutingKeys {
    /** A key as monitoring sends it: PagerDuty integration keys are 32 letters and digits, and tools check that length. */
    public static final String FORMAT = "[A-Za-z0-9]{32}";
    /**
     * SHA-256 of {@code 0123456789abcdef0123456789abcdef}, the key of {@code oncall.example.yaml}
     * that the README's quick start sends: known to everyone, so accepted only by the local runner.
     */
    /** The published key of {@code oncall.example.yaml}; it works only where the example key is accepted (the local runner). */
    public static final String EXAMPLE_KEY = "0123456789abcdef0123456789abcdef";

    public static final String EXAMPLE_SHA256 = "3eb1bd439947eb762998e566ccc2e099c791118b2f40579cc4f7da2b5061b7f9";

    /** The published heartbeat key of {@code oncall.example.yaml} (its {@code watchdog}); like {@link #EXAMPLE_KEY}, local only. */
    public static final String EXAMPLE_HEARTBEAT_KEY = "fedcba9876543210fedcba9876543210";

    public static final String EXAMPLE_HEARTBEAT_SHA256 = "4ba68aa8767bde72e8c798ee82d1275291cea73e72ad74d35ecf48e41386eb82";

    /** Whether {@code key} is one of the published example keys, which only the local runner accepts. */
    public static boolean isExample(String key) {
        String hex = sha256Hex(key);
        return hex.equals(EXAMPLE_SHA256) || hex.equals(EXAMPLE_HEARTBEAT_SHA256);
    }

    private RoutingKeys() {}

    /** Whether {@code key} has the {@link #FORMAT} of a key (a loop: this runs before anything else on every event). */
    public static boolean isWellFormed(String key) {
        if (key == null || key.length() != 32) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    public static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256Hex(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }
}
