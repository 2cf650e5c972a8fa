package dev.touban.slack.commands;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Short ids people can type ({@code o3k2fa}, {@code s8d2kq}), derived from the request key so
 * that a retried Slack request names the same change and is recognised as a repeat.
 */
final class ChangeIds {
    /** No 0/o, 1/l/i: ids are read off a screen and typed back. */
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    static final String PATTERN = "[os][" + new String(ALPHABET) + "]{5}";

    private ChangeIds() {}

    static String of(char prefix, String requestKey, int attempt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((requestKey + "#" + attempt).getBytes(StandardCharsets.UTF_8));
            StringBuilder id = new StringBuilder().append(prefix);
            for (int i = 0; i < 5; i++) {
                id.append(ALPHABET[Math.floorMod(digest[i], ALPHABET.length)]);
            }
            return id.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
