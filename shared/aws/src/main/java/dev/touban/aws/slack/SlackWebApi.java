package dev.touban.aws.slack;

import dev.touban.aws.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The few Slack Web API calls Touban makes, as plain HTTPS with the bot token. The base URL
 * is configurable so tests and the local runner point it at a recorder. Bolt is not used:
 * its start-up alone is longer than Slack's 3-second deadline.
 *
 * <p>Every call has a connect and a read timeout. A Web API call answered 429 waits the
 * {@code Retry-After} Slack asks for and tries again, when that wait is at most
 * {@link #MAX_RETRY_AFTER} (twice at most); a longer wait fails the call as transient, so
 * the caller's own backoff (a page's next attempt) takes over instead of blocking a function.
 */
public final class SlackWebApi {
    public static final URI SLACK = URI.create("https://slack.com/api/");
    public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(3);
    private static final int RATE_LIMIT_RETRIES = 2;
    private static final int CONNECT_TIMEOUT_MS = 2000;
    private static final int READ_TIMEOUT_MS = 5000;

    /** Waits a Retry-After; {@link Thread#sleep} in production, a recorder in tests. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final URI base;
    private final String botToken;
    private final Sleeper sleeper;

    public SlackWebApi(URI base, String botToken) {
        this(base, botToken, d -> Thread.sleep(d.toMillis()));
    }

    public SlackWebApi(URI base, String botToken, Sleeper sleeper) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.botToken = botToken;
        this.sleeper = sleeper;
    }

    /** chat.postMessage; returns the message's ts, which later updates name. */
    public String postMessage(String channel, String text, List<Map<String, Object>> blocks) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", channel);
        body.put("text", text);
        if (blocks != null && !blocks.isEmpty()) {
            body.put("blocks", blocks);
        }
        return String.valueOf(call("chat.postMessage", body).get("ts"));
    }

    /** chat.update of a message posted earlier. */
    public void updateMessage(String channel, String ts, String text, List<Map<String, Object>> blocks) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", channel);
        body.put("ts", ts);
        body.put("text", text);
        if (blocks != null && !blocks.isEmpty()) {
            body.put("blocks", blocks);
        }
        call("chat.update", body);
    }

    /** conversations.open with one user; returns the direct-message channel id. */
    public String openDirectMessage(String userId) {
        Object channel = call("conversations.open", Map.of("users", userId)).get("channel");
        if (channel instanceof Map<?, ?> c && c.get("id") instanceof String id) {
            return id;
        }
        throw new SlackApiException("conversations.open", "no channel in the answer");
    }

    /** usergroups.users.update: the group (such as @oncall) becomes exactly these users. */
    public void setUserGroupUsers(String userGroupId, List<String> userIds) {
        call("usergroups.users.update", Map.of("usergroup", userGroupId, "users", String.join(",", userIds)));
    }

    /** Posts a message to a slash command's response_url (no token: the URL is the credential). */
    public void respond(String responseUrl, Map<String, Object> message) {
        try {
            post(URI.create(responseUrl), message, false, "response_url");
        } catch (RateLimited limited) {
            throw new SlackApiException("response_url", "rate limited (HTTP 429)", true);
        }
    }

    private Map<String, Object> call(String method, Map<String, Object> body) {
        Map<String, Object> answer;
        for (int retry = 0; ; retry++) {
            try {
                answer = post(base.resolve(method), body, true, method);
                break;
            } catch (RateLimited limited) {
                if (retry >= RATE_LIMIT_RETRIES || limited.retryAfter.compareTo(MAX_RETRY_AFTER) > 0) {
                    throw new SlackApiException(method, "rate limited (HTTP 429, Retry-After " + limited.retryAfter.toSeconds() + " s)", true);
                }
                pause(limited.retryAfter, method);
            }
        }
        if (!Boolean.TRUE.equals(answer.get("ok"))) {
            throw new SlackApiException(method, String.valueOf(answer.getOrDefault("error", "ok:false")));
        }
        return answer;
    }

    private Map<String, Object> post(URI uri, Map<String, Object> body, boolean authorised, String method) {
        try {
            HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
            c.setRequestMethod("POST");
            c.setConnectTimeout(CONNECT_TIMEOUT_MS);
            c.setReadTimeout(READ_TIMEOUT_MS);
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json; charset=utf-8");
            if (authorised) {
                c.setRequestProperty("Authorization", "Bearer " + botToken);
            }
            try (OutputStream out = c.getOutputStream()) {
                Json.write(body, out);
            }
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (status == 429) {
                    throw new RateLimited(retryAfter(c.getHeaderField("Retry-After")));
                }
                if (status >= 400) {
                    throw new SlackApiException(method, "HTTP " + status, status >= 500 || status == 408);
                }
                if (!text.startsWith("{")) {
                    return Map.of("ok", "ok".equals(text.strip()));
                }
                return Json.parseObject(text);
            }
        } catch (IOException e) {
            throw new SlackApiException(method, e.getClass().getSimpleName() + ": " + e.getMessage(), true);
        } catch (Json.JsonException e) {
            throw new SlackApiException(method, "the answer is not JSON: " + e.getMessage(), true);
        }
    }

    /** Retry-After in seconds; one second when absent or unreadable, as Slack's documentation suggests waiting at least that. */
    static Duration retryAfter(String header) {
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header == null ? "1" : header.strip())));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    private void pause(Duration wait, String method) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackApiException(method, "interrupted while waiting for Slack's rate limit", true);
        }
    }

    /** A 429 from Slack, with the wait it asked for. */
    private static final class RateLimited extends RuntimeException {
        final Duration retryAfter;

        RateLimited(Duration retryAfter) {
            super(null, null, false, false);
            this.retryAfter = retryAfter;
        }
    }
}
