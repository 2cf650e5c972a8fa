package dev.touban.importer;

import dev.touban.domain.config.ConfigException;
import dev.touban.domain.config.ConfigLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The draft's services and their routing keys. An integration key is a secret and never
 * reaches the draft: with a loader that reads {@code routingKeySha256} (one, or two while
 * rotating) the service keeps the SHA-256 of the source's Events API key, so monitoring keeps
 * its key and only changes URL; a service without one gets the digest of a key nobody holds
 * and a TODO to run {@code bin/touban-key}. With a loader that still wants {@code routingKey}
 * in plain text, the service gets a fresh random key and the digests stay in comments.
 */
final class ServiceDrafts {
    static final int MAX_KEYS = 2;

    /** How the config loader on the classpath takes routing keys. */
    enum KeyStyle {
        HASHED,
        PLAINTEXT;

        /** Asks the loader itself: does a service given only a routingKeySha256 load? */
        static KeyStyle ofLoader() {
            String probe = "members:\n  - { id: a, name: A, slack: UA1, phone: \"+10000000001\", timeZone: UTC }\n"
                    + "teams:\n  - { id: t, name: T, timeZone: UTC, members: [a] }\n"
                    + "escalationPolicies:\n  - { id: p, team: t, tiers: [ { delayMinutes: 1, targets: [ { user: a } ] } ] }\n"
                    + "services:\n  - { id: s, escalationPolicy: p, routingKeySha256: " + "0".repeat(64) + " }\n";
            try {
                ConfigLoader.parse("probe", probe);
                return HASHED;
            } catch (ConfigException e) {
                return PLAINTEXT;
            }
        }
    }

    private ServiceDrafts() {}

    static List<Draft.Service> of(Source src, Map<String, String> policyIds, KeyStyle style, Supplier<String> newKey, List<String> footer) {
        Handles ids = new Handles("service");
        List<Draft.Service> out = new ArrayList<>();
        for (Source.Service s : src.services()) {
            String policy = policyIds.get(s.policySourceId());
            if (policy == null) {
                footer.add("Not imported: service \"" + s.name() + "\": its escalation policy was not imported.");
                continue;
            }
            List<String> comments = new ArrayList<>(s.notes());
            List<String> hashes = new ArrayList<>(s.keyHashes());
            String plain = null;
            if (style == KeyStyle.PLAINTEXT) {
                plain = newKey.get();
                for (String hash : hashes) {
                    comments.add("routingKeySha256: " + hash);
                }
                if (!hashes.isEmpty()) {
                    comments.add("Above: the SHA-256 of " + src.tool() + "'s integration key (the key itself is not copied). Where Touban"
                            + " reads hashed keys, replace routingKey with that line and monitoring keeps its key; until then routingKey is"
                            + " a new random key: give it to monitoring.");
                }
                hashes = List.of();
            } else if (hashes.isEmpty()) {
                hashes = List.of(RoutingKeys.sha256(newKey.get()));
                comments.add("TODO routingKeySha256: stands for a key nobody holds, so nothing reaches this service yet: run"
                        + " bin/touban-key and paste the line it prints here, then give monitoring the key.");
            } else {
                comments.add("routingKeySha256: the SHA-256 of " + src.tool() + "'s integration key (the key is not copied):"
                        + " monitoring keeps sending it and only changes its URL to Touban's.");
                if (hashes.size() > MAX_KEYS) {
                    comments.add("Not mapped: " + (hashes.size() - MAX_KEYS) + " more integration keys; Touban takes two per service.");
                    hashes = hashes.subList(0, MAX_KEYS);
                }
            }
            out.add(new Draft.Service(ids.next(s.name()), s.name(), plain, List.copyOf(hashes), policy, comments));
        }
        return out;
    }
}
