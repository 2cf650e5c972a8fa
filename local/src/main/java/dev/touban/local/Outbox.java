package dev.touban.local;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        notifyAll();
    }

    /** The first entry of {@code kind}, waiting up to {@code timeout} for a background job (an export) to add it. */
    public synchronized Optional<Map<String, Object>> await(String kind, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<Map<String, Object>> found = entries.stream().filter(e -> kind.equals(e.get("kind"))).findFirst();
            long left = deadline - System.nanoTime();
            if (found.isPresent() || left <= 0) {
                return found;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    public synchronized List<Map<String, Object>> entries() {
        return List.copyOf(entries);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
