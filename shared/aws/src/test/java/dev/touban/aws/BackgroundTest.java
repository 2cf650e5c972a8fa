package dev.touban.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class BackgroundTest {
    @Test
    void theValueIsComputedOnItsOwnThread_whileTheCallerGoesOn() throws Exception {
        CountDownLatch callerWentOn = new CountDownLatch(1);
        Background<String> value = Background.start("secret-read", () -> {
            try {
                callerWentOn.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return Thread.currentThread().getName();
        });
        // The work is blocked until the caller gets here: had it run on the caller's thread, start would never return.
        callerWentOn.countDown();
        assertThat(value.get()).isEqualTo("secret-read");
        assertThat(value.get()).isEqualTo("secret-read");
    }

    @Test
    void aFailure_isRethrownAsItWasThrown() {
        IllegalStateException failure = new IllegalStateException("SSM GetParameter /x failed: HTTP 400 ParameterNotFound");
        Background<String> value = Background.start("secret-read", () -> {
            throw failure;
        });
        assertThatThrownBy(value::get).isSameAs(failure);
    }

    @Test
    void anInterruptedCaller_stillGetsTheValue_andKeepsItsInterrupt() {
        CountDownLatch release = new CountDownLatch(1);
        Background<Integer> value = Background.start("slow", () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return 42;
        });
        Thread.currentThread().interrupt();
        Thread releaser = new Thread(release::countDown);
        releaser.start();
        try {
            assertThat(value.get()).isEqualTo(42);
            assertThat(Thread.interrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
