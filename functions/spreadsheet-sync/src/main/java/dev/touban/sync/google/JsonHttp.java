package dev.touban.sync.google;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Plain HTTPS calls with JSON answers, as the Slack adapter makes them: no HTTP library at cold start. */
final class JsonHttp {
    private static final int CONNECT_TIMEOUT_MS = 3000;
    private static final int READ_TIMEOUT_MS = 20000;

    private JsonHttp() {}

    static Map<String, Object> call(String name, String method, URI uri, String bearer, String contentType, byte[] body) {
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
                    throw new GoogleApiException(name, status, text.length() > 300 ? text.substring(0, 300) : text);
                }
                return text.isBlank() ? Map.of() : JSON.std.mapFrom(text);
            }
        } catch (IOException e) {
            throw new GoogleApiException(name, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
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
