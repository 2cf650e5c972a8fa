package dev.touban.intake;

import dev.touban.aws.http.HttpRequest;
import dev.touban.aws.http.HttpResponse;
import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Service;
import dev.touban.domain.config.Team;
import dev.touban.domain.incident.AckLinks;
import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.incident.IncidentStore.AckOutcome;
import dev.touban.domain.text.HtmlText;
import dev.touban.domain.incident.IncidentStore.ResolveOutcome;
import dev.touban.domain.incident.TimelineEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The signed acknowledge link from an SMS or topic page. {@code GET /ack/{token}} shows the
 * incident (service, severity, when it started in the team's zone, who has been paged) with
 * Acknowledge and Resolve buttons; only {@code POST /ack/{token}} (a button, its {@code action}
 * field naming which) acts, as the member the link was sent to, because
 * phones and chat apps fetch links to preview them and must not acknowledge a page nobody
 * read. A malformed, altered or expired token gets a 4xx page saying so and what to do instead.
 */
public final class AckLinkPage {
    public static final String PREFIX = "/ack/";
    static final String ACKNOWLEDGE = "acknowledge";
    static final String RESOLVE = "resolve";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm z", Locale.ENGLISH);

    private final OncallConfig config;
    private final IncidentDesk desk;
    private final Supplier<AckLinks> links;

    public AckLinkPage(OncallConfig config, IncidentDesk desk, Supplier<AckLinks> links) {
        this.config = config;
        this.desk = desk;
        this.links = links;
    }

    public HttpResponse handle(HttpRequest request, Instant now) {
        String token = request.path().substring(PREFIX.length());
        boolean confirm = request.method().equals("POST");
        if (!confirm && !request.method().equals("GET")) {
            return page(405, "Not allowed", "Open the link, then press a button.");
        }
        String action = confirm ? action(request.body()) : null;
        if (confirm && action == null) {
            return page(400, "Unknown action", "Press <b>Acknowledge</b> or <b>Resolve</b> on the incident's page.");
        }
        return switch (links.get().verify(token, now)) {
            case AckLinks.Verdict.Malformed m -> page(400, "This is not an acknowledge link",
                    "The link is incomplete or damaged. Acknowledge in Slack or reply ACK and the incident number to the text message.");
            case AckLinks.Verdict.Tampered t -> page(403, "This link is not valid",
                    "It was changed or was not made by Touban. Acknowledge in Slack or reply ACK and the incident number to the text message.");
            case AckLinks.Verdict.Expired e -> page(410, "This link has expired",
                    "Acknowledge links work for 24 hours. Use <code>/oncall ack " + e.incident() + "</code> in Slack or reply ACK "
                            + e.incident() + " to the text message.");
            case AckLinks.Verdict.Valid v -> !confirm ? show(v, token)
                    : action.equals(RESOLVE) ? resolve(v, token, now) : acknowledge(v, token, now);
        };
    }

    /** The button pressed: the form's {@code action} field, acknowledge when the form has none (links sent before Resolve existed). */
    static String action(String body) {
        String action = ACKNOWLEDGE;
        for (String field : body.strip().split("&")) {
            if (field.startsWith("action=")) {
                action = field.substring("action=".length());
            }
        }
        return action.equals(ACKNOWLEDGE) || action.equals(RESOLVE) ? action : null;
    }

    private HttpResponse show(AckLinks.Verdict.Valid v, String token) {
        Optional<Incident> incident = desk.incident(v.incident());
        if (incident.isEmpty()) {
            return page(404, "No such incident", "Incident #" + v.incident() + " does not exist.");
        }
        Incident i = incident.get();
        String buttons = switch (i.status()) {
            case TRIGGERED -> button(token, ACKNOWLEDGE, "Acknowledge #" + i.number()) + button(token, RESOLVE, "Resolve #" + i.number());
            case ACKNOWLEDGED -> "<p>" + state(i) + "</p>" + button(token, RESOLVE, "Resolve #" + i.number());
            case RESOLVED -> "<p>" + state(i) + "</p>";
        };
        return page(200, title(i), details(i) + buttons);
    }

    /** What the paged person needs to decide: summary, service, severity, when it started, who has been paged. */
    private String details(Incident i) {
        String service = config.service(i.serviceId()).map(Service::name).orElse(i.serviceId() == null ? "(paged from Slack)" : i.serviceId());
        Map<String, Set<String>> paged = new LinkedHashMap<>();
        for (TimelineEntry e : desk.timeline(i.number())) {
            if (e.kind() == TimelineEntry.Kind.PAGED && e.target() != null) {
                paged.computeIfAbsent(e.target(), k -> new LinkedHashSet<>()).add(String.valueOf(e.channel()));
            }
        }
        StringBuilder who = new StringBuilder();
        paged.forEach((name, channels) -> who.append(who.isEmpty() ? "" : ", ").append(HtmlText.escape(name)).append(" (")
                .append(HtmlText.escape(String.join(", ", channels))).append(')'));
        return "<p>" + HtmlText.escape(i.alert().summary()) + "</p><dl>"
                + "<dt>Service</dt><dd>" + HtmlText.escape(service) + "</dd>"
                + "<dt>Severity</dt><dd>" + HtmlText.escape(i.alert().severity().label()) + "</dd>"
                + "<dt>Started</dt><dd>" + WHEN.format(i.triggeredAt().atZone(zone(i))) + "</dd>"
                + "<dt>From</dt><dd>" + HtmlText.escape(i.alert().source()) + "</dd>"
                + "<dt>Paged</dt><dd>" + (who.isEmpty() ? "nobody yet" : who) + "</dd></dl>";
    }

    private static String button(String token, String action, String label) {
        return "<form method=\"post\" action=\"" + PREFIX + HtmlText.escape(token) + "\"><input type=\"hidden\" name=\"action\" value=\"" + action
                + "\"><button type=\"submit\">" + HtmlText.escape(label) + "</button></form>";
    }

    private Actor actor(AckLinks.Verdict.Valid v) {
        Optional<Member> member = config.member(v.memberId());
        return Actor.member(v.memberId(), member.map(Member::name).orElse(v.memberId()), "link");
    }

    private HttpResponse acknowledge(AckLinks.Verdict.Valid v, String token, Instant now) {
        Actor who = actor(v);
        return switch (desk.acknowledge(v.incident(), who, now)) {
            case AckOutcome.Acknowledged a -> page(200, "Acknowledged #" + v.incident(),
                    "<p>Thank you, " + HtmlText.escape(who.name()) + ". The escalation has stopped. " + HtmlText.escape(a.incident().alert().summary()) + "</p>"
                            + button(token, RESOLVE, "Resolve #" + v.incident()));
            case AckOutcome.AlreadyAcknowledged a -> page(200, title(a.incident()), "<p>" + state(a.incident()) + "</p>"
                    + button(token, RESOLVE, "Resolve #" + v.incident()));
            case AckOutcome.AlreadyResolved r -> page(200, title(r.incident()), state(r.incident()));
            case AckOutcome.NotFound n -> page(404, "No such incident", "Incident #" + v.incident() + " does not exist.");
        };
    }

    private HttpResponse resolve(AckLinks.Verdict.Valid v, String token, Instant now) {
        Actor who = actor(v);
        return switch (desk.resolve(v.incident(), who, now)) {
            case ResolveOutcome.Resolved r -> page(200, "Resolved #" + v.incident(),
                    "Thank you, " + HtmlText.escape(who.name()) + ". " + HtmlText.escape(r.incident().alert().summary()) + " is resolved.");
            case ResolveOutcome.AlreadyResolved r -> page(200, title(r.incident()), state(r.incident()));
            case ResolveOutcome.NotFound n -> page(404, "No such incident", "Incident #" + v.incident() + " does not exist.");
        };
    }

    /** Times on the page are in the incident's team zone, whoever opens it. */
    private ZoneId zone(Incident i) {
        return config.team(i.teamId()).map(Team::timeZone).orElse(ZoneId.of("UTC"));
    }

    private static String title(Incident i) {
        return "Incident #" + i.number();
    }

    private String state(Incident i) {
        return switch (i.status()) {
            case TRIGGERED -> "Still waiting for an acknowledgement.";
            case ACKNOWLEDGED -> "Already acknowledged by " + HtmlText.escape(i.acknowledgedBy().name()) + " at "
                    + WHEN.format(i.acknowledgedAt().atZone(zone(i))) + ".";
            case RESOLVED -> "Already resolved by " + HtmlText.escape(i.resolvedBy().name()) + " at " + WHEN.format(i.resolvedAt().atZone(zone(i))) + ".";
        };
    }

    private static HttpResponse page(int status, String title, String html) {
        String body = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">"
                + "<title>" + HtmlText.escape(title) + " · Touban</title><style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;"
                + "padding:0 1rem}button{font-size:1.2rem;padding:.6rem 1.2rem}</style></head><body><h1>" + HtmlText.escape(title) + "</h1>"
                + (html.startsWith("<") ? html : "<p>" + html + "</p>") + "</body></html>";
        // its one form posts back to the same /ack/{token}
        return HttpResponse.page(status, "no-store", body, "'self'");
    }
}
