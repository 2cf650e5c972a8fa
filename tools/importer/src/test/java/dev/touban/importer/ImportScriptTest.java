package dev.touban.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** bin/touban-import passes its arguments and exit status through (it needs bash; the test runs it on the test's classpath). */
class ImportScriptTest {

    @Test
    void script_importsAFixture_andRefusesBadArgumentsWithStatus2() throws Exception {
        Result ok = script("opsgenie", Fixtures.dir("opsgenie").toString());
        Result bad = script("opsgenie");

        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ok.out()).startsWith("# Touban oncall.yaml draft, imported from Opsgenie").contains("  - id: platform\n");
        assertThat(ok.err()).startsWith("Imported from opsgenie: 5 members, 2 teams, 3 rotations");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains(Main.USAGE);
    }

    private record Result(int status, String out, String err) {}

    private static Result script(String... args) throws Exception {
        Path root = Path.of(System.getProperty("touban.repo.root"));
        List<String> command = new java.util.ArrayList<>(List.of("bash", root.resolve("bin/touban-import").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("TOUBAN_IMPORT_CLASSPATH", System.getProperty("java.class.path"));
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out, err);
    }
}
