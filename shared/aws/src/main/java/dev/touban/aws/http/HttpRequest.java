package dev.touban.aws.http;

import java.util.Locale;
import java.util.Map;

/** An HTTP request as API Gateway delivers it: header names lower-cased, body decoded to text. */
public record HttpRequest(String method, String path, Map<String, String> headers, Map<String, String> query, String body) {

    public HttpRequest {
        headers = Map.copyOf(headers);
        query = Map.copyOf(query);
        body = body == null ? "" : body;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
