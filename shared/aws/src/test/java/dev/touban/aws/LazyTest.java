package dev.touban.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {

    @Test
    void get_buildsNothingUntilFirstUse_thenKeepsTheValue() {
        AtomicInteger built = new AtomicInteger();
        Lazy<String> lazy = new Lazy<>(() -> "client-" + built.incrementAndGet());
        assertThat(built).hasValue(0);
        assertThat(lazy.isBuilt()).isFalse();

        assertThat(lazy.get()).isEqualTo("client-1");
        assertThat(lazy.get()).isEqualTo("client-1");
        assertThat(built).hasValue(1);
        assertThat(lazy.isBuilt()).isTrue();
    }

    @Test
    void get_fromManyThreadsAtOnce_buildsOnce() throws Exception {
        AtomicInteger built = new AtomicInteger();
        Lazy<Integer> lazy = new Lazy<>(built::incrementAndGet);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return lazy.get();
                }));
            }
            start.countDown();
            for (Future<Integer> r : results) {
                assertThat(r.get()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(built).hasValue(1);
    }
}
