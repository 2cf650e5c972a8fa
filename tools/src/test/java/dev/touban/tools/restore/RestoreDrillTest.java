package dev.touban.tools.restore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.aws.dynamo.DynamoAttendanceStore;
import dev.touban.aws.dynamo.DynamoIncidentStore;
import dev.touban.aws.dynamo.DynamoScheduleChangeStore;
import dev.touban.aws.dynamo.TableKeys;
import dev.touban.domain.attendance.AttendanceRecord;
import dev.touban.domain.attendance.CheckIn;
import dev.touban.domain.config.Layer;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import dev.touban.domain.rotation.OnCallOverride;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MutableClock;
import dev.touban.tools.ToolAws;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The restore drill against moto's RestoreTableToPointInTime, on a table the real stores wrote. */
@ExtendWith(EmulatorExtension.class)
class RestoreDrillTest {
    private static final Instant YESTERDAY = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final String SCRATCH = "touban-drill-scratch";

    private Emulated aws;
    private DynamoDbClient dynamo;

    @BeforeEach
    void seed(Emulated aws) {
        this.aws = aws;
        this.dynamo = aws.dynamo();
        DynamoIncidentStore incidents = new DynamoIncidentStore(dynamo, aws.tableName());
        incidents.trigger(new NewIncident("web", "disk-full", "web", "sre", "sre-default",
                Alert.simple("Disk full on db-1", "db-1", Severity.CRITICAL)), YESTERDAY);
        incidents.trigger(new NewIncident("web", "latency", "web", "sre", "sre-default",
                Alert.simple("Checkout slow", "web-1", Severity.WARNING)), YESTERDAY.plus(Duration.ofHours(2)));
        DynamoAttendanceStore attendance = new DynamoAttendanceStore(dynamo, aws.tableName());
        CheckIn in = new CheckIn("alice", "sre", YESTERDAY.minus(Duration.ofHours(3)), "weekend standby at grandma's");
        attendance.clockIn(in, "request-1", "Clocked in");
        attendance.clockOut(in, AttendanceRecord.close(in, YESTERDAY.minus(Duration.ofHours(1)), ZoneId.of("Asia/Tokyo")),
                "request-2", "Clocked out");
        new DynamoScheduleChangeStore(dynamo, aws.tableName()).add(new OnCallOverride("ov1", "sre", Layer.PRIMARY, "bob",
                YESTERDAY, YESTERDAY.plus(Duration.ofDays(7)), "alice", YESTERDAY.plus(Duration.ofMinutes(5))), "request-3", "Set");
    }

    @Test
    void drill_restoresIntoAScratchTable_comparesWithTheLiveOne_reportsTheRecoveryPoint_andDeletesIt() {
        Run run = drill("--table", aws.tableName(), "--scratch", SCRATCH);

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out())
                .contains("Restore drill: table " + aws.tableName())
                .containsPattern("restorable from \\S+ to \\S+")
                .contains("restoring the latest restorable time into " + SCRATCH)
                .containsPattern("restored in \\d+ ms; recovery point 20\\d\\d-")
                .containsPattern("INCIDENT +2 +2 +\\+0")
                .containsPattern("ATTENDANCE +1 +1 +\\+0")
                .containsPattern("CHANGE +1 +1 +\\+0")
                .containsPattern("REQUEST +3 +3 +\\+0")
                .contains("incidents            live " + TableKeys.sortable(YESTERDAY.plus(Duration.ofHours(2))) + " (#2); restored ")
                .contains("PASS: every record written up to 60 s before the recovery point is in the restored table")
                .contains("deleted " + SCRATCH)
                .doesNotContain("grandma");
        assertThat(dynamo.listTables().tableNames()).containsExactly(aws.tableName());
    }

    @Test
    void keep_leavesTheScratchTable_withEveryItem() {
        Run run = drill("--table", aws.tableName(), "--scratch", SCRATCH, "--keep");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("kept " + SCRATCH);
        assertThat(scan(SCRATCH)).hasSameSizeAs(scan(aws.tableName()));
    }

    @Test
    void comparison_namesARecordWrittenBeforeTheRecoveryPointThatTheCopyLacks() {
        drill("--table", aws.tableName(), "--scratch", SCRATCH, "--keep");
        dynamo.deleteItem(r -> r.tableName(SCRATCH).key(TableKeys.incident(1)));

        DrillComparison c = DrillComparison.of(scan(aws.tableName()), scan(SCRATCH), Instant.now(), RestoreDrill.MARGIN);

        assertThat(c.complete()).isFalse();
        assertThat(c.missing()).containsExactly("incidents " + TableKeys.sortable(YESTERDAY) + " (#1)");
    }

    @Test
    void comparison_doesNotHoldRecordsWrittenAfterTheRecoveryPointAgainstTheCopy() {
        Instant recoveryPoint = YESTERDAY.plus(Duration.ofHours(1));
        drill("--table", aws.tableName(), "--scratch", SCRATCH, "--keep");
        dynamo.deleteItem(r -> r.tableName(SCRATCH).key(TableKeys.incident(2)));

        DrillComparison c = DrillComparison.of(scan(aws.tableName()), scan(SCRATCH), recoveryPoint, RestoreDrill.MARGIN);

        assertThat(c.complete()).isTrue();
        assertThat(c.newest()).filteredOn(n -> n.label().equals("incidents")).singleElement()
                .satisfies(n -> assertThat(n.liveAfterRecoveryPoint()).isEqualTo(1));
    }

    @Test
    void tableWithoutPointInTimeRecovery_isRefusedBeforeAnythingIsRestored() {
        dynamo.updateContinuousBackups(r -> r.tableName(aws.tableName())
                .pointInTimeRecoverySpecification(s -> s.pointInTimeRecoveryEnabled(false)));

        Run run = drill("--table", aws.tableName());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("has point-in-time recovery off: there is nothing to restore from");
        assertThat(dynamo.listTables().tableNames()).containsExactly(aws.tableName());
    }

    @Test
    void pointInTimeOutsideTheRestorableWindow_isRefused() {
        Run run = drill("--table", aws.tableName(), "--at", "2020-01-01T00:00:00Z");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("--at 2020-01-01T00:00:00Z is outside the restorable window");
        assertThat(dynamo.listTables().tableNames()).containsExactly(aws.tableName());
    }

    @Test
    void badArguments_getTheUsage() {
        assertThat(drill("--at", "yesterday").err()).contains("not an ISO instant").contains("usage: bin/restore-drill");
        assertThat(drill("--stack", "a", "--table", "b").exit()).isEqualTo(2);
    }

    @Test
    void importMissing_putsBackWhatTheLiveTableLost_andLeavesWhatItHasAlone() {
        drill("--table", aws.tableName(), "--scratch", SCRATCH, "--keep");
        dynamo.deleteItem(r -> r.tableName(aws.tableName()).key(TableKeys.incident(1)));
        dynamo.updateItem(r -> r.tableName(aws.tableName()).key(TableKeys.incident(2))
                .updateExpression("SET #s = :resolved").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":resolved", AttributeValue.fromS("RESOLVED"))));

        Run first = drill("--table", aws.tableName(), "--import-missing-from", SCRATCH);
        Run again = drill("--table", aws.tableName(), "--import-missing-from", SCRATCH);

        assertThat(first.exit()).isZero();
        assertThat(first.out()).containsPattern("INCIDENT +1 +1").contains("1 item(s) put back");
        assertThat(again.out()).contains("0 item(s) put back");
        assertThat(dynamo.getItem(r -> r.tableName(aws.tableName()).key(TableKeys.incident(1))).item()).isNotEmpty();
        assertThat(dynamo.getItem(r -> r.tableName(aws.tableName()).key(TableKeys.incident(2))).item().get("status").s())
                .isEqualTo("RESOLVED");
    }

    private List<Map<String, AttributeValue>> scan(String table) {
        return dynamo.scan(r -> r.tableName(table)).items();
    }

    private Run drill(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RestoreDrill.run(args, Map.of("TOUBAN_AWS_ENDPOINT", aws.endpoint().toString()),
                new MutableClock(Instant.parse("2026-12-04T09:00:00Z")), d -> {
                    throw new AssertionError("moto restores at once; the drill waited " + d);
                }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {}
}
