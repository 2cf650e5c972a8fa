package dev.touban.domain.escalation;

import dev.touban.domain.incident.Incident;

/**
 * One message to one recipient over one channel, for one step of an incident.
 * {@code ackUrl} is a signed acknowledge link for that recipient, when links are set up.
 */
public record Page(Incident incident, Recipient recipient, Channel channel, int tierIndex, int pass, String ackUrl) {}
