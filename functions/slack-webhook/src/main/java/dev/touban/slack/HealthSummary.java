package dev.touban.slack;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Service;
import dev.touban.domain.health.Figures;
import dev.touban.domain.health.HealthReport;
import dev.touban.domain.health.HealthText;
import dev.touban.domain.health.Noisy;
import dev.touban.domain.health.PersonHealth;
import dev.touban.domain.health.Stat;
import dev.touban.domain.language.Dates;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.domain.text.SlackText;
import java.util.List;
import java.util.Optional;

/**
 * A health report as one Slack message: the team's figures, a line per person, the noisiest
 * services and alerts. All of its text is built here, and every piece of text that did not
 * come from Touban itself (dedup keys come from monitoring) goes through {@link #mrkdwn}.
 */
public final class HealthSummary {
    static final int SHOWN_PEOPLE = 25;
    static final int SHOWN_SOURCES = 3;
    static final int MAX_KEY = 60;

    private HealthSummary() {}

    public static String text(HealthReport r, OncallConfig config, Language lang) {
        StringBuilder out = new StringBuilder(1024);
        out.append(Messages.say(lang, Msg.REPORT_TITLE, "team", mrkdwn(r.teamName()), "month", Dates.month(r.month(), lang),
                "soFar", r.partial() ? Messages.say(lang, Msg.REPORT_SO_FAR) : "", "zone", r.zone())).append('\n');
        Figures t = r.team();
        if (t.incidents() == 0) {
            out.append(Messages.say(lang, r.partial() ? Msg.REPORT_NO_INCIDENTS_YET : Msg.REPORT_NO_INCIDENTS)).append('\n');
        } else {
            out.append(Messages.say(lang, Msg.REPORT_TEAM, "incidents", incidents(t.incidents(), lang), "pages", pages(t.pages(), lang),
                    "mtta", stat(t.mtta(), lang), "mttr", stat(t.mttr(), lang), "acknowledged", t.acknowledged(),
                    "escalated", t.escalated(), "night", t.nightPages(), "weekend", t.weekendPages(), "holiday", t.holidayPages()))
                    .append('\n');
        }
        out.append(Messages.say(lang, Msg.REPORT_PEOPLE));
        if (t.pages() > 0 && r.teamPagesPerDutyHour() != null) {
            out.append(Messages.say(lang, Msg.REPORT_FAIRNESS, "rate", r.teamPagesPerDutyHour().toPlainString()));
        }
        out.append(':');
        List<PersonHealth> people = r.people();
        for (int i = 0; i < people.size() && i < SHOWN_PEOPLE; i++) {
            person(out, people.get(i), config, lang);
        }
        if (people.size() > SHOWN_PEOPLE) {
            out.append('\n').append(Messages.say(lang, Msg.REPORT_MORE_PEOPLE, "count", people.size() - SHOWN_PEOPLE));
        }
        if (!r.services().isEmpty()) {
            out.append('\n').append(Messages.say(lang, Msg.REPORT_NOISIEST_SERVICES));
            sources(out, r.services(), config, lang);
        }
        if (!r.dedupKeys().isEmpty()) {
            out.append('\n').append(Messages.say(lang, Msg.REPORT_NOISIEST_ALERTS));
            sources(out, r.dedupKeys(), config, lang);
        }
        out.append('\n').append(Messages.say(lang, Msg.REPORT_FOOTER, "month", r.month()));
        return out.toString();
    }

    private static void person(StringBuilder out, PersonHealth p, OncallConfig config, Language lang) {
        Figures f = p.figures();
        out.append("\n• ").append(Messages.say(lang, Msg.REPORT_PERSON, "name", mrkdwn(config.displayName(p.memberId())),
                "pages", pages(f.pages(), lang),
                "split", f.pages() > 0 ? Messages.say(lang, Msg.REPORT_PAGE_SPLIT, "night", f.nightPages(), "weekend", f.weekendPages(),
                        "holiday", f.holidayPages()) : "",
                "acknowledged", f.acknowledged(),
                "stats", f.acknowledged() > 0 ? Messages.say(lang, Msg.REPORT_ACK_STATS, "mtta", stat(f.mtta(), lang), "mttr", stat(f.mttr(), lang)) : "",
                "escalated", f.escalated(), "hours", HealthText.hours(p.duty()).stripTrailingZeros().toPlainString(),
                "fairness", p.fairness() == null ? "-" : p.fairness().toPlainString(),
                "noisiest", p.noisiestService() == null ? "" : Messages.say(lang, Msg.REPORT_NOISIEST, "service", serviceName(p.noisiestService(), config))));
    }

    private static void sources(StringBuilder out, List<Noisy> sources, OncallConfig config, Language lang) {
        for (int i = 0; i < sources.size() && i < SHOWN_SOURCES; i++) {
            Noisy n = sources.get(i);
            out.append(i == 0 ? "" : " · ").append(serviceName(n.serviceId(), config));
            if (n.dedupKey() != null) {
                String key = n.dedupKey().length() > MAX_KEY ? n.dedupKey().substring(0, MAX_KEY) + "…" : n.dedupKey();
                out.append(" `").append(mrkdwn(key.replace('`', '\''))).append('`');
            }
            out.append(Messages.say(lang, Msg.REPORT_SOURCE_COUNTS, "incidents", incidents(n.incidents(), lang), "pages", pages(n.pages(), lang)));
        }
    }

    private static String serviceName(String serviceId, OncallConfig config) {
        Optional<Service> service = config.service(serviceId);
        return mrkdwn(service.isPresent() ? service.get().name() : serviceId);
    }

    private static String stat(Stat s, Language lang) {
        return s.count() == 0 ? "-" : Messages.say(lang, Msg.REPORT_STAT, "median", HealthText.rounded(s.median(), lang), "p90",
                HealthText.rounded(s.p90(), lang));
    }

    private static String incidents(int n, Language lang) {
        return Messages.say(lang, n == 1 ? Msg.REPORT_INCIDENTS_ONE : Msg.REPORT_INCIDENTS, "count", n);
    }

    private static String pages(int n, Language lang) {
        return Messages.say(lang, n == 1 ? Msg.REPORT_PAGES_ONE : Msg.REPORT_PAGES, "count", n);
    }

    private static String mrkdwn(String s) {
        return SlackText.escape(s);
    }
}
