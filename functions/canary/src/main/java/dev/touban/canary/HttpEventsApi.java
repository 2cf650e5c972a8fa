package dev.touban.canary;

import dev.touban.aws.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The Events API over HTTPS, at the URL the stack gives ({@code EVENTS_API_URL}): the canary
 * goes in through API Gateway and the intake function like any alert, so it proves that path.
 */
final class HttpEventsApi implements EventsApi {
    private static final int CONNECT_TIMEOUT_MS = 2000;
    private static final int READ_TIMEOUT_MS = 8000;
    private static final int MAX_BODY = 300;
    static final String USER_AGENT = "touban-canary/1";

    private final URI url;

    HttpEventsApi(URI url) {
        if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
            throw new IllegalArgumentException("EVENTS_API_URL must be an http(s) URL, not " + url);
        }
        this.url = url;
    }

    @Override
    public Answer send(Map<String, Object> event) {
        byte[] body = Json.write(event).getBytes(StandardCharsets.UTF_8);
        try {
            HttpURLConnection c = (HttpURLConnection) url.toURL().openConnection();
            c.setConnectTimeout(CONNECT_TIMEOUT_MS);
            c.setReadTimeout(READ_TIMEOUT_MS);
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            // the intake names whoever acknowledges or resolves after the User-Agent's product
            c.setRequestProperty("User-Agent", USER_AGENT);
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
            int status = c.getResponseCode();
            try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                String text = in == null ? "" : new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
                return new Answer(status, text);
            }
        } catch (IOException e) {
            return new Answer(0, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
