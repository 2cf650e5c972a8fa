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
import dev.touban.domain.incident.IncidentStore.ResolveOutcome;
import dev.touban.domain.incident.TimelineEntry;
import dev.touban.domain.language.Dates;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.domain.text.HtmlText;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
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
 *
 * <p>The page speaks the language of the member the link was sent to (their own, else their
 * team's), else that of the incident's team. A link Touban cannot read names nobody, so its
 * page speaks the language every team reads (English when they differ).
 */
public final class AckLinkPage {
    public static final String PREFIX = "/ack/";
    static final String ACKNOWLEDGE = "acknowledge";
    static final String RESOLVE = "resolve";

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
            Language lang = config.commonLanguage();
            return page(405, lang, say(lang, Msg.ACKPAGE_NOT_ALLOWED), say(lang, Msg.ACKPAGE_NOT_ALLOWED_TEXT));
        }
        return switch (links.get().verify(token, now)) {
            case AckLinks.Verdict.Malformed m -> unreadable(400, Msg.ACKPAGE_MALFORMED, Msg.ACKPAGE_MALFORMED_TEXT);
            case AckLinks.Verdict.Tampered t -> unreadable(403, Msg.ACKPAGE_TAMPERED, Msg.ACKPAGE_TAMPERED_TEXT);
            case AckLinks.Verdict.Expired e -> {
                Language lang = reader(e.memberId(), null);
                yield page(410, lang, say(lang, Msg.ACKPAGE_EXPIRED), say(lang, Msg.ACKPAGE_EXPIRED_TEXT, "number", e.incident()));
            }
            case AckLinks.Verdict.Valid v -> valid(v, token, confirm ? action(request.body()) : null, confirm, now);
        };
    }

    private HttpResponse valid(AckLinks.Verdict.Valid v, String token, String action, boolean confirm, Instant now) {
        if (!confirm) {
            return show(v, token);
        }
        if (action == null) {
            Language lang = reader(v.memberId(), null);
            return page(400, lang, say(lang, Msg.ACKPAGE_UNKNOWN_ACTION), say(lang, Msg.ACKPAGE_UNKNOWN_ACTION_TEXT));
        }
        return action.equals(RESOLVE) ? resolve(v, token, now) : acknowledge(v, token, now);
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
            return noIncident(v);
        }
        Incident i = incident.get();
        Language lang = reader(v.memberId(), i.teamId());
        String buttons = switch (i.status()) {
            case TRIGGERED -> button(token, ACKNOWLEDGE, say(lang, Msg.ACKPAGE_ACKNOWLEDGE, "number", i.number()))
                    + button(token, RESOLVE, say(lang, Msg.ACKPAGE_RESOLVE, "number", i.number()));
            case ACKNOWLEDGED -> "<p>" + state(i, lang) + "</p>" + button(token, RESOLVE, say(lang, Msg.ACKPAGE_RESOLVE, "number", i.number()));
            case RESOLVED -> "<p>" + state(i, lang) + "</p>";
        };
        return page(200, lang, title(i, lang), details(i, lang) + buttons);
    }

    /** What the paged person needs to decide: summary, service, severity, when it started, who has been paged. */
    private String details(Incident i, Language lang) {
        String service = config.service(i.serviceId()).map(Service::name)
                .orElse(i.serviceId() == null ? say(lang, Msg.ACKPAGE_FROM_SLACK) : i.serviceId());
        Map<String, Set<String>> paged = new LinkedHashMap<>();
        for (TimelineEntry e : desk.timeline(i.number())) {
            if (e.kind() == TimelineEntry.Kind.PAGED && e.target() != null) {
                paged.computeIfAbsent(e.target(), k -> new LinkedHashSet<>()).add(String.valueOf(e.channel()));
            }
        }
        String separator = say(lang, Msg.ACKPAGE_LIST_SEPARATOR);
        StringBuilder who = new StringBuilder();
        paged.forEach((name, channels) -> who.append(who.isEmpty() ? "" : separator).append(Messages.say(lang, Msg.ACKPAGE_PAGED_ONE,
                "name", HtmlText.escape(name), "channels", HtmlText.escape(String.join(separator, channels)))));
        return "<p>" + HtmlText.escape(i.alert().summary()) + "</p><dl>"
                + term(lang, Msg.ACKPAGE_SERVICE, HtmlText.escape(service))
                + term(lang, Msg.ACKPAGE_SEVERITY, i.alert().severity().said(lang))
                + term(lang, Msg.ACKPAGE_STARTED, HtmlText.escape(Dates.at(i.triggeredAt(), zone(i), lang)))
                + term(lang, Msg.ACKPAGE_FROM, HtmlText.escape(i.alert().source()))
                + term(lang, Msg.ACKPAGE_PAGED, who.isEmpty() ? say(lang, Msg.ACKPAGE_PAGED_NOBODY) : who.toString()) + "</dl>";
    }

    private static String term(Language lang, Msg key, String html) {
        return "<dt>" + say(lang, key) + "</dt><dd>" + html + "</dd>";
    }

    private static String button(String token, String action, String label) {
        return "<form method=\"post\" action=\"" + PREFIX + HtmlText.escape(token) + "\"><input type=\"hidden\" name=\"action\" value=\"" + action
                + "\"><button type=\"submit\">" + label + "</button></form>";
    }

    private Actor actor(AckLinks.Verdict.Valid v) {
        Optional<Member> member = config.member(v.memberId());
        return Actor.member(v.memberId(), member.map(Member::name).orElse(v.memberId()), "link");
    }

    private HttpResponse acknowledge(AckLinks.Verdict.Valid v, String token, Instant now) {
        Actor who = actor(v);
        return switch (desk.acknowledge(v.incident(), who, now)) {
            case AckOutcome.Acknowledged a -> {
                Language lang = reader(v.memberId(), a.incident().teamId());
                yield page(200, lang, say(lang, Msg.ACKPAGE_ACKNOWLEDGED, "number", v.incident()),
                        "<p>" + Messages.say(lang, Msg.ACKPAGE_ACKNOWLEDGED_THANKS, "name", HtmlText.escape(who.name()),
                                "summary", HtmlText.escape(a.incident().alert().summary())) + "</p>"
                                + button(token, RESOLVE, say(lang, Msg.ACKPAGE_RESOLVE, "number", v.incident())));
            }
            case AckOutcome.AlreadyAcknowledged a -> {
                Language lang = reader(v.memberId(), a.incident().teamId());
                yield page(200, lang, title(a.incident(), lang), "<p>" + state(a.incident(), lang) + "</p>"
                        + button(token, RESOLVE, say(lang, Msg.ACKPAGE_RESOLVE, "number", v.incident())));
            }
            case AckOutcome.AlreadyResolved r -> {
                Language lang = reader(v.memberId(), r.incident().teamId());
                yield page(200, lang, title(r.incident(), lang), state(r.incident(), lang));
            }
            case AckOutcome.NotFound n -> noIncident(v);
        };
    }

    private HttpResponse resolve(AckLinks.Verdict.Valid v, String token, Instant now) {
        Actor who = actor(v);
        return switch (desk.resolve(v.incident(), who, now)) {
            case ResolveOutcome.Resolved r -> {
                Language lang = reader(v.memberId(), r.incident().teamId());
                yield page(200, lang, say(lang, Msg.ACKPAGE_RESOLVED, "number", v.incident()), Messages.say(lang, Msg.ACKPAGE_RESOLVED_THANKS,
                        "name", HtmlText.escape(who.name()), "summary", HtmlText.escape(r.incident().alert().summary())));
            }
            case ResolveOutcome.AlreadyResolved r -> {
                Language lang = reader(v.memberId(), r.incident().teamId());
                yield page(200, lang, title(r.incident(), lang), state(r.incident(), lang));
            }
            case ResolveOutcome.NotFound n -> noIncident(v);
        };
    }

    private HttpResponse noIncident(AckLinks.Verdict.Valid v) {
        Language lang = reader(v.memberId(), null);
        return page(404, lang, say(lang, Msg.ACKPAGE_NO_INCIDENT), say(lang, Msg.ACKPAGE_NO_INCIDENT_TEXT, "number", v.incident()));
    }

    private HttpResponse unreadable(int status, Msg title, Msg text) {
        Language lang = config.commonLanguage();
        return page(status, lang, say(lang, title), say(lang, text));
    }

    /** The member the link was sent to reads their language; a member no longer in the roster, the incident's team's. */
    private Language reader(String memberId, String teamId) {
        Optional<Member> member = config.member(memberId);
        if (member.isPresent()) {
            return config.language(member.get());
        }
        return teamId == null ? config.commonLanguage() : config.teamLanguage(teamId);
    }

    /** Times on the page are in the incident's team zone, whoever opens it. */
    private ZoneId zone(Incident i) {
        return config.team(i.teamId()).map(Team::timeZone).orElse(ZoneId.of("UTC"));
    }

    private static String title(Incident i, Language lang) {
        return say(lang, Msg.ACKPAGE_INCIDENT, "number", i.number());
    }

    private String state(Incident i, Language lang) {
        return switch (i.status()) {
            case TRIGGERED -> say(lang, Msg.ACKPAGE_WAITING);
            case ACKNOWLEDGED -> Messages.say(lang, Msg.ACKPAGE_ALREADY_ACKNOWLEDGED, "name", HtmlText.escape(i.acknowledgedBy().name()),
                    "time", HtmlText.escape(Dates.at(i.acknowledgedAt(), zone(i), lang)));
            case RESOLVED -> Messages.say(lang, Msg.ACKPAGE_ALREADY_RESOLVED, "name", HtmlText.escape(i.resolvedBy().name()),
                    "time", HtmlText.escape(Dates.at(i.resolvedAt(), zone(i), lang)));
        };
    }

    /** A catalogue text (no markup, no escaping needed) with values that are numbers or escaped already. */
    private static String say(Language lang, Msg key, Object... namesAndValues) {
        return Messages.say(lang, key, namesAndValues);
    }

    /** {@code title} and {@code html} are HTML already (escaped where they were made). */
    private static HttpResponse page(int status, Language lang, String title, String html) {
        String body = "<!doctype html><html lang=\"" + lang.code() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">"
                + "<title>" + title + " · Touban</title><style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;"
                + "padding:0 1rem}button{font-size:1.2rem;padding:.6rem 1.2rem}</style></head><body><h1>" + title + "</h1>"
                + (html.startsWith("<") ? html : "<p>" + html + "</p>") + "</body></html>";
        // its one form posts back to the same /ack/{token}
        return HttpResponse.page(status, "no-store", body, "'self'");
    }
}
