package dev.touban.domain.incident;

/** A link an alert carries (a dashboard, a runbook). */
public record Link(String href, String text) {}
