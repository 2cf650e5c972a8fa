package dev.touban.domain.handoff;

import dev.touban.domain.rotation.Rotation;
import java.util.Locale;

/**
 * The EventBridge Scheduler cron that fires a rotation's handoffs, in the rotation's zone.
 * Week-based rotations fire every week on the handoff day, day-based ones every day at the
 * handoff time; {@link HandoffPlanner} ignores the firings where no shift starts (the off
 * weeks of a two-week rotation). template.yaml must define exactly this expression.
 */
public final class HandoffCron {
    private HandoffCron() {}

    public static String expression(Rotation rotation) {
        String minuteHour = rotation.handoffTime().getMinute() + " " + rotation.handoffTime().getHour();
        if (rotation.shiftDays() % 7 == 0) {
            String day = rotation.handoffDay().name().substring(0, 3).toUpperCase(Locale.ROOT);
            return "cron(" + minuteHour + " ? * " + day + " *)";
        }
        return "cron(" + minuteHour + " * * ? *)";
    }

    /** The schedule's Input: the rotation it hands off, plus the context attributes Scheduler fills in. */
    public static String input(String teamId, Rotation rotation) {
        return "{\"team\":\"" + teamId + "\",\"rotation\":\"" + rotation.id() + "\","
                + "\"scheduledTime\":\"<aws.scheduler.scheduled-time>\","
                + "\"executionId\":\"<aws.scheduler.execution-id>\","
                + "\"attempt\":\"<aws.scheduler.attempt-number>\"}";
    }
}
