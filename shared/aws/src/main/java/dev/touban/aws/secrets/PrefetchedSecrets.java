package dev.touban.aws.secrets;

import dev.touban.aws.Background;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Secrets whose reads start at once, each on its own thread, so that a function which will
 * need them does its other start-up work while they are on the network. {@link #get} waits
 * for a started read and throws what it threw, at the point of use as an unprefetched read
 * would; a name not started here is read from the source when asked for.
 */
public final class PrefetchedSecrets implements Secrets {
    private final Secrets source;
    private final Map<String, Background<String>> reads;

    private PrefetchedSecrets(Secrets source, Map<String, Background<String>> reads) {
        this.source = source;
        this.reads = reads;
    }

    /** Starts reading every name in {@code names} from {@code source}. */
    public static PrefetchedSecrets start(Secrets source, Collection<String> names) {
        Map<String, Background<String>> reads = new LinkedHashMap<>();
        for (String name : names) {
            if (!reads.containsKey(name)) {
                reads.put(name, Background.start("secret-read", new Read(source, name)));
            }
        }
        return new PrefetchedSecrets(source, reads);
    }

    @Override
    public String get(String name) {
        Background<String> read = reads.get(name);
        return read != null ? read.get() : source.get(name);
    }

    private record Read(Secrets source, String name) implements Supplier<String> {
        @Override
        public String get() {
            return source.get(name);
        }
    }
}
