package dev.touban.aws.http;

import java.util.Map;

/** An HTTP answer: status, headers, text body. */
public record HttpResponse(int status, Map<String, String> headers, String body) {

    public static HttpResponse json(int status, String json) {
        return new HttpResponse(status, Map.of("content-type", "application/json"), json);
    }

    public static HttpResponse text(int status, String text) {
        return new HttpResponse(status, Map.of("content-type", "text/plain; charset=utf-8"), text);
    }

    public static HttpResponse html(int status, String html) {
        return new HttpResponse(status, Map.of("content-type", "text/html; charset=utf-8"), html);
    }
}
