package dev.touban.domain.escalation;

import dev.touban.domain.incident.Incident;

/**
 * Where people watch an incident: its message in the team's Slack channel, and every
 * message it has sent, edited in place as it changes. {@code headline} says what just happened.
 */
public interface IncidentBoard {

    void show(Incident incident, String headline);
}
