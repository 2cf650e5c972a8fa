package dev.touban.testing;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DynamoDB's idempotent TransactWriteItems, which moto does not keep: a call carrying a
 * {@code ClientRequestToken} that already committed is answered with success and not applied
 * again. Without it, an SDK retry of a transaction whose answer was lost (a read timeout on a
 * loaded machine) fails its own condition in the emulator, where DynamoDB would answer success.
 * Tokens are remembered for the life of the proxy (DynamoDB: ten minutes).
 */
final class TransactionTokens {
    private static final String TARGET = "DynamoDB_20120810.TransactWriteItems";
    private static final Pattern TOKEN = Pattern.compile("\"ClientRequestToken\"\\s*:\\s*\"([^\"]+)\"");

    private final Map<String, Boolean> committed = new ConcurrentHashMap<>();

    /** The token of a TransactWriteItems call, or null for any other call. */
    static String tokenOf(String target, byte[] body) {
        if (!TARGET.equals(target)) {
            return null;
        }
        Matcher m = TOKEN.matcher(new String(body, StandardCharsets.UTF_8));
        return m.find() ? m.group(1) : null;
    }

    boolean committed(String token) {
        return token != null && committed.containsKey(token);
    }

    void remember(String token, int status) {
        if (token != null && status == 200) {
            committed.put(token, Boolean.TRUE);
        }
    }
}
