package dev.touban.handoff;

import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MutableClock;
import dev.touban.testing.RepoFiles;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the handoff tests of the example roster share: the roster, a clock starting at
 * {@code start}, and a fresh {@link HandoffFixture} per test. The example roster hands the
 * primary from dave to alice and the secondary from bob to carol on Monday 7 December 2026
 * 10:00 Tokyo ({@link #DEC_7}).
 */
@ExtendWith(EmulatorExtension.class)
abstract class ExampleRosterHandoffs {
    static final Instant DEC_7 = Instant.parse("2026-12-07T01:00:00Z");

    final OncallConfig config = ConfigLoader.fromFile(RepoFiles.path("config/oncall.example.yaml"));
    final MutableClock clock;
    HandoffFixture fx;

    ExampleRosterHandoffs(Instant start) {
        clock = new MutableClock(start);
    }

    @BeforeEach
    void startFixture(Emulated aws) {
        fx = new HandoffFixture(aws);
    }

    @AfterEach
    void closeFixture() {
        fx.close();
    }
}
