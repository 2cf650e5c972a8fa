package dev.touban.testing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.ConflictException;
import software.amazon.awssdk.services.scheduler.model.GetScheduleResponse;
import software.amazon.awssdk.services.scheduler.model.ResourceNotFoundException;
import software.amazon.awssdk.services.scheduler.model.ScheduleSummary;

/**
 * Plays EventBridge Scheduler's part for one-time {@code at(...)} schedules on the emulator,
 * which stores schedules but never fires them: lists a group's schedules through the
 * Scheduler API, and hands out (and deletes, as {@code ActionAfterCompletion: DELETE} does)
 * those whose time has come on the caller's clock.
 */
public final class OneTimeSchedules {
    private static final Pattern AT = Pattern.compile("at\\((\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})\\)");

    private final SchedulerClient scheduler;
    private final String group;

    public OneTimeSchedules(SchedulerClient scheduler, String group) {
        this.scheduler = scheduler;
        this.group = group;
    }

    /** A schedule as stored: when it fires, what it sends, to which target. */
    public record Schedule(String name, Instant at, String input, String targetArn, String actionAfterCompletion) {}

    /** Creates the schedule group (template.yaml does this in the deployment; moto answers 500 for a missing group). */
    public OneTimeSchedules createGroup() {
        try {
            scheduler.createScheduleGroup(r -> r.name(group));
        } catch (ConflictException e) {
            // exists
        }
        return this;
    }

    public List<Schedule> all() {
        List<Schedule> out = new ArrayList<>();
        for (ScheduleSummary summary : scheduler.listSchedulesPaginator(r -> r.groupName(group)).schedules()) {
            GetScheduleResponse s;
            try {
                s = scheduler.getSchedule(r -> r.groupName(group).name(summary.name()));
            } catch (ResourceNotFoundException e) {
                continue;
            }
            Matcher m = AT.matcher(s.scheduleExpression());
            if (!m.matches()) {
                continue;
            }
            ZoneId zone = ZoneId.of(s.scheduleExpressionTimezone() == null ? "UTC" : s.scheduleExpressionTimezone());
            out.add(new Schedule(s.name(), LocalDateTime.parse(m.group(1)).atZone(zone).toInstant(), s.target().input(),
                    s.target().arn(), s.actionAfterCompletionAsString()));
        }
        out.sort(Comparator.comparing(Schedule::at).thenComparing(Schedule::name));
        return out;
    }

    /** Deletes one schedule, as Scheduler does once it fired; false when it was already gone. */
    public boolean take(Schedule s) {
        try {
            scheduler.deleteSchedule(r -> r.groupName(group).name(s.name()));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    /** The schedules due at {@code now}, earliest first, deleted from the emulator as Scheduler deletes a fired one. */
    public List<Schedule> takeDue(Instant now) {
        List<Schedule> due = new ArrayList<>();
        for (Schedule s : all()) {
            if (!s.at().isAfter(now)) {
                try {
                    scheduler.deleteSchedule(r -> r.groupName(group).name(s.name()));
                    due.add(s);
                } catch (ResourceNotFoundException e) {
                    // taken by someone else meanwhile
                }
            }
        }
        return due;
    }
}
