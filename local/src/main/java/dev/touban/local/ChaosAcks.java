package dev.touban.local;

import dev.touban.domain.slack.SlackSignature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The acknowledgements of a chaos run: for each incident, drawn from the seed, whether someone
 * acknowledges, at which minute after the trigger, and how (an SMS reply, the signed link of a
 * page, {@code /oncall ack N} in Slack, or the Events API). An acknowledgement uses what the
 * pages carried (the SMS reply code, the link, the incident number); when the faults kept that
 * page from being sent, the Events API acknowledge of the alert's dedup key is used instead.
 */
final class ChaosAcks {
    /** Minutes after the trigger; never at a tier's due minute (0, 5, 10, 20, 25, 30), so the tier before the ack is claimed first. */
    static final List<Integer> MINUTES = List.of(2, 3, 4, 7, 8, 9, 13, 15, 17, 22, 23, 27, 28);

    enum Method { SMS_REPLY, ACK_LINK, SLACK_COMMAND, EVENTS_API }

    /** One incident's acknowledgement: at {@code minute} after the trigger, by {@code method}. */
    record Plan(int incident, int minute, Method method) {}

    private static final Pattern SMS_REPLY = Pattern.compile("Reply ACK ([0-9]+) ([A-Z0-9]+)");
    private static final Pattern LINK = Pattern.compile("/ack/([A-Za-z0-9_.~-]+)");
    private static final Pattern NUMBER = Pattern.compile("#([0-9]+)\\b");

    private ChaosAcks() {}

    /** The plan of incident {@code i}: a quarter are never acknowledged. */
    static Optional<Plan> plan(long seed, int i) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
        if (random.nextInt(4) == 0) {
            return Optional.empty();
        }
        return Optional.of(new Plan(i, MINUTES.get(random.nextInt(MINUTES.size())), Method.values()[random.nextInt(Method.values().length)]));
    }

    /** Sends the acknowledgement; answers the method used. */
    static Method send(String base, Plan plan, List<Map<String, Object>> outbox, Instant now) {
        String tag = "chaos-" + plan.incident() + " ";
        switch (plan.method()) {
            case SMS_REPLY -> {
                for (Map<String, Object> e : outbox) {
                    Map<?, ?> m = (Map<?, ?>) e.get("message");
                    Matcher reply = SMS_REPLY.matcher(String.valueOf(m.get("text")));
                    if ("sms".equals(e.get("kind")) && String.valueOf(m.get("text")).contains(tag) && reply.find()) {
                        post(base, "/local/sms", "application/json", "{\"from\":\"" + m.get("to") + "\",\"body\":\"ACK " + reply.group(1)
                                + " " + reply.group(2) + "\"}", Map.of());
                        return Method.SMS_REPLY;
                    }
                }
            }
            case ACK_LINK -> {
                for (Map<String, Object> e : outbox) {
                    String text = String.valueOf(e.get("message"));
                    Matcher link = LINK.matcher(text);
                    if (text.contains(tag) && link.find()) {
                        post(base, "/ack/" + link.group(1), "application/x-www-form-urlencoded", "action=acknowledge", Map.of());
                        return Method.ACK_LINK;
                    }
                }
            }
            case SLACK_COMMAND -> {
                for (Map<String, Object> e : outbox) {
                    String text = String.valueOf(e.get("message"));
                    Matcher number = NUMBER.matcher(text);
                    if (text.contains(tag) && number.find()) {
                        String body = "command=%2Foncall&text=ack+" + number.group(1) + "&user_id=U01ALICE&user_name=alice&channel_id=C0ONCALL"
                                + "&team_id=T0TOUBAN&trigger_id=" + now.toEpochMilli() + ".1.abc&response_url="
                                + URLEncoder.encode(base + SlackApiRecorder.RESPONSE_PATH, StandardCharsets.UTF_8);
                        String ts = Long.toString(now.getEpochSecond());
                        post(base, "/slack/commands", "application/x-www-form-urlencoded", body, Map.of("X-Slack-Request-Timestamp", ts,
                                "X-Slack-Signature", new SlackSignature(LocalRunner.DEFAULT_SECRET).sign(ts, body)));
                        return Method.SLACK_COMMAND;
                    }
                }
            }
            case EVENTS_API -> { }
        }
        post(base, "/v2/enqueue", "application/json", "{\"routing_key\":\"0123456789abcdef0123456789abcdef\",\"event_action\":\"acknowledge\","
                + "\"dedup_key\":\"chaos-" + plan.incident() + "\"}", Map.of());
        return Method.EVENTS_API;
    }

    static int post(String base, String path, String contentType, String body, Map<String, String> headers) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            c.setRequestMethod("POST");
            c.setReadTimeout(120_000);
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", contentType);
            headers.forEach(c::setRequestProperty);
            c.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                if (in != null) {
                    in.readAllBytes();
                }
            }
            return status;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
