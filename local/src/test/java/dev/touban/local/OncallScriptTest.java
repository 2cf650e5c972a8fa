package dev.touban.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.testing.RepoFiles;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** bin/oncall signs and sends slash commands to a running local runner (it needs bash, curl and openssl). */
class OncallScriptTest {
    private static LocalRunner runner;

    @BeforeAll
    static void start() throws IOException {
        runner = LocalRunner.start(Map.of("TOUBAN_PORT", "0"));
        // A week before today's real date: the script must sign with the runner's clock, not its own.
        runner.clock().set(Instant.parse("2026-11-28T09:00:00Z"));
    }

    @AfterAll
    static void stop() {
        runner.stop();
    }

    @Test
    void who_isAnsweredForTheDefaultUser() throws Exception {
        Map<String, Object> answer = oncall(Map.of(), "who");

        assertThat(answer).containsEntry("response_type", "ephemeral");
        assertThat((String) answer.get("text")).startsWith("On call for SRE now:").contains("*Carol Suzuki*");
    }

    @Test
    void hello_withANonAsciiNote_keepsTheNoteIntact() throws Exception {
        // The note is built by bash from escapes so the test does not depend on the JVM's argument encoding.
        Map<String, Object> answer = oncallShell(Map.of("ONCALL_USER", "U02BOB"),
                "exec bash \"$0\" hello \"$(printf 'standby \\xe9\\x80\\xb1\\xe6\\x9c\\xab & 50%%+')\"");

        assertThat((String) answer.get("text")).startsWith(":wave: Clocked in for SRE")
                .as("the note arrives intact, escaped once for Slack mrkdwn").contains("(standby 週末 &amp; 50%+)");
    }

    private static Map<String, Object> oncall(Map<String, String> env, String... args) throws Exception {
        String script = RepoFiles.path("bin/oncall").toString();
        List<String> command = new java.util.ArrayList<>(List.of("bash", script));
        command.addAll(List.of(args));
        return run(command, env);
    }

    private static Map<String, Object> oncallShell(Map<String, String> env, String shell) throws Exception {
        return run(List.of("bash", "-c", shell, RepoFiles.path("bin/oncall").toString()), env);
    }

    private static Map<String, Object> run(List<String> command, Map<String, String> env) throws Exception {
        return OncallScript.run(command, env, runner.port());
    }
}
