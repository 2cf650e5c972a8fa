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

    /**
     * A page Touban renders (the schedule, the acknowledge page), with the headers every one
     * carries: a Content-Security-Policy that runs no script, loads nothing, allows inline
     * styles only and no framing; no MIME sniffing; no referrer (links carry tokens); not
     * indexed. {@code formAction} is where its forms may post ('self'), or null for none.
     */
    public static HttpResponse page(int status, String cacheControl, String html, String formAction) {
        String csp = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action "
                + (formAction == null ? "'none'" : formAction);
        return new HttpResponse(status, Map.of("content-type", "text/html; charset=utf-8", "cache-control", cacheControl,
                "content-security-policy", csp, "x-content-type-options", "nosniff", "referrer-policy", "no-referrer",
                "x-robots-tag", "noindex"), html);
    }
}
