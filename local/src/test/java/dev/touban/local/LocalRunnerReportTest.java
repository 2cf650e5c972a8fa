package dev.touban.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.RepoFiles;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The health report in the local runner, the way the README tells it: page with
 * {@code bin/oncall call}, acknowledge, move the clock, resolve, then {@code bin/oncall report}.
 * The clock starts on Saturday 28 November 2026, 18:00 in Tokyo, when Carol is primary.
 */
@ExtendWith(EmulatorExtension.class)
class LocalRunnerReportTest {
    private LocalRunner runner;

    @BeforeEach
    void setUp(Emulated aws) throws IOException {
        runner = LocalRunner.start(Map.of("TOUBAN_AWS_ENDPOINT", aws.endpoint().toString(), "TOUBAN_PORT", "0"));
        runner.clock().set(Instant.parse("2026-11-28T09:00:00Z"));
    }

    @AfterEach
    void tearDown() {
        runner.stop();
    }

    @Test
    void report_afterCallAckClockAndResolve_showsTheFigures() throws Exception {
        assertThat(oncall("U02BOB", "call", "checkout", "returns", "500s").get("text")).asString().contains("Incident *#1*");
        clock("{\"advance\":\"PT3M\"}");
        assertThat(oncall("U03CAROL", "ack", "1").get("text")).asString().contains("#1");
        clock("{\"advance\":\"PT10M\"}");
        oncall("U03CAROL", "resolve", "1");

        Map<String, Object> report = oncall("U01ALICE", "report");

        assertThat(report).containsEntry("response_type", "ephemeral");
        assertThat((String) report.get("text")).startsWith("*On-call health of SRE, 2026-11 so far* (Asia/Tokyo)\n"
                        + "*Team*: 1 incident · 1 page · MTTA 3 min median, 3 min p90 · MTTR 13 min median, 13 min p90")
                .contains("• *Carol Suzuki*: 1 page (night 0, weekend 1, holiday 0) · acknowledged 1")
                .contains("fairness");
        assertThat((String) oncall("U01ALICE", "report", "2026-13").get("text"))
                .startsWith("`2026-13` has no month 13: months run from 01 to 12.");
    }

    private void clock(String body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + runner.port() + "/local/clock").toURL().openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        assertThat(c.getResponseCode()).isEqualTo(200);
        c.getInputStream().readAllBytes();
    }

    private Map<String, Object> oncall(String user, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", RepoFiles.path("bin/oncall").toString()));
        command.addAll(List.of(args));
        return OncallScript.run(command, Map.of("ONCALL_USER", user), runner.port());
    }
}
