package dev.touban.domain.config;

import dev.touban.domain.compday.CompDayPolicy;
import dev.touban.domain.compday.TeamReporting;
import dev.touban.domain.compday.TeamReporting.GoogleSheetTarget;
import dev.touban.domain.holiday.Holiday;
import dev.touban.domain.labor.LaborPolicy;
import dev.touban.domain.language.Language;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the HR-report parts of {@code oncall.yaml}: company {@code holidays}, the
 * {@code compDays} policy (top level, or a team's own), a team's {@code export.googleSheet}, and
 * the company's {@code export.language} (the language HR reads the workbook in).
 */
final class ReportingConfigReader {
    private static final BigDecimal MAX_DAYS = BigDecimal.valueOf(31);

    private ReportingConfigReader() {}

    static Map<String, TeamReporting> read(ConfigNode top) {
        List<Holiday> company = holidays(top.optionalList("holidays"));
        CompDayPolicy defaultPolicy = top.has("compDays") ? policy(top.field("compDays")) : CompDayPolicy.DEFAULT;
        LaborPolicy defaultLabor = top.has("labor") ? LaborConfigReader.read(top.field("labor"), LaborPolicy.DEFAULT) : LaborPolicy.DEFAULT;
        Language workbook = workbookLanguage(top);
        Map<String, TeamReporting> byTeam = new LinkedHashMap<>();
        for (ConfigNode t : top.field("teams").list()) {
            List<Holiday> holidays = new ArrayList<>(company);
            holidays.addAll(holidays(t.optionalList("holidays")));
            CompDayPolicy policy = t.has("compDays") ? policy(t.field("compDays")) : defaultPolicy;
            GoogleSheetTarget sheet = t.has("export") && t.field("export").has("googleSheet")
                    ? googleSheet(t.field("export").field("googleSheet"))
                    : null;
            LaborPolicy labor = t.has("labor") ? LaborConfigReader.read(t.field("labor"), defaultLabor) : defaultLabor;
            byTeam.put(t.field("id").text(), new TeamReporting(policy, holidays, sheet, labor, workbook));
        }
        return byTeam;
    }

    /** The top-level {@code export.language}: null when absent (the workbook then follows the teams). */
    private static Language workbookLanguage(ConfigNode top) {
        if (!top.has("export")) {
            return null;
        }
        ConfigNode export = top.field("export");
        known(export, Set.of("language"));
        String code = export.optionalMatching("language", "en|ja", "must be en or ja");
        return code == null ? null : Language.ofCode(code).orElseThrow();
    }

    private static GoogleSheetTarget googleSheet(ConfigNode g) {
        return new GoogleSheetTarget(
                g.field("spreadsheetId").matching("[A-Za-z0-9_-]{10,100}", "is not a Google spreadsheet id (the part of its URL after /d/)"),
                g.field("serviceAccountSecret").matching("[A-Za-z0-9/_+=.@-]{1,512}", "is not a Secrets Manager secret name"));
    }

    private static List<Holiday> holidays(List<ConfigNode> nodes) {
        List<Holiday> out = new ArrayList<>();
        Map<LocalDate, String> seen = new HashMap<>();
        for (ConfigNode n : nodes) {
            ConfigNode dateNode = n.field("date");
            LocalDate date = dateNode.date();
            String name = n.field("name").text();
            if (seen.put(date, name) != null) {
                throw dateNode.fail(date + " is listed twice");
            }
            out.add(new Holiday(date, name));
        }
        return out;
    }

    static CompDayPolicy policy(ConfigNode node) {
        known(node, Set.of("dutyDay", "clockIn", "nightPages", "maxDaysPerMonth", "checkInMaxHours"));
        BigDecimal dutyDays = CompDayPolicy.DEFAULT.dutyDayDays();
        Duration dutyMinimum = CompDayPolicy.DEFAULT.dutyDayMinimum();
        if (node.has("dutyDay")) {
            ConfigNode duty = node.field("dutyDay");
            known(duty, Set.of("days", "minHours"));
            if (duty.has("days")) {
                dutyDays = days(duty.field("days"));
            }
            if (duty.has("minHours")) {
                dutyMinimum = hours(duty.field("minHours"), 24);
            }
        }
        CompDayPolicy.ClockIn clockIn = node.has("clockIn") ? clockIn(node.field("clockIn")) : null;
        CompDayPolicy.NightPages night = node.has("nightPages") ? nightPages(node.field("nightPages")) : null;
        BigDecimal cap = node.has("maxDaysPerMonth") ? days(node.field("maxDaysPerMonth")) : null;
        if (cap != null && cap.signum() == 0) {
            throw node.field("maxDaysPerMonth").fail("a cap of 0 would earn nothing; leave compDays out instead");
        }
        Duration checkInMax = node.has("checkInMaxHours") ? hours(node.field("checkInMaxHours"), 48) : CompDayPolicy.DEFAULT.checkInMaximum();
        return new CompDayPolicy(dutyDays, dutyMinimum, clockIn, night, cap, checkInMax);
    }

    private static CompDayPolicy.ClockIn clockIn(ConfigNode c) {
        known(c, Set.of("minHours", "days"));
        return new CompDayPolicy.ClockIn(hours(c.field("minHours"), 24), days(c.field("days")));
    }

    private static CompDayPolicy.NightPages nightPages(ConfigNode n) {
        known(n, Set.of("from", "to", "days", "maxDaysPerMonth"));
        ConfigNode toNode = n.field("to");
        LocalTime from = n.field("from").time();
        LocalTime to = toNode.time();
        if (from.equals(to)) {
            throw toNode.fail("night hours must not start and end at the same time (" + from + ")");
        }
        BigDecimal cap = n.has("maxDaysPerMonth") ? days(n.field("maxDaysPerMonth")) : null;
        return new CompDayPolicy.NightPages(from, to, days(n.field("days")), cap);
    }

    /** A number of days: 0 to 31, at most two decimals (0.25, 0.5, 1). */
    private static BigDecimal days(ConfigNode n) {
        String s = n.text();
        BigDecimal d;
        try {
            d = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw n.fail("'" + s + "' is not a number of days such as 1 or 0.5");
        }
        if (d.signum() < 0 || d.compareTo(MAX_DAYS) > 0) {
            throw n.fail("'" + s + "' must be between 0 and " + MAX_DAYS + " days");
        }
        if (d.stripTrailingZeros().scale() > 2) {
            throw n.fail("'" + s + "' has more than two decimals; use steps such as 0.25");
        }
        return d.setScale(2);
    }

    /** A number of hours above 0 and at most {@code max}, in steps of a minute. */
    private static Duration hours(ConfigNode n, int max) {
        String s = n.text();
        BigDecimal h;
        try {
            h = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw n.fail("'" + s + "' is not a number of hours such as 4 or 7.5");
        }
        if (h.signum() <= 0 || h.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw n.fail("'" + s + "' must be more than 0 and at most " + max + " hours");
        }
        return Duration.ofMinutes(h.multiply(BigDecimal.valueOf(60)).longValue());
    }

    /** A misspelt policy field would silently earn nothing: name it instead. */
    static void known(ConfigNode node, Set<String> fields) {
        for (String key : node.keys()) {
            if (!fields.contains(key)) {
                throw node.fail("unknown field '" + key + "'; expected one of " + fields.stream().sorted().toList());
            }
        }
    }
}
