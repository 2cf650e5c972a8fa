package dev.touban.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LambdaLauncherTest {

    @Test
    void twoJarsWithOneFileName_areUnpackedIntoTaskRootsOfTheirOwn(@TempDir Path tmp) throws IOException {
        // A compared build's jar is named like the function's own: each row must run its own code.
        Path current = jar(tmp.resolve("current/slack-webhook.jar"), "current");
        Path before = jar(tmp.resolve("before/slack-webhook.jar"), "before");
        Files.createDirectories(tmp.resolve("runtime"));
        LambdaLauncher launcher = new LambdaLauncher(List.of(), List.of(), Path.of("java"), tmp.resolve("runtime"), tmp, Map.of());

        Path currentRoot = launcher.taskRoot(current);
        Path beforeRoot = launcher.taskRoot(before);

        assertThat(beforeRoot).isNotEqualTo(currentRoot);
        assertThat(Files.readString(currentRoot.resolve("build.txt"))).isEqualTo("current");
        assertThat(Files.readString(beforeRoot.resolve("build.txt"))).isEqualTo("before");
        assertThat(launcher.taskRoot(current)).isEqualTo(currentRoot);
    }

    private static Path jar(Path path, String build) throws IOException {
        Files.createDirectories(path.getParent());
        try (OutputStream out = Files.newOutputStream(path); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("build.txt"));
            zip.write(build.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return path;
    }
}
