package dev.touban.testing;

import dev.touban.domain.config.RoutingKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code config/oncall.example.yaml} with its commented canary parts (team, policy, service)
 * turned on, as the file tells its reader to do, and the canary service's key set: tests run
 * the block that is documented.
 */
public final class CanaryRoster {
    /** A key for the canary service of tests and the local runner; known to all, so never deploy it. */
    public static final String KEY = "toubancanary0123456789abcdefABCD";
    public static final String CHANNEL = "C0CANARY";
    public static final String SERVICE = "touban-canary";
    private static final String START = "  # - id: " + SERVICE;
    private static final String PLACEHOLDER = "PASTE-THE-SHA256-OF-THE-CANARY-KEY";

    private CanaryRoster() {}

    /** The example roster, canary on, with {@link #KEY}. */
    public static String yaml() {
        return enable(RepoFiles.read("config/oncall.example.yaml"), KEY);
    }

    /** The same, written to a file under {@code dir} (for TOUBAN_CONFIG). */
    public static Path write(Path dir) {
        try {
            return Files.writeString(dir.resolve("oncall.canary.yaml"), yaml());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String enable(String example, String key) {
        List<String> out = new ArrayList<>();
        boolean inBlock = false;
        int blocks = 0;
        for (String line : example.split("\n", -1)) {
            if (line.startsWith(START)) {
                inBlock = true;
                blocks++;
            } else if (inBlock && !line.startsWith("  #   ")) {
                inBlock = false;
            }
            out.add(inBlock ? "  " + line.substring(4) : line);
        }
        if (blocks != 3 || !example.contains(PLACEHOLDER)) {
            throw new IllegalStateException("config/oncall.example.yaml should hold the three commented canary parts, found " + blocks);
        }
        return String.join("\n", out).replace(PLACEHOLDER, RoutingKeys.sha256Hex(key));
    }
}
