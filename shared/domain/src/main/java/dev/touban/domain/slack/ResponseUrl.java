package dev.touban.domain.slack;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where an answer to a Slack request may be posted: the one check for every response_url
 * Touban takes (slash commands, buttons, export requests). A response_url is a credential
 * that a request carries; only Slack's own ({@code https://hooks.slack.com/} and a plain
 * path) is accepted, so a forged or replayed request cannot make Touban post anywhere else
 * (another host, the Lambda Runtime API on loopback).
 *
 * <p>The local runner and tests answer to a loopback recorder; they say so explicitly with
 * {@link #slackOrLocal(URI)}. Nothing derives that allowance from the environment.
 */
public final class ResponseUrl {
    public static final int MAX_LENGTH = 500;
    /** Slack's answers only: what every deployed function uses. */
    public static final ResponseUrl SLACK = new ResponseUrl(null);
    private static final String SLACK_PREFIX = "https://hooks.slack.com";
    // Path segments of letters, digits, '_', '-', '.', '~' and '%' escapes; none starts with a dot (no "..").
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9_~%-][A-Za-z0-9_.~%-]*)+");

    private final String localPrefix;

    private ResponseUrl(String localPrefix) {
        this.localPrefix = localPrefix;
    }

    /**
     * Slack's answers, and also URLs under {@code localEndpoint}, which must be plain http on
     * 127.0.0.1 or localhost with a port (the local runner's recorder, a test's).
     */
    public static ResponseUrl slackOrLocal(URI localEndpoint) {
        String host = localEndpoint.getHost() == null ? "" : localEndpoint.getHost().toLowerCase(Locale.ROOT);
        if (!"http".equals(localEndpoint.getScheme()) || !(host.equals("127.0.0.1") || host.equals("localhost"))
                || localEndpoint.getPort() < 1 || localEndpoint.getRawQuery() != null || localEndpoint.getRawFragment() != null
                || localEndpoint.getRawUserInfo() != null) {
            throw new IllegalArgumentException("a local response endpoint is http://127.0.0.1:PORT/path, not " + localEndpoint);
        }
        String s = localEndpoint.toString();
        return new ResponseUrl(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }

    /** True when an answer may be posted to {@code url}. */
    public boolean allows(String url) {
        if (url == null || url.length() > MAX_LENGTH) {
            return false;
        }
        if (under(url, SLACK_PREFIX)) {
            return true;
        }
        return localPrefix != null && (url.equals(localPrefix) || under(url, localPrefix));
    }

    /** What is accepted, for error messages. */
    public String expected() {
        return "a Slack response URL (https://hooks.slack.com/...)";
    }

    private static boolean under(String url, String prefix) {
        return url.startsWith(prefix) && PATH.matcher(url.substring(prefix.length())).matches();
    }
}
