package dev.touban.local;

import dev.touban.domain.slack.SlackSignature;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** A ready-to-paste curl command that sends a signed {@code /oncall hello} to the local runner. */
final class CurlExample {
    private CurlExample() {}

    static String hello(String base, String secret, Instant now) {
        String body = "command=%2Foncall&text=hello+weekend+standby&user_id=U01ALICE&user_name=alice&channel_id=C0ONCALL"
                + "&team_id=T0TOUBAN&trigger_id=" + now.toEpochMilli() + ".1.abc"
                + "&response_url=" + URLEncoder.encode(base + SlackApiRecorder.RESPONSE_PATH, StandardCharsets.UTF_8);
        String ts = Long.toString(now.getEpochSecond());
        String signature = new SlackSignature(secret).sign(ts, body);
        return "curl -sS " + base + "/slack/commands -H 'X-Slack-Request-Timestamp: " + ts + "' -H 'X-Slack-Signature: "
                + signature + "' --data '" + body + "'   # valid for 5 minutes";
    }
}
