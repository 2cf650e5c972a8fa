package dev.touban.sync;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A recorder standing in for Google's OAuth token endpoint and the Sheets API v4: it checks
 * the service-account JWT's RS256 signature with the key's public half, keeps a spreadsheet's
 * tabs and cells as the API would, and records every request for assertions.
 */
final class FakeGoogle extends Dispatcher {
    record Call(String method, String path, String authorization, String body) {}

    private final PublicKey publicKey;
    private final String clientEmail;
    final List<Call> calls = new CopyOnWriteArrayList<>();
    final Map<String, Long> tabs = new LinkedHashMap<>();
    final Map<Long, List<List<Object>>> cells = new LinkedHashMap<>();
    final List<Map<String, Object>> claims = new CopyOnWriteArrayList<>();
    private int tokens;

    /** Answers (status, Retry-After seconds or -1) given to the next Sheets calls before they are handled. */
    final java.util.Deque<int[]> outages = new java.util.ArrayDeque<>();

    FakeGoogle(PublicKey publicKey, String clientEmail) {
        this.publicKey = publicKey;
        this.clientEmail = clientEmail;
        tabs.put("Sheet1", 0L);
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        String path = request.getUrl().encodedPath();
        calls.add(new Call(request.getMethod(), path + (request.getUrl().encodedQuery() == null ? "" : "?" + request.getUrl().encodedQuery()),
                request.getHeaders().get("Authorization"), body));
        try {
            if (path.equals("/token")) {
                return token(body);
            }
            int[] outage = outages.poll();
            if (outage != null) {
                MockResponse.Builder failed = new MockResponse.Builder().code(outage[0]).body("{\"error\":{\"code\":" + outage[0] + "}}");
                return (outage[1] >= 0 ? failed.addHeader("Retry-After", Integer.toString(outage[1])) : failed).build();
            }
            if (!("Bearer ya29.test-" + tokens).equals(request.getHeaders().get("Authorization"))) {
                return json(401, Map.of("error", Map.of("code", 401, "message", "Request had invalid authentication credentials.")));
            }
            if (request.getMethod().equals("GET") && path.startsWith("/v4/spreadsheets/")) {
                List<Object> sheets = new ArrayList<>();
                tabs.forEach((title, id) -> sheets.add(Map.of("properties", Map.of("sheetId", id, "title", title))));
                return json(200, Map.of("sheets", sheets));
            }
            if (request.getMethod().equals("POST") && path.endsWith(":batchUpdate")) {
                return batchUpdate(JSON.std.mapFrom(body));
            }
            return json(404, Map.of("error", Map.of("code", 404, "message", "not found: " + path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MockResponse token(String form) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        if (!"urn:ietf:params:oauth:grant-type:jwt-bearer".equals(fields.get("grant_type"))) {
            return json(400, Map.of("error", "unsupported_grant_type"));
        }
        String[] jwt = fields.get("assertion").split("\\.");
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(publicKey);
            rsa.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(Base64.getUrlDecoder().decode(jwt[2]))) {
                return json(400, Map.of("error", "invalid_grant", "error_description", "Invalid JWT Signature."));
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> c = JSON.std.mapFrom(Base64.getUrlDecoder().decode(jwt[1]));
        if (!clientEmail.equals(c.get("iss"))) {
            return json(400, Map.of("error", "invalid_grant"));
        }
        claims.add(c);
        tokens++;
        return json(200, Map.of("access_token", "ya29.test-" + tokens, "expires_in", 3599, "token_type", "Bearer"));
    }

    @SuppressWarnings("unchecked")
    private MockResponse batchUpdate(Map<String, Object> body) throws IOException {
        List<Object> replies = new ArrayList<>();
        for (Object o : (List<Object>) body.get("requests")) {
            Map<String, Object> r = (Map<String, Object>) o;
            if (r.get("addSheet") instanceof Map<?, ?> add) {
                String title = (String) ((Map<String, Object>) add.get("properties")).get("title");
                if (tabs.containsKey(title)) {
                    return json(400, Map.of("error", Map.of("code", 400, "message",
                            "Invalid requests[0].addSheet: A sheet with the name \"" + title + "\" already exists.")));
                }
                long id = 1000L + tabs.size();
                tabs.put(title, id);
                replies.add(Map.of("addSheet", Map.of("properties", Map.of("sheetId", id, "title", title))));
            } else if (r.get("updateCells") instanceof Map<?, ?> update) {
                if (update.get("rows") == null) {
                    long id = ((Number) ((Map<String, Object>) update.get("range")).get("sheetId")).longValue();
                    cells.put(id, new ArrayList<>());
                } else {
                    long id = ((Number) ((Map<String, Object>) update.get("start")).get("sheetId")).longValue();
                    List<List<Object>> grid = cells.computeIfAbsent(id, k -> new ArrayList<>());
                    for (Object row : (List<Object>) update.get("rows")) {
                        List<Object> values = new ArrayList<>();
                        for (Object cell : (List<Object>) ((Map<String, Object>) row).get("values")) {
                            Map<String, Object> v = (Map<String, Object>) ((Map<String, Object>) cell).get("userEnteredValue");
                            values.add(v == null ? null : v.values().iterator().next());
                        }
                        grid.add(values);
                    }
                }
                replies.add(Map.of());
            } else {
                replies.add(Map.of());
            }
        }
        return json(200, Map.of("replies", replies));
    }

    List<List<Object>> tab(String title) {
        return cells.getOrDefault(tabs.get(title), List.of());
    }

    private static MockResponse json(int code, Object body) throws IOException {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json; charset=UTF-8")
                .body(JSON.std.asString(body)).build();
    }
}
