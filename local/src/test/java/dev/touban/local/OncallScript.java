package dev.touban.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs bin/oncall (or a shell around it) against a local runner on {@code port} and reads the JSON it prints. */
final class OncallScript {
    private OncallScript() {}

    static Map<String, Object> run(List<String> command, Map<String, String> env, int port) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        builder.environment().putAll(env);
        builder.environment().put("TOUBAN_URL", "http://127.0.0.1:" + port);
        builder.environment().remove("SLACK_SIGNING_SECRET");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("bin/oncall finished").isTrue();
        assertThat(process.exitValue()).as("bin/oncall exit status; stderr: %s", err).isZero();
        return JSON.std.mapFrom(out.strip());
    }
}
