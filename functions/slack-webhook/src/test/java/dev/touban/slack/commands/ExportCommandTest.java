package dev.touban.slack.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoAttendanceStore;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.export.ExportRequest;
import dev.touban.aws.dynamo.DynamoScheduleChangeStore;
import dev.touban.aws.dynamo.DynamoSwapProposalStore;
import dev.touban.domain.slack.SlackSignature;
import dev.touban.slack.SlackWebhookHandler;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MutableClock;
import dev.touban.testing.RepoFiles;
import dev.touban.testing.SlackRequests;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmulatorExtension.class)
class ExportCommandTest {
    private static final String SECRET = "test-signing-secret";
    // 2026-12-01 09:00 in Tokyo.
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));
    private final SlackRequests slack = new SlackRequests(SECRET);
    private final List<ExportRequest> submitted = new CopyOnWriteArrayList<>();
    private SlackWebhookHandler handler;
    private Emulated aws;

    @BeforeEach
    void setUp(Emulated aws) {
        this.aws = aws;
        AwsClients clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        handler = new SlackWebhookHandler(SlackWebhookHandler.create(ConfigLoader.fromFile(RepoFiles.path("config/oncall.example.yaml")),
                new SlackSignature(SECRET), new DynamoAttendanceStore(clients.dynamoDb(), aws.tableName()), new DynamoScheduleChangeStore(clients.dynamoDb(), aws.tableName()),
                new DynamoSwapProposalStore(clients::dynamoDb, aws.tableName()), followUps -> { }, "/oncall", submitted::add, null), clock);
    }

    @Test
    void export_byAnAdmin_submitsTheMonth_andAnswersAtOnce() throws Exception {
        String answer = send(Map.of());

        assertThat(answer).isEqualTo(":hourglass_flowing_sand: Exporting SRE's comp-day report for 2026-11. "
                + "The link to the spreadsheet follows here in a moment.");
        assertThat(submitted).hasSize(1);
        ExportRequest request = submitted.getFirst();
        assertThat(request.teamId()).isEqualTo("sre");
        assertThat(request.month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(request.requestedBy()).isEqualTo("alice");
        assertThat(request.responseUrl()).startsWith("https://hooks.slack.com/commands/");
        assertThat(request.requestId()).startsWith("slack-command:");
    }

    @Test
    void export_withoutAMonth_meansLastMonthInTheTeamsTimeZone() throws Exception {
        send(Map.of("text", "export"));

        assertThat(submitted).extracting(ExportRequest::month).containsExactly(YearMonth.of(2026, 11));
    }

    @Test
    void export_month13_isRefused_andNothingIsSubmittedOrWritten() throws Exception {
        assertThat(send(Map.of("text", "export 2026-13"))).isEqualTo("`2026-13` has no month 13: months run from 01 to 12. Nothing was exported.");
        assertNothingHappened();
    }

    @Test
    void export_futureMonth_isRefused() throws Exception {
        assertThat(send(Map.of("text", "export 2027-01")))
                .isEqualTo("2027-01 has not happened yet (it is 2026-12 in Asia/Tokyo). Nothing was exported.");
        assertNothingHappened();
    }

    @Test
    void export_notAMonth_isRefusedWithAnExample() throws Exception {
        assertThat(send(Map.of("text", "export last-month"))).startsWith("`last-month` is not a month: give it as YYYY-MM, for example `2026-11`");
        assertNothingHappened();
    }

    @Test
    void export_byANonAdmin_isRefused_namingTheAdmins() throws Exception {
        assertThat(send(Map.of("user_id", "U02BOB"))).isEqualTo("Only SRE's admins (Alice Sato) can export the comp-day report. Nothing was exported.");
        assertNothingHappened();
    }

    @Test
    void export_withoutAResponseUrl_isRefusedAsABadForm() throws Exception {
        Map<String, String> changes = new HashMap<>();
        changes.put("response_url", null);
        Map<String, Object> result = invoke(changes);
        assertThat(result).containsEntry("statusCode", 400);
        assertThat((String) result.get("body")).contains("response_url is missing");
        assertNothingHappened();
    }

    @Test
    void export_whenTheQueueRefuses_saysSoAndAsksToRetry() throws Exception {
        AwsClients clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        handler = new SlackWebhookHandler(SlackWebhookHandler.create(ConfigLoader.fromFile(RepoFiles.path("config/oncall.example.yaml")),
                new SlackSignature(SECRET), new DynamoAttendanceStore(clients.dynamoDb(), aws.tableName()), new DynamoScheduleChangeStore(clients.dynamoDb(), aws.tableName()),
                new DynamoSwapProposalStore(clients::dynamoDb, aws.tableName()), followUps -> { }, "/oncall"), clock);

        assertThat(send(Map.of())).isEqualTo("I could not start the export of 2026-11 (exports are not set up here). Try again in a minute.");
    }

    @Test
    void help_listsExport() throws Exception {
        assertThat(send(Map.of("text", "help"))).contains("`/oncall export [YYYY-MM]`: (admins) last month's comp-day spreadsheet");
    }

    private void assertNothingHappened() {
        assertThat(submitted).isEmpty();
        try (var dynamo = aws.dynamo()) {
            assertThat(dynamo.scan(s -> s.tableName(aws.tableName())).count()).isZero();
        }
    }

    private Map<String, Object> invoke(Map<String, String> changes) throws Exception {
        String event = slack.signedEvent("slack-command-export.json", changes, clock.instant());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return JSON.std.mapFrom(out.toByteArray());
    }

    private String send(Map<String, String> changes) throws Exception {
        Map<String, Object> result = invoke(changes);
        assertThat(result).containsEntry("statusCode", 200);
        return (String) JSON.std.mapFrom((String) result.get("body")).get("text");
    }
}
