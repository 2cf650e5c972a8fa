package dev.touban.sync.google;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Plain HTTPS calls with JSON answers, as the Slack adapter makes them: no HTTP library at
 * cold start. A call that failed for a reason that may pass (no connection, a timeout, 429,
 * 5xx) is tried again after {@code Retry-After} (at most {@link #MAX_WAIT}) or 1 then 2
 * seconds, {@value #ATTEMPTS} attempts in all: with the timeouts below each call ends within
 * a minute, and the handful an export makes fit the function's 300 s.
 */
final class JsonHttp {
    static final int ATTEMPTS = 3;
    static final Duration MAX_WAIT = Duration.ofSeconds(10);
    private static final int CONNECT_TIMEOUT_MS = 3000;
    private static final int READ_TIMEOUT_MS = 15000;

    private JsonHttp() {}

    static Map<String, Object> call(String name, String method, URI uri, String bearer, String contentType, byte[] body, GoogleSheets.Sleeper sleeper) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(name, method, uri, bearer, contentType, body);
            } catch (Transient e) {
                if (attempt >= ATTEMPTS) {
                    throw e.failure;
                }
                Duration wait = e.retryAfter != null ? min(e.retryAfter, MAX_WAIT) : Duration.ofSeconds(1L << (attempt - 1));
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e.failure;
                }
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** A failure worth another attempt, with the wait the server asked for, if any. */
    private static final class Transient extends RuntimeException {
        final GoogleApiException failure;
        final Duration retryAfter;

        Transient(GoogleApiException failure, Duration retryAfter) {
            super(null, null, false, false);
            this.failure = failure;
            this.retryAfter = retryAfter;
        }
    }

    private static Map<String, Object> once(String name, String method, URI uri, String bearer, String contentType, byte[] body) {
        try {
            HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
            c.setRequestMethod(method);
            c.setConnectTimeout(CONNECT_TIMEOUT_MS);
            c.setReadTimeout(READ_TIMEOUT_MS);
            c.setRequestProperty("Accept", "application/json");
            if (bearer != null) {
                c.setRequestProperty("Authorization", "Bearer " + bearer);
            }
            if (body != null) {
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", contentType);
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (status >= 400) {
                    GoogleApiException failure = new GoogleApiException(name, status, text.length() > 300 ? text.substring(0, 300) : text);
                    if (status == 429 || status >= 500) {
                        throw new Transient(failure, retryAfter(c.getHeaderField("Retry-After")));
                    }
                    throw failure;
                }
                return text.isBlank() ? Map.of() : JSON.std.mapFrom(text);
            }
        } catch (IOException e) {
            throw new Transient(new GoogleApiException(name, 0, e.getClass().getSimpleName() + ": " + e.getMessage()), null);
        }
    }

    private static Duration retryAfter(String header) {
        try {
            return header == null ? null : Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static byte[] json(Object value) {
        try {
            return JSON.std.asBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
