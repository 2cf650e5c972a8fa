package dev.touban.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Serves a Lambda handler over local HTTP the way API Gateway's HTTP API does: the exchange
 * becomes a payload-2.0 event, the handler's proxy result becomes the HTTP answer.
 */
final class LambdaHttpBridge {
    private LambdaHttpBridge() {}

    static void serve(HttpExchange exchange, RequestStreamHandler handler, Instant now) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, Object> event = event(exchange, new String(body, StandardCharsets.UTF_8), now);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(JSON.std.asBytes(event)), out, null);
        } catch (IOException | RuntimeException e) {
            // As Lambda answers a handler that throws: a 500, never a hung connection.
            e.printStackTrace();
            send(exchange, 500, Map.of("content-type", "text/plain"), "handler failed: " + e);
            return;
        }
        Map<String, Object> result = JSON.std.mapFrom(out.toByteArray());
        @SuppressWarnings("unchecked")
        Map<String, String> headers = (Map<String, String>) result.getOrDefault("headers", Map.of());
        send(exchange, ((Number) result.get("statusCode")).intValue(), headers, String.valueOf(result.getOrDefault("body", "")));
    }

    static Map<String, Object> event(HttpExchange exchange, String body, Instant now) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        Map<String, String> query = new LinkedHashMap<>();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                query.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        String path = exchange.getRequestURI().getRawPath();
        Map<String, Object> http = Map.of("method", exchange.getRequestMethod(), "path", path, "protocol", "HTTP/1.1",
                "sourceIp", "127.0.0.1", "userAgent", headers.getOrDefault("user-agent", ""));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("routeKey", "$default");
        event.put("rawPath", path);
        event.put("rawQueryString", rawQuery == null ? "" : rawQuery);
        event.put("headers", headers);
        if (!query.isEmpty()) {
            event.put("queryStringParameters", query);
        }
        event.put("requestContext", Map.of("http", http, "requestId", Long.toHexString(System.nanoTime()),
                "stage", "$default", "timeEpoch", now.toEpochMilli()));
        event.put("body", body);
        event.put("isBase64Encoded", false);
        return event;
    }

    static void send(HttpExchange exchange, int status, Map<String, String> headers, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        headers.forEach((k, v) -> exchange.getResponseHeaders().put(k, List.of(v)));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
