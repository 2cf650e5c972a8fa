package dev.touban.local;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the local runner sent out (Slack calls, response_url posts, and whatever else
 * adds itself), in order, for {@code GET /local/outbox}.
 */
public final class Outbox {
    private final List<Map<String, Object>> entries = new ArrayList<>();

    public synchronized void add(String kind, Instant at, Map<String, Object> message) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("seq", entries.size() + 1);
        entry.put("kind", kind);
        entry.put("at", at.toString());
        entry.put("message", message);
        entries.add(entry);
    }

    public synchronized List<Map<String, Object>> entries() {
        return List.copyOf(entries);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
