package dev.touban.aws.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Translates API Gateway HTTP API (payload format 2.0) events to {@link HttpRequest} and
 * {@link HttpResponse} back to the proxy result, with {@link Json}: no object mapping and no
 * JSON library to load on the request path.
 */
public final class ApiGatewayHttp {
    private ApiGatewayHttp() {}

    public static HttpRequest read(InputStream event) throws IOException {
        try {
            return fromEvent(Json.parseObject(event));
        } catch (Json.JsonException e) {
            throw new IOException("the event is not a JSON object: " + e.getMessage(), e);
        }
    }

    public static HttpRequest fromEvent(Map<String, Object> event) {
        Map<String, String> headers = new HashMap<>();
        for (Map.Entry<String, String> header : strings(event.get("headers")).entrySet()) {
            headers.put(header.getKey().toLowerCase(Locale.ROOT), header.getValue());
        }
        Map<String, String> query = strings(event.get("queryStringParameters"));
        String method = "GET";
        if (event.get("requestContext") instanceof Map<?, ?> ctx && ctx.get("http") instanceof Map<?, ?> http
                && http.get("method") instanceof String m) {
            method = m;
        }
        String path = event.get("rawPath") instanceof String p ? p : "/";
        String body = event.get("body") instanceof String b ? b : "";
        if (Boolean.TRUE.equals(event.get("isBase64Encoded"))) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        return new HttpRequest(method, path, headers, query, body);
    }

    public static void write(HttpResponse response, OutputStream out) throws IOException {
        Json.write(toEvent(response), out);
    }

    public static Map<String, Object> toEvent(HttpResponse response) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("statusCode", response.status());
        result.put("headers", response.headers());
        result.put("body", response.body());
        result.put("isBase64Encoded", false);
        return result;
    }

    private static Map<String, String> strings(Object value) {
        Map<String, String> out = new HashMap<>();
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (entry.getKey() instanceof String key && entry.getValue() instanceof String s) {
                    out.put(key, s);
                }
            }
        }
        return out;
    }
}
