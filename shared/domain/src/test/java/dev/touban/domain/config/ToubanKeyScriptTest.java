package dev.touban.domain.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.RepoRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** bin/touban-key prints a key and the line that makes the roster accept exactly that key. */
class ToubanKeyScriptTest {
    private static final Pattern KEY = Pattern.compile("routing key: ([0-9a-f]{32})\n");
    private static final Pattern LINE = Pattern.compile("\n    (routingKeySha256: [0-9a-f]{64})\n");

    @Test
    void aNewKey_andThePrintedLine_makeTheRosterAcceptThatKeyOnly() throws IOException, InterruptedException {
        String out = run(null);
        Matcher key = KEY.matcher(out);
        Matcher line = LINE.matcher(out);

        assertThat(key.find()).as(out).isTrue();
        assertThat(line.find()).as(out).isTrue();
        OncallConfig config = ConfigLoader.parse("oncall.yaml", example().replaceFirst("routingKeySha256: [0-9a-f]{64}", line.group(1)));
        assertThat(config.serviceByRoutingKey(key.group(1))).map(Service::id).contains("web");
        assertThat(config.serviceByRoutingKey("0123456789abcdef0123456789abcdef")).isEmpty();
        assertThat(run(null)).as("each run makes another key").doesNotContain(key.group(1));
    }

    @Test
    void aKeyGiven_orReadFromStandardInput_getsItsHashLine() throws IOException, InterruptedException {
        String line = "    routingKeySha256: " + RoutingKeys.EXAMPLE_SHA256 + "\n";

        assertThat(run("0123456789abcdef0123456789abcdef")).endsWith(line);
        assertThat(runWithInput("-", "0123456789abcdef0123456789abcdef\n")).endsWith(line);
    }

    @Test
    void whatIsNoKey_isRefused() throws IOException, InterruptedException {
        Process p = start("not-a-key");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor()).isEqualTo(2);
        assertThat(out).contains("a routing key is 32 letters and digits");
    }

    private static String run(String argument) throws IOException, InterruptedException {
        Process p = start(argument);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    private static String runWithInput(String argument, String input) throws IOException, InterruptedException {
        Process p = start(argument);
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    private static Process start(String argument) throws IOException {
        ProcessBuilder pb = argument == null ? new ProcessBuilder("bash", RepoRoot.path("bin/touban-key").toString())
                : new ProcessBuilder("bash", RepoRoot.path("bin/touban-key").toString(), argument);
        return pb.redirectErrorStream(true).start();
    }

    private static String example() throws IOException {
        return Files.readString(RepoRoot.path("config/oncall.example.yaml"));
    }
}
