package dev.touban.aws.snapstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapStartHooksTest {

    @Test
    void beforeCheckpoint_runsPrimingStepsInOrder_andAFailureDoesNotStopTheRest() {
        List<String> ran = new ArrayList<>();
        SnapStartHooks hooks = new SnapStartHooks()
                .prime("first", () -> ran.add("first"))
                .prime("broken", () -> {
                    throw new IllegalStateException("table missing");
                })
                .prime("third", () -> ran.add("third"));

        hooks.beforeCheckpoint(null);

        assertThat(ran).containsExactly("first", "third");
        assertThat(hooks.report()).hasSize(3);
        assertThat(hooks.report().get(1)).startsWith("priming broken failed").contains("table missing");
    }

    @Test
    void afterRestore_failingRefresh_isThrown_soAStaleEnvironmentNeverServes() {
        SnapStartHooks hooks = new SnapStartHooks().refresh("credentials", () -> {
            throw new IllegalStateException("credentials endpoint unreachable");
        });

        assertThatThrownBy(() -> hooks.afterRestore(null)).hasMessageContaining("credentials endpoint unreachable");
    }

    @Test
    void register_acceptsTheHooks_evenWhereTheJvmCannotCheckpoint() {
        SnapStartHooks hooks = new SnapStartHooks().prime("noop", () -> { });

        assertThat(hooks.register()).isSameAs(hooks);
    }

    @Test
    void snapshotInit_onlyWhenLambdaInitialisesASnapshot() {
        assertThat(SnapStartHooks.snapshotInit(java.util.Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start"))).isTrue();
        assertThat(SnapStartHooks.snapshotInit(java.util.Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"))).isFalse();
        assertThat(SnapStartHooks.snapshotInit(java.util.Map.of())).isFalse();
    }
}
