package dev.touban.slack;

import dev.touban.aws.http.Json;
import dev.touban.aws.http.HttpRequest;
import dev.touban.aws.http.HttpResponse;
import dev.touban.aws.notify.IncidentBlocks;
import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.incident.IncidentDesk.EscalateOutcome;
import dev.touban.domain.incident.IncidentStore.AckOutcome;
import dev.touban.domain.incident.IncidentStore.ResolveOutcome;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.domain.rotation.SwapProposalStore;
import dev.touban.domain.slack.ResponseUrl;
import dev.touban.domain.slack.SlackSignature;
import dev.touban.domain.text.SlackText;
import dev.touban.slack.followup.FollowUp;
import dev.touban.slack.followup.FollowUps;
import dev.touban.slack.followup.SwapOfferText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code POST /slack/interactions}: the Acknowledge, Resolve and Escalate-now buttons of
 * incident messages and the Accept and Decline buttons of swap offers ({@code block_actions}). Checked like slash commands (size, signature,
 * form) before anything is read, then the caller's team boundary ({@link IncidentGate}).
 * Slack always gets an empty 200 at once; the Slack work follows off the request path
 * ({@link FollowUps}): the incident's messages are updated, and a press that lost (someone
 * acknowledged first) or was refused is answered privately through the payload's response_url.
 */
public final class SlackInteractions {
    public static final String PATH = "/slack/interactions";
    private static final Set<String> INCIDENT_ACTIONS = Set.of(IncidentBlocks.ACKNOWLEDGE, IncidentBlocks.RESOLVE, IncidentBlocks.ESCALATE);

    private final OncallConfig config;
    private final SlackSignature signature;
    private final Supplier<IncidentDesk> desk;
    private final SwapAnswers swaps;
    private final FollowUps followUps;
    private final ResponseUrl responseUrls;

    /** Answers to the presser (through response_url) and direct messages go to {@code followUps}, after Slack got its 200; only Slack's own response_urls are answered. */
    public SlackInteractions(OncallConfig config, SlackSignature signature, Supplier<IncidentDesk> desk,
            SwapProposalStore proposals, FollowUps followUps) {
        this(config, signature, desk, proposals, followUps, ResponseUrl.SLACK);
    }

    /** As above, answering also to the local recorder {@code responseUrls} names. */
    public SlackInteractions(OncallConfig config, SlackSignature signature, Supplier<IncidentDesk> desk,
            SwapProposalStore proposals, FollowUps followUps, ResponseUrl responseUrls) {
        this.config = config;
        this.signature = signature;
        this.desk = desk;
        this.swaps = new SwapAnswers(config, proposals);
        this.followUps = followUps;
        this.responseUrls = responseUrls;
    }

    public HttpResponse handle(HttpRequest request, Instant now) {
        if (!request.method().equals("POST")) {
            return HttpResponse.text(405, "Slack interactions are POSTed");
        }
        if (request.body().getBytes(StandardCharsets.UTF_8).length > SlackWebhook.MAX_BODY_BYTES * 4) {
            return HttpResponse.text(413, "Request body over " + SlackWebhook.MAX_BODY_BYTES * 4 + " bytes");
        }
        SlackSignature.Verdict verdict = signature.verify(request.header("x-slack-request-timestamp"),
                request.header("x-slack-signature"), request.body(), now);
        if (verdict != SlackSignature.Verdict.VALID) {
            return HttpResponse.text(401, "Invalid or missing Slack signature (" + verdict.name().toLowerCase(Locale.ROOT) + ")");
        }
        String contentType = Optional.ofNullable(request.header("content-type")).orElse("").toLowerCase(Locale.ROOT);
        if (!contentType.startsWith("application/x-www-form-urlencoded")) {
            return HttpResponse.text(415, "Slack interactions are sent as application/x-www-form-urlencoded");
        }
        Map<String, Object> payload;
        try {
            String json = SlashCommandForm.decode(request.body()).get("payload");
            if (json == null || json.isBlank()) {
                return HttpResponse.text(400, "Bad interaction: field payload is missing");
            }
            Object parsed = Json.parse(json);
            if (!(parsed instanceof Map<?, ?>)) {
                return HttpResponse.text(400, "Bad interaction: payload is not a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) parsed;
            payload = map;
        } catch (SlashCommandForm.BadForm e) {
            return HttpResponse.text(400, "Bad interaction: " + e.getMessage());
        } catch (Json.JsonException e) {
            return HttpResponse.text(400, "Bad interaction: payload is not valid JSON (" + e.getMessage() + ")");
        }
        if (!"block_actions".equals(payload.get("type"))) {
            return HttpResponse.text(200, "");
        }
        String userId = payload.get("user") instanceof Map<?, ?> u && u.get("id") instanceof String id ? id : null;
        String responseUrl = payload.get("response_url") instanceof String url && responseUrls.allows(url) ? url : null;
        if (userId == null || !(payload.get("actions") instanceof List<?> actions) || actions.isEmpty()
                || !(actions.get(0) instanceof Map<?, ?> action)) {
            return HttpResponse.text(400, "Bad interaction: a block_actions payload names a user and an action");
        }
        Optional<Member> member = config.memberBySlackId(userId);
        if (member.isEmpty()) {
            tell(responseUrl, "You (<@" + userId + ">) are not in Touban's roster, so you cannot act on incidents. Ask a team admin to add you to oncall.yaml.");
            return HttpResponse.text(200, "");
        }
        String actionId = String.valueOf(action.get("action_id"));
        String value = action.get("value") instanceof String v ? v : "";
        if (actionId.equals(SwapOfferText.ACCEPT) || actionId.equals(SwapOfferText.DECLINE)) {
            if (!SwapAnswers.isProposalValue(value)) {
                return HttpResponse.text(400, "Bad interaction: the button's value is not a swap proposal");
            }
            send(swaps.answer(member.get(), value, actionId.equals(SwapOfferText.ACCEPT), responseUrl, now));
            return HttpResponse.text(200, "");
        }
        if (!INCIDENT_ACTIONS.contains(actionId)) {
            return HttpResponse.text(200, "");
        }
        if (!value.matches("[0-9]{1,12}")) {
            return HttpResponse.text(400, "Bad interaction: the button's value is not an incident number");
        }
        long number = Long.parseLong(value);
        Actor who = Actor.member(member.get().id(), member.get().name(), "Slack");
        if (IncidentGate.check(desk.get(), config, member.get(), number) instanceof IncidentGate.Verdict.Refused refused) {
            tell(responseUrl, refused.message());
            return HttpResponse.text(200, "");
        }
        String answer = switch (actionId) {
            case IncidentBlocks.ACKNOWLEDGE -> acknowledge(number, who, member.get(), now);
            case IncidentBlocks.RESOLVE -> resolve(number, who, member.get(), now);
            default -> escalate(number, who, member.get(), now);
        };
        tell(responseUrl, answer);
        return HttpResponse.text(200, "");
    }

    /** The message for the person who pressed, or null when the updated incident message says it all. */
    private String acknowledge(long number, Actor who, Member member, Instant now) {
        Language lang = config.language(member);
        return switch (desk.get().acknowledge(number, who, now)) {
            case AckOutcome.Acknowledged a -> null;
            case AckOutcome.AlreadyAcknowledged a -> Messages.say(lang, Msg.ACK_ALREADY, "number", number,
                    "name", SlackText.escape(a.incident().acknowledgedBy().name()),
                    "time", TimeText.at(a.incident().acknowledgedAt(), zone(a.incident().teamId(), member), lang));
            case AckOutcome.AlreadyResolved r -> Messages.say(lang, Msg.ACK_ALREADY_RESOLVED, "number", number,
                    "name", SlackText.escape(r.incident().resolvedBy().name()));
            case AckOutcome.NotFound n -> Messages.say(lang, Msg.INCIDENT_NONE, "number", number);
        };
    }

    private String resolve(long number, Actor who, Member member, Instant now) {
        Language lang = config.language(member);
        return switch (desk.get().resolve(number, who, now)) {
            case ResolveOutcome.Resolved r -> null;
            case ResolveOutcome.AlreadyResolved r -> Messages.say(lang, Msg.RESOLVE_ALREADY, "number", number,
                    "name", SlackText.escape(r.incident().resolvedBy().name()),
                    "time", TimeText.at(r.incident().resolvedAt(), zone(r.incident().teamId(), member), lang));
            case ResolveOutcome.NotFound n -> Messages.say(lang, Msg.INCIDENT_NONE, "number", number);
        };
    }

    /** Replies give times in the incident's team zone, not the presser's own. */
    private java.time.ZoneId zone(String teamId, Member member) {
        return ReplyZone.of(config, teamId, config.teamOf(member.id()).orElseThrow());
    }

    private String escalate(long number, Actor who, Member member, Instant now) {
        Language lang = config.language(member);
        return switch (desk.get().escalateNow(number, who, now)) {
            case EscalateOutcome.Escalating e -> Messages.say(lang, Msg.ESCALATE_PAGING, "number", number);
            case EscalateOutcome.NotEscalating n -> Messages.say(lang, Msg.ESCALATE_NOT, "number", number,
                    "status", Messages.say(lang, switch (n.incident().status()) {
                        case TRIGGERED -> Msg.STATUS_TRIGGERED;
                        case ACKNOWLEDGED -> Msg.STATUS_ACKNOWLEDGED;
                        case RESOLVED -> Msg.STATUS_RESOLVED;
                    }),
                    "allPaged", n.incident().nextStepAt() == null ? Messages.say(lang, Msg.ESCALATE_ALL_PAGED) : "");
            case EscalateOutcome.NotFound n -> Messages.say(lang, Msg.INCIDENT_NONE, "number", number);
        };
    }

    private void tell(String responseUrl, String text) {
        if (text != null && responseUrl != null) {
            send(List.of(new FollowUp.Reply(responseUrl, text, false)));
        }
    }

    private void send(List<FollowUp> answers) {
        try {
            followUps.send(answers);
        } catch (RuntimeException e) {
            System.getLogger(SlackInteractions.class.getName()).log(System.Logger.Level.WARNING, "handing on the answer failed: " + e.getMessage());
        }
    }
}
