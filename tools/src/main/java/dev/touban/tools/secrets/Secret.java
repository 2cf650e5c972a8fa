package dev.touban.tools.secrets;

import java.util.regex.Pattern;

/**
 * One SSM SecureString Touban reads: the template parameter that names it, and where its value
 * comes from: asked (the two Slack credentials) or generated (the two signing keys).
 */
record Secret(String id, String templateParameter, boolean generated, String envVar, String fileFlag, Pattern format,
        String description, String afterRotation) {

    static final java.util.List<Secret> ALL = java.util.List.of(
            new Secret("slack-signing-secret", "SlackSigningSecretParameter", false, "SLACK_SIGNING_SECRET", "--signing-secret-file",
                    Pattern.compile("[A-Za-z0-9]{16,128}"),
                    "Slack signing secret (your app > Basic Information > App Credentials > Signing Secret)",
                    "requests Slack signs with the old secret are refused once functions read the new one"),
            new Secret("slack-bot-token", "SlackBotTokenParameter", false, "SLACK_BOT_TOKEN", "--bot-token-file",
                    Pattern.compile("xoxb-[A-Za-z0-9-]{10,250}"),
                    "Slack bot token (your app > OAuth & Permissions > Bot User OAuth Token, xoxb-...)",
                    "revoke the old token in Slack once functions use the new one"),
            new Secret("ack-link-key", "AckLinkKeyParameter", true, null, null, null,
                    "the key that signs acknowledge links (generated: 32 random bytes, hex)",
                    "acknowledge links already sent stop working"),
            new Secret("calendar-key", "CalendarKeyParameter", true, null, null, null,
                    "the key that signs team calendar and schedule page links (generated: 32 random bytes, hex)",
                    "every calendar feed and schedule page link changes: send teams their new links (bin/team-link)"));
}
