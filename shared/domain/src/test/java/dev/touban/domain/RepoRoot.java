package dev.touban.domain;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository root for domain tests, which may not depend on the test-support module:
 * the {@code touban.repo.root} property surefire sets, else the first directory above the
 * working directory that holds template.yaml.
 */
public final class RepoRoot {
    private RepoRoot() {}

    public static Path path(String relative) {
        return root().resolve(relative);
    }

    private static Path root() {
        String configured = System.getProperty("touban.repo.root");
        if (configured != null && Files.isRegularFile(Path.of(configured, "template.yaml"))) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("template.yaml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no template.yaml above " + Path.of("").toAbsolutePath());
    }
}
