package dev.touban.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Opsgenie escalation as a Touban policy. Opsgenie times each rule from the alert's
 * creation; Touban times each tier from the one before. So rules are ordered by their delay,
 * rules with the same delay page together as one tier, and a tier's delay is the gap to the
 * next; the last tier waits the repeat's {@code waitInterval} (else 5 minutes).
 */
final class OpsgenieEscalations {
    static final int LAST_TIER_MINUTES = 5;

    private OpsgenieEscalations() {}

    static Source.Policy policy(JsonIn e, Map<String, String> idOfUsername) {
        String id = e.text("id");
        String name = e.optionalText("name") != null ? e.text("name") : id;
        Map<Long, List<JsonIn>> byDelay = new LinkedHashMap<>();
        List<JsonIn> rules = new ArrayList<>(e.field("rules").list());
        rules.sort((a, b) -> Long.compare(minutes(a.field("delay")), minutes(b.field("delay"))));
        for (JsonIn rule : rules) {
            byDelay.computeIfAbsent(minutes(rule.field("delay")), k -> new ArrayList<>()).add(rule);
        }
        List<Long> delays = new ArrayList<>(byDelay.keySet());
        long repeatCount = 0;
        long wait = LAST_TIER_MINUTES;
        List<String> notes = new ArrayList<>();
        if (e.has("repeat")) {
            JsonIn repeat = e.field("repeat");
            repeatCount = repeat.number("count", 0);
            wait = Math.max(1, repeat.number("waitInterval", LAST_TIER_MINUTES));
            if (repeat.isTrue("closeAlertAfterAll")) {
                notes.add("Not mapped: Opsgenie closes the alert after the last repeat; Touban leaves the incident open and says so.");
            }
        }
        List<Source.Tier> tiers = new ArrayList<>();
        for (int i = 0; i < delays.size(); i++) {
            List<String> tierNotes = new ArrayList<>();
            if (i == 0 && delays.get(0) > 0) {
                tierNotes.add("Opsgenie waits " + delays.get(0) + " min before this rule; Touban pages tier 1 at once.");
            }
            List<Source.Target> targets = new ArrayList<>();
            for (JsonIn rule : byDelay.get(delays.get(i))) {
                target(rule, idOfUsername, targets, tierNotes);
            }
            long delay = i + 1 < delays.size() ? delays.get(i + 1) - delays.get(i) : wait;
            tiers.add(new Source.Tier((int) Math.min(Integer.MAX_VALUE, delay), targets, tierNotes));
        }
        String teamKey = e.has("ownerTeam") && e.field("ownerTeam").has("id") ? "og-team:" + e.field("ownerTeam").text("id") : null;
        return new Source.Policy(id, name, teamKey, (int) Math.max(0, Math.min(100, repeatCount)), tiers, notes);
    }

    private static void target(JsonIn rule, Map<String, String> idOfUsername, List<Source.Target> targets, List<String> notes) {
        JsonIn recipient = rule.field("recipient");
        String type = recipient.text("type");
        String condition = rule.optionalText("condition");
        if ("if-not-closed".equals(condition)) {
            notes.add("Not mapped: Opsgenie goes on until the alert is closed; Touban's escalation stops at the acknowledgement.");
        }
        String notify = rule.optionalText("notifyType");
        if (notify != null && !notify.equals("default")) {
            notes.add("Not mapped: notifyType \"" + notify + "\"; Touban pages whoever is on call now.");
        }
        switch (type) {
            case "schedule" -> {
                if (recipient.has("id")) {
                    targets.add(new Source.Target(true, recipient.text("id")));
                } else {
                    notes.add("Not mapped: schedule \"" + recipient.optionalText("name") + "\" named without its id.");
                }
            }
            case "user" -> {
                String id = OpsgenieReader.userId(recipient, idOfUsername);
                if (id != null) {
                    targets.add(new Source.Target(false, id));
                } else {
                    notes.add("Not mapped: user " + recipient.optionalText("username") + ", who is not in the users file.");
                }
            }
            default -> notes.add("Not mapped: " + type + (recipient.has("name") ? " \"" + recipient.text("name") + "\"" : "")
                    + "; a Touban tier pages rotations and people (page that team's rotation or a person instead).");
        }
    }

    /** A rule's delay in whole minutes. */
    static long minutes(JsonIn delay) {
        long amount = delay.field("timeAmount").number();
        String unit = delay.optionalText("timeUnit") == null ? "minutes" : delay.text("timeUnit");
        return switch (unit) {
            case "days" -> amount * 24 * 60;
            case "hours" -> amount * 60;
            case "minutes" -> amount;
            case "seconds" -> amount / 60;
            case "miliseconds", "milliseconds" -> amount / 60_000;
            case "micros", "nanos" -> 0;
            default -> throw delay.field("timeUnit").fail("'" + unit + "' is not a time unit Opsgenie knows");
        };
    }
}
