package dev.touban.tools.secrets;

import java.util.regex.Pattern;

/**
 * One SSM SecureString Touban reads: the template parameter that names it, and where its value
 * comes from: asked (the two Slack credentials) or generated ({@code generatedBytes} random
 * bytes in hex: the two signing keys, and the canary's routing key, whose SHA-256 goes in
 * oncall.yaml and is printed to paste there).
 */
record Secret(String id, String templateParameter, int generatedBytes, String envVar, String fileFlag, Pattern format,
        String description, String afterRotation) {

    static final String CANARY_ROUTING_KEY = "canary-routing-key";

    boolean generated() {
        return generatedBytes > 0;
    }

    /** A routing key: oncall.yaml holds its SHA-256, which is printed when it is made. */
    boolean routingKey() {
        return id.equals(CANARY_ROUTING_KEY);
    }

    static final java.util.List<Secret> ALL = java.util.List.of(
            new Secret("slack-signing-secret", "SlackSigningSecretParameter", 0, "SLACK_SIGNING_SECRET", "--signing-secret-file",
                    Pattern.compile("[A-Za-z0-9]{16,128}"),
                    "Slack signing secret (your app > Basic Information > App Credentials > Signing Secret)",
                    "requests Slack signs with the old secret are refused once functions read the new one"),
            new Secret("slack-bot-token", "SlackBotTokenParameter", 0, "SLACK_BOT_TOKEN", "--bot-token-file",
                    Pattern.compile("xoxb-[A-Za-z0-9-]{10,250}"),
                    "Slack bot token (your app > OAuth & Permissions > Bot User OAuth Token, xoxb-...)",
                    "revoke the old token in Slack once functions use the new one"),
            new Secret("ack-link-key", "AckLinkKeyParameter", 32, null, null, null,
                    "the key that signs acknowledge links (generated: 32 random bytes, hex)",
                    "acknowledge links already sent stop working"),
            new Secret("calendar-key", "CalendarKeyParameter", 32, null, null, null,
                    "the key that signs team calendar and schedule page links (generated: 32 random bytes, hex)",
                    "every calendar feed and schedule page link changes: send teams their new links (bin/team-link)"),
            new Secret(CANARY_ROUTING_KEY, "CanaryRoutingKeyParameter", 16, null, null, null,
                    "the routing key of the canary service (generated: 16 random bytes, hex, 32 characters as Events API keys are)",
                    "paste the new routingKeySha256 into the canary service of oncall.yaml and deploy; until then the canary is refused"));
}
