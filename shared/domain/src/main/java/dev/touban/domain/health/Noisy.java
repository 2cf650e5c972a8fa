package dev.touban.domain.health;

/** A source of pages: a service ({@code dedupKey} null) or one alert of a service, with its incidents and pages in the month. */
public record Noisy(String serviceId, String dedupKey, int incidents, int pages) {}
