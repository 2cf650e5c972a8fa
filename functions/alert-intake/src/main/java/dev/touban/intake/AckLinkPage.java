package dev.touban.intake;

import dev.touban.aws.http.HttpRequest;
import dev.touban.aws.http.HttpResponse;
import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.incident.AckLinks;
import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.incident.IncidentStatus;
import dev.touban.domain.incident.IncidentStore.AckOutcome;
import dev.touban.domain.text.HtmlText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The signed acknowledge link from an SMS or topic page. {@code GET /ack/{token}} shows the
 * incident and a button; only {@code POST /ack/{token}} (the button) acknowledges, because
 * phones and chat apps fetch links to preview them and must not acknowledge a page nobody
 * read. A malformed, altered or expired token gets a 4xx page saying so and what to do instead.
 */
public final class AckLinkPage {
    public static final String PREFIX = "/ack/";
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
            return page(405, "Not allowed", "Open the link, then press the button.");
        }
        return switch (links.get().verify(token, now)) {
            case AckLinks.Verdict.Malformed m -> page(400, "This is not an acknowledge link",
                    "The link is incomplete or damaged. Acknowledge in Slack or reply ACK and the incident number to the text message.");
            case AckLinks.Verdict.Tampered t -> page(403, "This link is not valid",
                    "It was changed or was not made by Touban. Acknowledge in Slack or reply ACK and the incident number to the text message.");
            case AckLinks.Verdict.Expired e -> page(410, "This link has expired",
                    "Acknowledge links work for 24 hours. Use <code>/oncall ack " + e.incident() + "</code> in Slack or reply ACK "
                            + e.incident() + " to the text message.");
            case AckLinks.Verdict.Valid v -> confirm ? acknowledge(v, token, now) : show(v, token);
        };
    }

    private HttpResponse show(AckLinks.Verdict.Valid v, String token) {
        Optional<Incident> incident = desk.incident(v.incident());
        if (incident.isEmpty()) {
            return page(404, "No such incident", "Incident #" + v.incident() + " does not exist.");
        }
        Incident i = incident.get();
        if (i.status() != IncidentStatus.TRIGGERED) {
            return page(200, title(i), state(i, zone(v)));
        }
        return page(200, title(i), "<p>" + HtmlText.escape(i.alert().summary()) + "</p><p>Severity " + i.alert().severity().label()
                + " · from " + HtmlText.escape(i.alert().source()) + "</p>"
                + "<form method=\"post\" action=\"" + PREFIX + HtmlText.escape(token) + "\"><button type=\"submit\">Acknowledge #" + i.number()
                + "</button></form>");
    }

    private HttpResponse acknowledge(AckLinks.Verdict.Valid v, String token, Instant now) {
        Optional<Member> member = config.member(v.memberId());
        Actor who = Actor.member(v.memberId(), member.map(Member::name).orElse(v.memberId()), "link");
        return switch (desk.acknowledge(v.incident(), who, now)) {
            case AckOutcome.Acknowledged a -> page(200, "Acknowledged #" + v.incident(),
                    "Thank you, " + HtmlText.escape(who.name()) + ". The escalation has stopped. " + HtmlText.escape(a.incident().alert().summary()));
            case AckOutcome.AlreadyAcknowledged a -> page(200, title(a.incident()), state(a.incident(), zone(v)));
            case AckOutcome.AlreadyResolved r -> page(200, title(r.incident()), state(r.incident(), zone(v)));
            case AckOutcome.NotFound n -> page(404, "No such incident", "Incident #" + v.incident() + " does not exist.");
        };
    }

    private ZoneId zone(AckLinks.Verdict.Valid v) {
        return config.member(v.memberId()).map(Member::timeZone).orElse(ZoneId.of("UTC"));
    }

    private static String title(Incident i) {
        return "Incident #" + i.number();
    }

    private static String state(Incident i, ZoneId zone) {
        return switch (i.status()) {
            case TRIGGERED -> "Still waiting for an acknowledgement.";
            case ACKNOWLEDGED -> "Already acknowledged by " + HtmlText.escape(i.acknowledgedBy().name()) + " at "
                    + WHEN.format(i.acknowledgedAt().atZone(zone)) + ".";
            case RESOLVED -> "Already resolved by " + HtmlText.escape(i.resolvedBy().name()) + " at " + WHEN.format(i.resolvedAt().atZone(zone)) + ".";
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
