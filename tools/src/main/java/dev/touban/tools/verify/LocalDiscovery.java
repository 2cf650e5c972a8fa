package dev.touban.tools.verify;

import dev.touban.aws.http.Json;
import dev.touban.tools.ToolAws;
import dev.touban.tools.ToolException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.ScheduleGroupSummary;

/**
 * The local runner's deployment: its API, and the emulator and table its {@code /healthz}
 * names (or {@code TOUBAN_AWS_ENDPOINT}, {@code TABLE_NAME}). The runner signs with
 * {@code SLACK_SIGNING_SECRET} and {@code CALENDAR_KEY} rather than SSM, with the same
 * defaults as bin/oncall and bin/team-link. Everything in the emulator is the runner's, so
 * every alarm and schedule group in it is checked.
 */
final class LocalDiscovery {
    static final String DEFAULT_SIGNING_SECRET = "touban-local-signing-secret";
    static final String DEFAULT_CALENDAR_KEY = "touban-local-calendar-key";

    private LocalDiscovery() {}

    record Found(Deployment deployment, URI awsEndpoint) {}

    static Found find(URI api, Map<String, String> env, Http http) {
        Map<String, Object> health = Map.of();
        try {
            Http.Answer answer = http.get(api.resolve("/healthz"));
            if (answer.status() == 200) {
                health = Json.parseObject(answer.body());
            }
        } catch (RuntimeException e) {
            // The API check reports an unreachable runner; here only the names are missing.
        }
        String endpoint = first(env.get("TOUBAN_AWS_ENDPOINT"), health.get("awsEndpoint"));
        String table = first(env.get("TABLE_NAME"), health.get("table"));
        if (endpoint == null || table == null) {
            throw new ToolException("cannot tell the local runner's emulator and table from " + api.resolve("/healthz")
                    + ": is it running? Otherwise set TOUBAN_AWS_ENDPOINT and TABLE_NAME");
        }
        URI aws = URI.create(endpoint);
        var clients = ToolAws.emulator(aws, env);
        List<String> alarms = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        try (CloudWatchClient cloudWatch = clients.configure(CloudWatchClient.builder()).build();
             SchedulerClient scheduler = clients.configure(SchedulerClient.builder()).build()) {
            for (MetricAlarm alarm : cloudWatch.describeAlarmsPaginator(r -> {}).metricAlarms()) {
                alarms.add(alarm.alarmName());
            }
            for (ScheduleGroupSummary g : scheduler.listScheduleGroupsPaginator(r -> {}).scheduleGroups()) {
                if (!"default".equals(g.name())) {
                    groups.add(g.name());
                }
            }
        }
        String secret = env.get("SLACK_SIGNING_SECRET");
        String key = env.get("CALENDAR_KEY");
        Deployment d = new Deployment(false, "local runner " + api + " (emulator " + aws + ")", api, table,
                new Deployment.Secret(secret == null ? "the local runner's default" : "SLACK_SIGNING_SECRET",
                        () -> secret == null ? DEFAULT_SIGNING_SECRET : secret),
                new Deployment.Secret(key == null ? "the local runner's default" : "CALENDAR_KEY",
                        () -> key == null ? DEFAULT_CALENDAR_KEY : key),
                alarms, groups, null, null, null);
        return new Found(d, aws);
    }

    private static String first(String configured, Object found) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return found instanceof String s && !s.isBlank() ? s : null;
    }
}
