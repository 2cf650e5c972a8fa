package dev.touban.slack;

import dev.touban.aws.http.HttpRequest;
import dev.touban.aws.http.HttpResponse;
import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.slack.ResponseUrl;
import dev.touban.domain.slack.SlackSignature;
import dev.touban.slack.commands.CommandContext;
import dev.touban.slack.commands.CommandRouter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Slack-facing application: checks the request (size, signature, form), finds the
 * caller in the roster and runs one subcommand. Nothing is written unless every check passed.
 */
public final class SlackWebhook {
    public static final int MAX_BODY_BYTES = 16 * 1024;
    public static final String COMMANDS_PATH = "/slack/commands";

    private final OncallConfig config;
    private final SlackSignature signature;
    private final CommandRouter router;
    private final String slashCommand;
    private final ResponseUrl responseUrls;

    public SlackWebhook(OncallConfig config, SlackSignature signature, CommandRouter router, String slashCommand) {
        this(config, signature, router, slashCommand, ResponseUrl.SLACK);
    }

    /** {@code responseUrls} says where answers may go: Slack's own, or also a local recorder the caller names. */
    public SlackWebhook(OncallConfig config, SlackSignature signature, CommandRouter router, String slashCommand, ResponseUrl responseUrls) {
        this.config = config;
        this.signature = signature;
        this.router = router;
        this.slashCommand = slashCommand;
        this.responseUrls = responseUrls;
    }

    public HttpResponse handle(HttpRequest request, Instant now) {
        if (!request.path().equals(COMMANDS_PATH)) {
            return HttpResponse.text(404, "Not found: " + request.path());
        }
        if (!request.method().equals("POST")) {
            return HttpResponse.text(405, "Slack commands are POSTed");
        }
        if (request.body().getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            return HttpResponse.text(413, "Request body over " + MAX_BODY_BYTES + " bytes");
        }
        SlackSignature.Verdict verdict = signature.verify(request.header("x-slack-request-timestamp"),
                request.header("x-slack-signature"), request.body(), now);
        if (verdict != SlackSignature.Verdict.VALID) {
            return HttpResponse.text(401, switch (verdict) {
                case MISSING -> "Missing X-Slack-Signature or X-Slack-Request-Timestamp";
                case MALFORMED -> "X-Slack-Request-Timestamp is not a number";
                case STALE -> "X-Slack-Request-Timestamp is more than 5 minutes from now";
                default -> "Invalid Slack signature";
            });
        }
        String contentType = Optional.ofNullable(request.header("content-type")).orElse("").toLowerCase(Locale.ROOT);
        if (!contentType.startsWith("application/x-www-form-urlencoded")) {
            return HttpResponse.text(415, "Slack commands are sent as application/x-www-form-urlencoded");
        }
        Map<String, String> fields;
        SlashCommandForm form;
        try {
            fields = SlashCommandForm.decode(request.body());
            if ("1".equals(fields.get("ssl_check"))) {
                return HttpResponse.text(200, "");
            }
            form = SlashCommandForm.parse(fields, responseUrls);
        } catch (SlashCommandForm.BadForm e) {
            return HttpResponse.text(400, "Bad slash command: " + e.getMessage());
        }
        return run(form, requestKey(request.body()), now).toHttp();
    }

    private SlackReply run(SlashCommandForm form, String requestKey, Instant now) {
        if (!form.command().equals(slashCommand)) {
            return SlackReply.ephemeral("This app answers `" + slashCommand + "`, not `" + form.command() + "`.");
        }
        if (form.text().length() > SlashCommandForm.MAX_TEXT) {
            return SlackReply.ephemeral("That command is " + form.text().length() + " characters long; the limit is "
                    + SlashCommandForm.MAX_TEXT + ". Nothing was done.");
        }
        Optional<Member> member = config.memberBySlackId(form.userId());
        if (member.isEmpty()) {
            return SlackReply.ephemeral("You (<@" + form.userId() + ">) are not in Touban's roster yet. "
                    + "Ask a team admin to add you to oncall.yaml.");
        }
        Team team = config.teamOf(member.get().id()).orElseThrow();
        String[] words = CommandRouter.split(form.text());
        CommandContext ctx = new CommandContext(config, member.get(), team, words[1], now, requestKey, form);
        return router.find(words[0]).run(ctx);
    }

    /** Slack retries resend the same body; its hash names the request for idempotent writes. */
    static String requestKey(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "slack-command:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
