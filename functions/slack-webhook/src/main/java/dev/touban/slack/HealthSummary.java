package dev.touban.slack;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Service;
import dev.touban.domain.health.Figures;
import dev.touban.domain.health.HealthReport;
import dev.touban.domain.health.HealthText;
import dev.touban.domain.health.Noisy;
import dev.touban.domain.health.PersonHealth;
import dev.touban.domain.health.Stat;
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

    public static String text(HealthReport r, OncallConfig config) {
        StringBuilder out = new StringBuilder(1024);
        out.append("*On-call health of ").append(mrkdwn(r.teamName())).append(", ").append(r.month())
                .append(r.partial() ? " so far" : "").append("* (").append(r.zone()).append(")\n");
        Figures t = r.team();
        if (t.incidents() == 0) {
            out.append("No incidents").append(r.partial() ? " yet" : "").append(" this month.\n");
        } else {
            out.append("*Team*: ").append(count(t.incidents(), "incident")).append(" · ").append(count(t.pages(), "page"))
                    .append(" · MTTA ").append(stat(t.mtta())).append(" · MTTR ").append(stat(t.mttr()))
                    .append(" · ").append(t.acknowledged()).append(" acknowledged, ").append(t.escalated()).append(" escalated past tier 1")
                    .append(" · pages at night ").append(t.nightPages()).append(", on weekends ").append(t.weekendPages())
                    .append(", on holidays ").append(t.holidayPages()).append('\n');
        }
        out.append("*People*");
        if (t.pages() > 0 && r.teamPagesPerDutyHour() != null) {
            out.append(" (fairness: pages per duty hour over the team's ").append(r.teamPagesPerDutyHour().toPlainString())
                    .append("; 1.00 is an even share)");
        }
        out.append(':');
        List<PersonHealth> people = r.people();
        for (int i = 0; i < people.size() && i < SHOWN_PEOPLE; i++) {
            person(out, people.get(i), config);
        }
        if (people.size() > SHOWN_PEOPLE) {
            out.append("\n…and ").append(people.size() - SHOWN_PEOPLE).append(" more in the workbook.");
        }
        if (!r.services().isEmpty()) {
            out.append("\n*Noisiest services*: ");
            sources(out, r.services(), config);
        }
        if (!r.dedupKeys().isEmpty()) {
            out.append("\n*Noisiest alerts*: ");
            sources(out, r.dedupKeys(), config);
        }
        out.append("\n_Night is 22:00-05:00, weekends and holidays are dates, in each person's own time zone. "
                + "Every figure's trace is in the HR workbook (`/oncall export ").append(r.month()).append("`, admins)._");
        return out.toString();
    }

    private static void person(StringBuilder out, PersonHealth p, OncallConfig config) {
        Figures f = p.figures();
        out.append("\n• *").append(mrkdwn(config.displayName(p.memberId()))).append("*: ").append(count(f.pages(), "page"));
        if (f.pages() > 0) {
            out.append(" (night ").append(f.nightPages()).append(", weekend ").append(f.weekendPages())
                    .append(", holiday ").append(f.holidayPages()).append(')');
        }
        out.append(" · acknowledged ").append(f.acknowledged());
        if (f.acknowledged() > 0) {
            out.append(" (MTTA ").append(stat(f.mtta())).append(", MTTR ").append(stat(f.mttr())).append(')');
        }
        out.append(" · escalated past them ").append(f.escalated())
                .append(" · ").append(HealthText.hours(p.duty()).stripTrailingZeros().toPlainString()).append(" h on duty")
                .append(" · fairness ").append(p.fairness() == null ? "-" : p.fairness().toPlainString());
        if (p.noisiestService() != null) {
            out.append(" · noisiest: ").append(serviceName(p.noisiestService(), config));
        }
    }

    private static void sources(StringBuilder out, List<Noisy> sources, OncallConfig config) {
        for (int i = 0; i < sources.size() && i < SHOWN_SOURCES; i++) {
            Noisy n = sources.get(i);
            out.append(i == 0 ? "" : " · ").append(serviceName(n.serviceId(), config));
            if (n.dedupKey() != null) {
                String key = n.dedupKey().length() > MAX_KEY ? n.dedupKey().substring(0, MAX_KEY) + "…" : n.dedupKey();
                out.append(" `").append(mrkdwn(key.replace('`', '\''))).append('`');
            }
            out.append(" (").append(count(n.incidents(), "incident")).append(", ").append(count(n.pages(), "page")).append(')');
        }
    }

    private static String serviceName(String serviceId, OncallConfig config) {
        Optional<Service> service = config.service(serviceId);
        return mrkdwn(service.isPresent() ? service.get().name() : serviceId);
    }

    private static String stat(Stat s) {
        return s.count() == 0 ? "-" : HealthText.rounded(s.median()) + " median, " + HealthText.rounded(s.p90()) + " p90";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String mrkdwn(String s) {
        return SlackText.escape(s);
    }
}
