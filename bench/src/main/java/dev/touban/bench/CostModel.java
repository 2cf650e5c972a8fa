package dev.touban.bench;

import dev.touban.testing.RepoFiles;
import dev.touban.testing.TemplateTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The monthly cost model: the measured per-operation usage ({@link CostBench}) times how often
 * each operation happens in a month for two teams (10 people and 50 incidents; 200 people and
 * 2,000 incidents), times the unit prices of bench/cost/prices.tsv, for us-east-1 and
 * ap-northeast-1. SMS and voice are shown apart, per country.
 */
final class CostModel {
    static final String HELP = "Slack: /oncall help";
    static final String WHO = "Slack: /oncall who";
    static final String HELLO = "Slack: /oncall hello";
    static final String BYE = "Slack: /oncall bye";
    static final String TRIGGER = "incident: Events API trigger, tier 1 paged";
    static final String TIER2 = "incident: tier 2 paged after 5 minutes (one-time schedule)";
    static final String ACK = "incident: acknowledged in Slack (/oncall ack n)";
    static final String RESOLVE = "incident: resolved by monitoring (Events API)";
    static final String SWEEP = "escalation sweep, nothing due (every minute)";
    static final String TICK = "handoff schedule tick, no shift starts (every minute)";
    static final String HANDOFF = "handoff of one rotation (a shift starts)";
    static final String PAGE = "schedule page (GET /schedule/{team})";
    static final String CALENDAR = "calendar feed poll (GET /calendar/{team}.ics)";

    static final double MINUTES_A_MONTH = 30 * 24 * 60;
    static final double LOG_KB_PER_INVOCATION = 1.0;
    static final double SHARE_PAGED_TWICE = 0.3;

    /** One measured operation. */
    record Measured(String name, Map<String, Integer> invocations, int apiRequests, int schedulerInvocations, double handlerMs,
            CostUsage usage, int voiceCalls, int slackCalls) {
        int lambdaInvocations() {
            return invocations.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A team's month: who uses Touban, how much. */
    record Scenario(String name, int people, int teams, int incidents, double tableGb) {
        /** How many times a month each operation happens; the assumptions are docs/cost.md's. */
        Map<String, Double> volumes() {
            Map<String, Double> v = new LinkedHashMap<>();
            v.put(HELP, 1.0 * people);
            v.put(WHO, 8.0 * people);
            v.put(HELLO, 4.0 * people);
            v.put(BYE, 4.0 * people);
            v.put(TRIGGER, 1.0 * incidents);
            v.put(TIER2, SHARE_PAGED_TWICE * incidents);
            v.put(ACK, 1.0 * incidents);
            v.put(RESOLVE, 1.0 * incidents);
            v.put(SWEEP, MINUTES_A_MONTH);
            v.put(TICK, MINUTES_A_MONTH);
            v.put(HANDOFF, teams * 2 * 52.0 / 12);
            v.put(PAGE, 2.0 * people);
            v.put(CALENDAR, people * 8 * 30.0);
            return v;
        }
    }

    static final List<Scenario> SCENARIOS = List.of(
            new Scenario("10 people, 1 team, 50 incidents a month", 10, 1, 50, 0.005),
            new Scenario("200 people, 20 teams, 2,000 incidents a month", 200, 20, 2000, 0.1));

    private CostModel() {}

    /** bench/cost/prices.tsv: USD per unit by key and region ("*": every region). */
    record Prices(Map<String, Double> usd) {
        static Prices fromRepository() {
            Map<String, Double> usd = new LinkedHashMap<>();
            for (String line : RepoFiles.read("bench/cost/prices.tsv").lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                usd.put(f[0] + "@" + f[1], Double.parseDouble(f[2]));
            }
            return new Prices(usd);
        }

        double of(String key, String region) {
            Double p = usd.getOrDefault(key + "@" + region, usd.get(key + "@*"));
            if (p == null) {
                throw new IllegalStateException("bench/cost/prices.tsv has no " + key + " for " + region);
            }
            return p;
        }
    }

    @SuppressWarnings("unchecked")
    static int alarmsInTemplate() {
        Map<String, Object> template = (Map<String, Object>) TemplateTable.load(RepoFiles.read("template.yaml"));
        int n = 0;
        for (Object r : ((Map<String, Object>) template.get("Resources")).values()) {
            if ("AWS::CloudWatch::Alarm".equals(((Map<String, Object>) r).get("Type"))) {
                n++;
            }
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    static double memoryGb() {
        Map<String, Object> template = (Map<String, Object>) TemplateTable.load(RepoFiles.read("template.yaml"));
        Map<String, Object> function = (Map<String, Object>) ((Map<String, Object>) template.get("Globals")).get("Function");
        return Double.parseDouble(String.valueOf(function.get("MemorySize"))) / 1024;
    }

    static String report(List<Measured> measured, Prices prices, int alarms) {
        double gb = memoryGb();
        StringBuilder out = new StringBuilder();
        out.append("## Per operation (measured)\n\n")
                .append("| operation | Lambda invocations | handler ms | GB-s | DynamoDB calls | RRU | WRU | SMS (parts) | voice calls"
                        + " | topic publishes | EventBridge events | schedules created / deleted | Scheduler invocations | HTTP API requests"
                        + " | Slack API calls | other AWS calls |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Measured m : measured) {
            CostUsage u = m.usage();
            out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.4f | %s | %.1f | %.1f | %d (%d) | %d | %d | %d | %d / %d | %d | %d | %d | %s |%n",
                    m.name(), m.lambdaInvocations(), m.handlerMs(), m.handlerMs() / 1000 * gb, u.dynamoCalls(), u.readUnits(),
                    u.writeUnits(), u.sms(), u.smsParts(), m.voiceCalls(), u.topicPublishes(), u.events(), u.schedulesCreated(),
                    u.schedulesDeleted(), m.schedulerInvocations(), m.apiRequests(), m.slackCalls(), u.otherCalls()));
        }
        for (Scenario s : SCENARIOS) {
            out.append("\n## ").append(s.name()).append("\n\n");
            Map<String, Double> totals = totals(measured, s.volumes(), gb);
            out.append(String.format(Locale.ROOT, "Monthly: %,.0f Lambda invocations, %,.0f GB-s, %,.0f HTTP API requests, %,.0f RRU,"
                    + " %,.0f WRU, %,.0f EventBridge events, %,.0f Scheduler invocations, %,.0f SNS publishes, %,.0f SMS parts,"
                    + " %,.0f voice calls.%n%n", totals.get("invocations"), totals.get("gbs"), totals.get("api"), totals.get("rru"),
                    totals.get("wru"), totals.get("events"), totals.get("scheduler"), totals.get("publishes"), totals.get("smsParts"),
                    totals.get("voice")));
            out.append("| USD a month | us-east-1 | ap-northeast-1 |\n|---|---|---|\n");
            Map<String, double[]> lines = new LinkedHashMap<>();
            String[] regions = {"us-east-1", "ap-northeast-1"};
            for (int r = 0; r < regions.length; r++) {
                String region = regions[r];
                line(lines, r, "Lambda requests", totals.get("invocations") * prices.of("lambda.request", region));
                line(lines, r, "Lambda duration (arm64, " + (int) (gb * 1024) + " MB)", totals.get("gbs") * prices.of("lambda.gb-second.arm", region));
                line(lines, r, "HTTP API", totals.get("api") * prices.of("httpapi.request", region));
                line(lines, r, "DynamoDB reads", totals.get("rru") * prices.of("dynamodb.read-request-unit", region));
                line(lines, r, "DynamoDB writes", totals.get("wru") * prices.of("dynamodb.write-request-unit", region));
                line(lines, r, "DynamoDB storage and PITR", s.tableGb() * (prices.of("dynamodb.storage", region) + prices.of("dynamodb.pitr", region)));
                line(lines, r, "EventBridge events", totals.get("events") * prices.of("events.custom-event", region));
                line(lines, r, "EventBridge Scheduler", totals.get("scheduler") * prices.of("scheduler.invocation", region));
                line(lines, r, "SNS publishes", totals.get("publishes") * prices.of("sns.publish", region));
                line(lines, r, "CloudWatch alarms (" + alarms + " in template.yaml)", alarms * prices.of("cloudwatch.alarm", region));
                line(lines, r, "CloudWatch Logs (1 KB per invocation)",
                        totals.get("invocations") * LOG_KB_PER_INVOCATION / 1024 / 1024 * prices.of("logs.ingested-gb", region));
                line(lines, r, "X-Ray (every invocation traced)", totals.get("invocations") * prices.of("xray.trace", region));
                double freeTiers = Math.min(totals.get("invocations"), 1e6) * prices.of("lambda.request", region)
                        + Math.min(totals.get("gbs"), 400_000) * prices.of("lambda.gb-second.arm", region)
                        + Math.min(totals.get("scheduler"), 14e6) * prices.of("scheduler.invocation", region)
                        + Math.min(totals.get("publishes"), 1e6) * prices.of("sns.publish", region)
                        + Math.min(totals.get("invocations"), 100_000) * prices.of("xray.trace", region)
                        + Math.min(alarms, 10) * prices.of("cloudwatch.alarm", region)
                        + Math.min(totals.get("invocations") * LOG_KB_PER_INVOCATION / 1024 / 1024, 5) * prices.of("logs.ingested-gb", region)
                        + Math.min(s.tableGb(), 25) * prices.of("dynamodb.storage", region);
                int column = r;
                double sum = lines.values().stream().mapToDouble(v -> v[column]).sum();
                line(lines, r, "**AWS, list prices**", sum);
                line(lines, r, "**AWS, after the always-free tiers**", sum - freeTiers);
            }
            lines.forEach((name, v) -> out.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", name, usd(v[0]), usd(v[1]))));
            out.append("\n| messages a month | United States | Japan |\n|---|---|---|\n");
            out.append(String.format(Locale.ROOT, "| SMS: %,.0f message parts | %s | %s |%n", totals.get("smsParts"),
                    usd(totals.get("smsParts") * prices.of("sms.message-part", "US")), usd(totals.get("smsParts") * prices.of("sms.message-part", "JP"))));
            out.append(String.format(Locale.ROOT, "| voice: %,.0f calls of one minute | %s | %s |%n", totals.get("voice"),
                    usd(totals.get("voice") * prices.of("voice.minute", "US")), usd(totals.get("voice") * prices.of("voice.minute", "JP"))));
            out.append(String.format(Locale.ROOT, "| two-way origination number, a month | %s (toll-free) | see the pricing page |%n",
                    usd(prices.of("number.lease", "US"))));
            out.append(String.format(Locale.ROOT, "%nPagerDuty for the same %d people: %s a month on Professional, %s on Business (billed yearly).%n",
                    s.people(), usd(s.people() * prices.of("pagerduty.user-month", "Professional")),
                    usd(s.people() * prices.of("pagerduty.user-month", "Business"))));
        }
        return out.toString();
    }

    private static void line(Map<String, double[]> lines, int region, String name, double usd) {
        lines.computeIfAbsent(name, k -> new double[2])[region] = usd;
    }

    private static Map<String, Double> totals(List<Measured> measured, Map<String, Double> volumes, double gb) {
        Map<String, ToDoubleFunction<Measured>> metrics = new LinkedHashMap<>();
        metrics.put("invocations", Measured::lambdaInvocations);
        metrics.put("gbs", m -> m.handlerMs() / 1000 * gb);
        metrics.put("api", Measured::apiRequests);
        metrics.put("rru", m -> m.usage().readUnits());
        metrics.put("wru", m -> m.usage().writeUnits());
        metrics.put("events", m -> m.usage().events());
        metrics.put("scheduler", Measured::schedulerInvocations);
        metrics.put("publishes", m -> m.usage().topicPublishes() + m.usage().sms());
        metrics.put("smsParts", m -> m.usage().smsParts());
        metrics.put("voice", Measured::voiceCalls);
        Map<String, Double> totals = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>(volumes.keySet());
        for (Measured m : measured) {
            double v = volumes.getOrDefault(m.name(), 0.0);
            unknown.remove(m.name());
            metrics.forEach((k, f) -> totals.merge(k, v * f.applyAsDouble(m), Double::sum));
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("no measurement for " + unknown);
        }
        return totals;
    }

    private static String usd(double v) {
        return v < 0.005 ? "0.00" : String.format(Locale.ROOT, "%,.2f", v);
    }
}
