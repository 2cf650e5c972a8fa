package dev.touban.importer;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who the source tool itself has on call, computed straight from its JSON and nothing of the
 * importer: the expectation the imported draft is compared with.
 *
 * <p>PagerDuty: the first layer (in the API's order, the one that takes precedence) that has
 * begun, has not ended and whose restrictions admit the instant; its user is the turn's, counting
 * turns of {@code rotation_turn_length_seconds} from {@code rotation_virtual_start} on the
 * schedule's wall clock (whole-day turns keep their local handoff time across DST).
 * Opsgenie: every rotation that has begun and whose time restriction admits the instant
 * contributes its turn's participant, turns of {@code length} days or weeks on the wall clock.
 */
final class SourceSchedules {
    private SourceSchedules() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(Path file) throws IOException {
        return (Map<String, Object>) JSON.std.anyFrom(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    static String pagerDuty(Map<String, Object> schedule, Instant t) {
        ZoneId zone = ZoneId.of((String) schedule.get("time_zone"));
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        for (Map<String, Object> layer : (List<Map<String, Object>>) schedule.get("schedule_layers")) {
            if (t.isBefore(OffsetDateTime.parse((String) layer.get("start")).toInstant())) {
                continue;
            }
            if (layer.get("end") != null && !t.isBefore(OffsetDateTime.parse((String) layer.get("end")).toInstant())) {
                continue;
            }
            List<Map<String, Object>> restrictions = (List<Map<String, Object>>) layer.get("restrictions");
            if (!restrictions.isEmpty() && !pagerDutyAdmits(restrictions, local)) {
                continue;
            }
            long turn = ((Number) layer.get("rotation_turn_length_seconds")).longValue();
            OffsetDateTime virtualStart = OffsetDateTime.parse((String) layer.get("rotation_virtual_start"));
            long elapsed = turn % 86400 == 0
                    ? Duration.between(virtualStart.atZoneSameInstant(zone).toLocalDateTime(), local).getSeconds()
                    : Duration.between(virtualStart.toInstant(), t).getSeconds();
            List<Map<String, Object>> users = (List<Map<String, Object>>) layer.get("users");
            long index = Math.floorMod(Math.floorDiv(elapsed, turn), (long) users.size());
            return (String) ((Map<String, Object>) users.get((int) index).get("user")).get("id");
        }
        return null;
    }

    static boolean pagerDutyAdmits(List<Map<String, Object>> restrictions, LocalDateTime local) {
        for (Map<String, Object> r : restrictions) {
            long duration = ((Number) r.get("duration_seconds")).longValue();
            long startOfDay = LocalTime.parse((String) r.get("start_time_of_day")).toSecondOfDay();
            boolean weekly = "weekly_restriction".equals(r.get("type"));
            long period = weekly ? 7 * 86400L : 86400L;
            long start = startOfDay + (weekly ? (((Number) r.get("start_day_of_week")).longValue() - 1) * 86400L : 0);
            long now = local.toLocalTime().toSecondOfDay() + (weekly ? (local.getDayOfWeek().getValue() - 1) * 86400L : 0);
            if (Math.floorMod(now - start, period) < duration) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    static Set<String> opsgenie(Map<String, Object> schedule, Instant t) {
        ZoneId zone = ZoneId.of((String) schedule.get("timezone"));
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        Set<String> onCall = new LinkedHashSet<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) schedule.get("rotations")) {
            OffsetDateTime start = OffsetDateTime.parse((String) r.get("startDate"));
            if (t.isBefore(start.toInstant())) {
                continue;
            }
            if (r.get("timeRestriction") != null && !opsgenieAdmits((Map<String, Object>) r.get("timeRestriction"), local)) {
                continue;
            }
            long length = ((Number) r.get("length")).longValue();
            long turnSeconds = switch ((String) r.get("type")) {
                case "weekly" -> length * 7 * 86400;
                case "daily" -> length * 86400;
                default -> length * 3600;
            };
            long elapsed = "hourly".equals(r.get("type")) ? Duration.between(start.toInstant(), t).getSeconds()
                    : Duration.between(start.atZoneSameInstant(zone).toLocalDateTime(), local).getSeconds();
            List<Map<String, Object>> participants = (List<Map<String, Object>>) r.get("participants");
            Map<String, Object> p = participants.get((int) Math.floorMod(Math.floorDiv(elapsed, turnSeconds), (long) participants.size()));
            if ("user".equals(p.get("type"))) {
                onCall.add((String) p.get("id"));
            }
        }
        return onCall;
    }

    @SuppressWarnings("unchecked")
    static boolean opsgenieAdmits(Map<String, Object> restriction, LocalDateTime local) {
        long week = 7 * 86400L;
        long now = (local.getDayOfWeek().getValue() - 1) * 86400L + local.toLocalTime().toSecondOfDay();
        if ("time-of-day".equals(restriction.get("type"))) {
            Map<String, Object> r = (Map<String, Object>) restriction.get("restriction");
            long from = seconds(r, "start");
            long to = seconds(r, "end");
            long time = local.toLocalTime().toSecondOfDay();
            return from < to ? time >= from && time < to : time >= from || time < to;
        }
        for (Map<String, Object> r : (List<Map<String, Object>>) restriction.get("restrictions")) {
            long from = day(r, "startDay") * 86400L + seconds(r, "start");
            long to = day(r, "endDay") * 86400L + seconds(r, "end");
            if (Math.floorMod(now - from, week) < Math.floorMod(to - from, week)) {
                return true;
            }
        }
        return false;
    }

    private static long seconds(Map<String, Object> r, String prefix) {
        return ((Number) r.get(prefix + "Hour")).longValue() * 3600 + ((Number) r.getOrDefault(prefix + "Min", 0)).longValue() * 60;
    }

    private static long day(Map<String, Object> r, String key) {
        return DayOfWeek.valueOf(((String) r.get(key)).toUpperCase(Locale.ROOT)).getValue() - 1;
    }

    /** The instants of a month in {@code zone}, every {@code step}. */
    static List<Instant> month(int year, int month, ZoneId zone, Duration step) {
        List<Instant> out = new java.util.ArrayList<>();
        Instant end = ZonedDateTime.of(year, month, 1, 0, 0, 0, 0, zone).plusMonths(1).toInstant();
        for (Instant t = ZonedDateTime.of(year, month, 1, 0, 0, 0, 0, zone).toInstant(); t.isBefore(end); t = t.plus(step)) {
            out.add(t);
        }
        return out;
    }
}
