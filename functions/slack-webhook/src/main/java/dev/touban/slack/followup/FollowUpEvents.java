package dev.touban.slack.followup;

import dev.touban.domain.slack.ResponseUrl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Follow-ups as the detail of one {@code SlackFollowUp} event on Touban's bus, and back. The
 * reader trusts nothing it reads: every field is checked for type, shape and size, and an
 * event with anything else is rejected whole, before any of it is carried out.
 */
public final class FollowUpEvents {
    public static final String DETAIL_TYPE = "SlackFollowUp";
    static final int MAX_FOLLOW_UPS = 10;
    static final int MAX_TEXT = 3000;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern PROPOSAL = Pattern.compile("s[a-z2-9]{5}");

    private FollowUpEvents() {}

    /** Why an event was not carried out. */
    public static final class Rejected extends IllegalArgumentException {
        Rejected(String message) {
            super(message);
        }
    }

    public static Map<String, Object> detail(List<FollowUp> followUps) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (FollowUp f : followUps) {
            Map<String, Object> m = new LinkedHashMap<>();
            switch (f) {
                case FollowUp.Board b -> {
                    m.put("kind", "board");
                    m.put("incident", b.incident());
                    m.put("headline", b.headline());
                }
                case FollowUp.Reply r -> {
                    m.put("kind", "reply");
                    m.put("responseUrl", r.responseUrl());
                    m.put("text", r.text());
                    m.put("replaceOriginal", r.replaceOriginal());
                }
                case FollowUp.Notice n -> {
                    m.put("kind", "notice");
                    m.put("member", n.memberId());
                    m.put("text", n.text());
                }
                case FollowUp.SwapOffer o -> {
                    m.put("kind", "swapOffer");
                    m.put("team", o.teamId());
                    m.put("proposal", o.proposalId());
                }
            }
            out.add(m);
        }
        return Map.of("followUps", out);
    }

    /** The follow-ups of an EventBridge event (the whole event as Lambda receives it). */
    public static List<FollowUp> read(Map<String, Object> event) {
        return read(event, ResponseUrl.SLACK);
    }

    /** As above, with answers allowed where {@code responseUrls} says (a local recorder in tests). */
    public static List<FollowUp> read(Map<String, Object> event, ResponseUrl responseUrls) {
        if (!"touban".equals(event.get("source")) || !DETAIL_TYPE.equals(event.get("detail-type"))) {
            throw new Rejected("not a touban " + DETAIL_TYPE + " event");
        }
        if (!(event.get("detail") instanceof Map<?, ?> detail) || !(detail.get("followUps") instanceof List<?> list)
                || list.isEmpty() || list.size() > MAX_FOLLOW_UPS) {
            throw new Rejected("the detail holds no list of 1 to " + MAX_FOLLOW_UPS + " follow-ups");
        }
        List<FollowUp> out = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> m)) {
                throw new Rejected("a follow-up is not an object");
            }
            out.add(switch (String.valueOf(m.get("kind"))) {
                case "board" -> new FollowUp.Board(number(m.get("incident")), text(m, "headline"));
                case "reply" -> new FollowUp.Reply(url(m.get("responseUrl"), responseUrls), text(m, "text"), m.get("replaceOriginal") instanceof Boolean b && b);
                case "notice" -> new FollowUp.Notice(matching(m.get("member"), ID, "member"), text(m, "text"));
                case "swapOffer" -> new FollowUp.SwapOffer(matching(m.get("team"), ID, "team"), matching(m.get("proposal"), PROPOSAL, "proposal"));
                default -> throw new Rejected("unknown follow-up kind");
            });
        }
        return List.copyOf(out);
    }

    private static long number(Object value) {
        if (value instanceof Number n && n.longValue() > 0 && n.longValue() < 1_000_000_000_000L && n.doubleValue() == n.longValue()) {
            return n.longValue();
        }
        throw new Rejected("incident is not an incident number");
    }

    private static String text(Map<?, ?> m, String field) {
        if (m.get(field) instanceof String s && !s.isBlank() && s.length() <= MAX_TEXT) {
            return s;
        }
        throw new Rejected(field + " is not a text of 1 to " + MAX_TEXT + " characters");
    }

    private static String url(Object value, ResponseUrl responseUrls) {
        if (value instanceof String s && responseUrls.allows(s)) {
            return s;
        }
        throw new Rejected("responseUrl is not a Slack response_url");
    }

    private static String matching(Object value, Pattern pattern, String field) {
        if (value instanceof String s && pattern.matcher(s).matches()) {
            return s;
        }
        throw new Rejected(field + " is malformed");
    }
}
