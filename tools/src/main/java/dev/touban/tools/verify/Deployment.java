package dev.touban.tools.verify;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the checks look at, found from a CloudFormation stack or from the local runner: the
 * API, the table, where the signing secret and calendar key come from, the alarms and
 * Scheduler groups to inspect, and the handoff function whose schedule must be in place.
 *
 * @param stack true for a deployed stack: a stack without alarms or schedule groups fails;
 *     beside the local runner (which creates no alarms) their absence is reported and skipped
 * @param handoffFunction the deployed handoff function's name; null beside the local runner,
 *     which fires template.yaml's schedules itself
 * @param canaryFunction the deployed canary function's name, and {@code canaryAlarm} its alarm's;
 *     null where the canary is off (CanaryIntervalMinutes 0) or beside the local runner
 */
record Deployment(boolean stack, String label, URI api, String table, Secret signingSecret, Secret calendarKey,
        List<String> alarms, List<String> scheduleGroups, String handoffFunction, String canaryFunction, String canaryAlarm) {

    /** A secret, named by where it comes from; read when a check needs it, so a missing one fails that check only. */
    record Secret(String where, Supplier<String> value) {}
}
