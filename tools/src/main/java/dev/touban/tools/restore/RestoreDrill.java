package dev.touban.tools.restore;

import dev.touban.aws.AwsClients;
import dev.touban.tools.ToolAws;
import dev.touban.tools.ToolException;
import dev.touban.tools.stack.Stack;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryDescription;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * {@code bin/restore-drill}: restores the table to a point in time into a scratch table, waits
 * for it, compares it with the live table (item counts by kind; the newest attendance,
 * incidents and overrides, and that every one written before the recovery point is in the
 * copy), reports the recovery point and how long the restore took, and deletes the scratch
 * table unless {@code --keep}. {@code --import-missing-from TABLE} puts back into the live
 * table the items it lacks from a restored copy, leaving every item it has alone.
 */
public final class RestoreDrill {
    static final Duration MARGIN = Duration.ofSeconds(60);
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final String USAGE = "usage: bin/restore-drill [--stack NAME | --table NAME] [--at 2026-12-01T09:00:00Z] [--keep]"
            + " [--scratch NAME] [--timeout PT2H]\n   or: bin/restore-drill [--stack NAME | --table NAME] --import-missing-from RESTORED_TABLE";

    /** Waits between polls of a restore in progress; tests never wait (moto restores at once). */
    public interface Pause {
        void pause(Duration d) throws InterruptedException;
    }

    private final DynamoDbClient dynamo;
    private final Clock clock;
    private final Pause pause;
    private final PrintStream out;

    RestoreDrill(DynamoDbClient dynamo, Clock clock, Pause pause, PrintStream out) {
        this.dynamo = dynamo;
        this.clock = clock;
        this.pause = pause;
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), Clock.systemUTC(), d -> Thread.sleep(d.toMillis()), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, Clock clock, Pause pause, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("restore-drill: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        AwsClients aws = ToolAws.from(env);
        try (DynamoDbClient dynamo = aws.configure(DynamoDbClient.builder()).build()) {
            String table = o.table != null ? o.table : tableOf(aws, o.stack);
            RestoreDrill drill = new RestoreDrill(dynamo, clock, pause, out);
            if (o.importFrom != null) {
                new ImportMissing(dynamo, out).run(o.importFrom, table);
                return 0;
            }
            return drill.drill(table, o) ? 0 : 1;
        } catch (ToolException e) {
            err.println("restore-drill: " + e.getMessage());
            return 1;
        } catch (DynamoDbException e) {
            err.println("restore-drill: DynamoDB " + e.awsErrorDetails().errorCode() + ": " + e.awsErrorDetails().errorMessage());
            return 1;
        }
    }

    boolean drill(String table, Options o) {
        out.println("Restore drill: table " + table);
        PointInTimeRecoveryDescription pitr = dynamo.describeContinuousBackups(r -> r.tableName(table))
                .continuousBackupsDescription().pointInTimeRecoveryDescription();
        if (pitr == null || !"ENABLED".equals(pitr.pointInTimeRecoveryStatusAsString())) {
            throw new ToolException(table + " has point-in-time recovery off: there is nothing to restore from."
                    + " Turn it on (make verify says how) and run the drill tomorrow.");
        }
        Instant earliest = pitr.earliestRestorableDateTime();
        Instant latest = pitr.latestRestorableDateTime();
        out.println("  restorable from " + earliest + " to " + latest);
        if (o.at != null && (o.at.isBefore(earliest) || o.at.isAfter(latest))) {
            throw new ToolException("--at " + o.at + " is outside the restorable window " + earliest + " .. " + latest);
        }
        String scratch = o.scratch != null ? o.scratch : table + "-drill-" + SUFFIX.format(clock.instant());
        out.println("  restoring " + (o.at == null ? "the latest restorable time" : o.at.toString()) + " into " + scratch + " ...");
        Instant started = clock.instant();
        dynamo.restoreTableToPointInTime(r -> {
            r.sourceTableName(table).targetTableName(scratch);
            if (o.at == null) {
                r.useLatestRestorableTime(true);
            } else {
                r.restoreDateTime(o.at);
            }
        });
        boolean complete = false;
        try {
            TableDescription restored = awaitActive(scratch, started.plus(o.timeout));
            Duration took = Duration.between(started, clock.instant());
            Instant recoveryPoint = restored.restoreSummary() != null && restored.restoreSummary().restoreDateTime() != null
                    ? restored.restoreSummary().restoreDateTime() : o.at != null ? o.at : latest;
            out.println("  restored in " + human(took) + "; recovery point " + recoveryPoint);
            DrillComparison c = DrillComparison.of(scan(table), scan(scratch), recoveryPoint, MARGIN);
            report(c);
            complete = c.complete();
            out.println(complete
                    ? "  PASS: every record written up to " + MARGIN.toSeconds() + " s before the recovery point is in the restored table"
                    : "  FAIL: " + c.missing().size() + " record(s) written before the recovery point are missing from the restored"
                            + " table (rerun with --keep to inspect it)");
        } finally {
            if (o.keep) {
                out.println("  kept " + scratch + " (delete it: aws dynamodb delete-table --table-name " + scratch + ")");
            } else {
                dynamo.deleteTable(r -> r.tableName(scratch));
                out.println("  deleted " + scratch);
            }
        }
        return complete;
    }

    private TableDescription awaitActive(String scratch, Instant deadline) {
        while (true) {
            try {
                TableDescription t = dynamo.describeTable(r -> r.tableName(scratch)).table();
                if (t.tableStatus() == TableStatus.ACTIVE) {
                    return t;
                }
            } catch (ResourceNotFoundException e) {
                // DynamoDB may not list the new table for a moment after the restore starts.
            }
            if (!clock.instant().isBefore(deadline)) {
                throw new ToolException("the restore into " + scratch + " did not finish by " + deadline
                        + "; it goes on in AWS: delete the table when it is ACTIVE, or give --timeout");
            }
            try {
                pause.pause(Duration.ofSeconds(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ToolException("interrupted while " + scratch + " was being restored; it goes on in AWS");
            }
        }
    }

    private void report(DrillComparison c) {
        out.printf("  %-20s %8s %9s %11s%n", "items by kind", "live", "restored", "difference");
        for (Map.Entry<String, long[]> e : c.counts().entrySet()) {
            long[] n = e.getValue();
            out.printf("    %-18s %8d %9d %+11d%n", e.getKey(), n[0], n[1], n[1] - n[0]);
        }
        out.println("  newest records, by when they were written");
        for (DrillComparison.Newest n : c.newest()) {
            out.printf("    %-20s live %s; restored %s%s%n", n.label(), n.live() == null ? "none" : n.live(),
                    n.restored() == null ? "none" : n.restored(),
                    n.liveAfterRecoveryPoint() > 0 ? " (" + n.liveAfterRecoveryPoint() + " written after the recovery point)" : "");
        }
        for (String m : c.missing()) {
            out.println("    missing: " + m);
        }
    }

    /** Every item (the table is small: a team's shifts, attendance and incidents); eventually consistent reads. */
    List<Map<String, AttributeValue>> scan(String table) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.scanPaginator(r -> r.tableName(table)).items().forEach(items::add);
        return items;
    }

    private static String tableOf(AwsClients aws, String stackName) {
        try (CloudFormationClient cfn = aws.configure(CloudFormationClient.builder()).build()) {
            return Stack.describe(cfn, stackName).output("TableName");
        }
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        return s >= 60 ? (s / 60) + " min " + (s % 60) + " s" : d.toMillis() + " ms";
    }

    record Options(String stack, String table, Instant at, boolean keep, String scratch, Duration timeout, String importFrom) {
        static Options parse(String[] args) {
            String stack = null;
            String table = null;
            Instant at = null;
            boolean keep = false;
            String scratch = null;
            Duration timeout = Duration.ofHours(2);
            String importFrom = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--keep")) {
                    keep = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg.startsWith("--") ? arg + " needs a value" : "unexpected " + arg);
                }
                String value = args[++i];
                try {
                    switch (arg) {
                        case "--stack" -> stack = value;
                        case "--table" -> table = value;
                        case "--at" -> at = Instant.parse(value);
                        case "--scratch" -> scratch = value;
                        case "--timeout" -> timeout = Duration.parse(value);
                        case "--import-missing-from" -> importFrom = value;
                        default -> throw new IllegalArgumentException("unknown option " + arg);
                    }
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(arg + " " + value + ": not an ISO " + (arg.equals("--at") ? "instant (2026-12-01T09:00:00Z)"
                            : "duration (PT2H)"));
                }
            }
            if (stack != null && table != null) {
                throw new IllegalArgumentException("give --stack or --table, not both");
            }
            if (stack == null && table == null) {
                stack = "touban";
            }
            return new Options(stack, table, at, keep, scratch, timeout, importFrom);
        }
    }
}
