package dev.touban.slack;

import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentAccess;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import java.util.Optional;

/**
 * The team boundary of every Slack path that names an incident (commands and buttons): the
 * incident is read first and handed on only when {@link IncidentAccess} lets the caller act
 * on it; otherwise the caller gets a message that says why and nothing is changed.
 */
public final class IncidentGate {
    private IncidentGate() {}

    public sealed interface Verdict {
        record Allowed(Incident incident) implements Verdict {}

        record Refused(String message) implements Verdict {}
    }

    public static Verdict check(IncidentDesk desk, OncallConfig config, Member member, long number) {
        Optional<Incident> found = desk.incident(number);
        Language lang = config.language(member);
        if (found.isEmpty()) {
            return new Verdict.Refused(Messages.say(lang, Msg.INCIDENT_NONE, "number", number));
        }
        Incident incident = found.get();
        if (!IncidentAccess.mayActOn(config, member.id(), incident)) {
            String team = config.team(incident.teamId()).map(Team::name).orElse(Messages.say(lang, Msg.INCIDENT_ANOTHER_TEAM));
            return new Verdict.Refused(Messages.say(lang, Msg.INCIDENT_OTHER_TEAM, "number", number, "team", team));
        }
        return new Verdict.Allowed(incident);
    }
}
