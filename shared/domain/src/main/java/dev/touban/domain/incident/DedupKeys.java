package dev.touban.domain.incident;

import dev.touban.domain.text.CleanText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A dedup key as stored: the key as sent, cleaned ({@link CleanText}); when that is longer
 * than {@value #MAX} characters, {@code sha256:} and the digest of it instead. The same key
 * sent again always maps to the same stored key (so repeats, acknowledge and resolve still
 * find their incident), and two long keys are never merged, as cutting them would.
 */
public final class DedupKeys {
    /** The Events API v2 limit. */
    public static final int MAX = 255;

    private DedupKeys() {}

    public static String of(String sent) {
        String clean = CleanText.line(sent, Integer.MAX_VALUE);
        if (clean.length() <= MAX) {
            return clean;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(clean.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
