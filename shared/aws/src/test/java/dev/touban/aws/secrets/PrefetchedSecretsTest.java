package dev.touban.aws.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PrefetchedSecretsTest {
    /** Secrets that record who asked for what, on which thread, and can hold a read until released. */
    static final class Recorded implements Secrets {
        final Map<String, String> values;
        final List<String> reads = new CopyOnWriteArrayList<>();
        final Map<String, String> threads = new ConcurrentHashMap<>();
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch started;

        Recorded(Map<String, String> values, int expectedReads) {
            this.values = values;
            this.started = new CountDownLatch(expectedReads);
        }

        @Override
        public String get(String name) {
            reads.add(name);
            threads.put(name, Thread.currentThread().getName());
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            String value = values.get(name);
            if (value == null) {
                throw new IllegalStateException("SSM GetParameter " + name + " failed: HTTP 400 ParameterNotFound");
            }
            return value;
        }
    }

    @Test
    void everyNamedRead_startsAtOnce_onItsOwnThread_beforeAnyoneAsks() throws Exception {
        Recorded source = new Recorded(Map.of("/touban/slack/bot-token", "xoxb-1", "/touban/ack-link-key", "k"), 2);

        PrefetchedSecrets secrets = PrefetchedSecrets.start(source, List.of("/touban/slack/bot-token", "/touban/ack-link-key"));

        // Both reads are under way (and held) although nothing has asked for a secret yet.
        assertThat(source.started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(source.reads).containsExactlyInAnyOrder("/touban/slack/bot-token", "/touban/ack-link-key");
        assertThat(source.threads.values()).allMatch(thread -> thread.equals("secret-read"));
        source.release.countDown();
        assertThat(secrets.get("/touban/slack/bot-token")).isEqualTo("xoxb-1");
        assertThat(secrets.get("/touban/ack-link-key")).isEqualTo("k");
        assertThat(secrets.get("/touban/slack/bot-token")).isEqualTo("xoxb-1");
        assertThat(source.reads).hasSize(2);
    }

    @Test
    void aFailedRead_failsWhereTheSecretIsUsed_notAtStart() throws Exception {
        Recorded source = new Recorded(Map.of(), 1);
        source.release.countDown();

        PrefetchedSecrets secrets = PrefetchedSecrets.start(source, List.of("/touban/missing"));

        assertThat(source.started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> secrets.get("/touban/missing"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("SSM GetParameter /touban/missing failed: HTTP 400 ParameterNotFound");
    }

    @Test
    void aNameNotPrefetched_isReadWhenAskedFor_andANameGivenTwice_isReadOnce() throws Exception {
        Recorded source = new Recorded(Map.of("/a", "1", "/b", "2"), 1);
        source.release.countDown();

        PrefetchedSecrets secrets = PrefetchedSecrets.start(source, List.of("/a", "/a"));
        assertThat(source.started.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(secrets.get("/a")).isEqualTo("1");
        assertThat(secrets.get("/b")).isEqualTo("2");
        assertThat(source.reads).containsExactly("/a", "/b");
        assertThat(source.threads.get("/b")).isEqualTo(Thread.currentThread().getName());
    }
}
