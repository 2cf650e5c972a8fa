package dev.touban.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.testing.MotoServer;
import dev.touban.testing.RepoFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert-to-first-page row runs end to end: the alert intake's and the escalation step's
 * deployment jars (built by the modules before this one) started through the runtime interface
 * client against moto, the intake's EscalationStepDue relayed to the step, and the step's text
 * message to the example policy's tier 1 found at the stub. No figure is asserted.
 */
class FirstPageLatencyTest {
    private static final OncallConfig ROSTER = ConfigLoader.load(RepoFiles.path("config/oncall.example.yaml").toString());

    @Test
    void aColdAlert_andWarmAlerts_eachFindTheirFirstPage_aTextMessageToTheOnCallMember(@TempDir Path work) throws Exception {
        try (MotoServer moto = MotoServer.start(); SlackStub stub = SlackStub.start()) {
            Bench.prepare(moto);
            IncidentBench incidents = new IncidentBench(moto, Bench.TABLE, stub, new AtomicLong(System.currentTimeMillis()));
            incidents.prepare();
            LambdaLauncher launcher = new LambdaLauncher(List.of(), List.of(), Path.of(Bench.javaHome(), "bin", "java"),
                    RepoFiles.path("bench/target/lambda-runtime"), work, Bench.commonEnvironment(moto));
            FirstPageLatency row = new FirstPageLatency(moto, stub, incidents, launcher,
                    Bench.incidentFunction(Subjects.INTAKE_ROW, incidents), Bench.incidentFunction(Subjects.STEP_ROW, incidents), work, System.err);

            FirstPageLatency.Sample cold = row.cold();
            List<FirstPageLatency.Sample> warm = row.warm(2, 1);

            assertThat(cold.page().operation()).isEqualTo("SendTextMessage");
            assertThat(ROSTER.memberByPhone(cold.page().to())).as("the page went to a member of the roster").isPresent();
            assertThat(warm).hasSize(2).allSatisfy(sample -> {
                assertThat(sample.page().operation()).isEqualTo("SendTextMessage");
                assertThat(ROSTER.memberByPhone(sample.page().to())).isPresent();
            });
            assertThat(FirstPageLatency.render(warm, List.of(cold), row.duplicates()))
                    .contains("| warm (p50 / p99) | 2 |")
                    .contains("| cold (median (min–max)) | 1 |");
        }
    }
}
