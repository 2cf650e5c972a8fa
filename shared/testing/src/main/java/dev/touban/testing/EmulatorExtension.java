package dev.touban.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one AWS emulator per test JVM (moto server on a free loopback port; LocalStack
 * when {@code -Dtouban.backend=localstack}), and before each test resets it and creates
 * the table as template.yaml defines it. Inject {@link Emulated} into tests.
 */
public final class EmulatorExtension implements BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EmulatorExtension.class);
    private static final AtomicInteger TABLES = new AtomicInteger();

    @Override
    public void beforeEach(ExtensionContext context) {
        AwsEmulator emulator = shared(context);
        emulator.reset();
        String table = "touban-test-" + TABLES.incrementAndGet();
        Emulated emulated = new Emulated(emulator, table);
        try (var dynamo = emulated.dynamo()) {
            TemplateTable.fromRepository().create(dynamo, table);
        }
        context.getStore(NAMESPACE).put(Emulated.class, emulated);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Emulated.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Emulated.class, Emulated.class);
    }

    private static AwsEmulator shared(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("emulator", key -> new Closing(start()), Closing.class)
                .emulator();
    }

    private static AwsEmulator start() {
        String backend = System.getProperty("touban.backend", "moto");
        return switch (backend) {
            case "moto" -> MotoServer.start();
            case "localstack" -> LocalStackEmulator.start();
            default -> throw new IllegalStateException("unknown touban.backend '" + backend + "': use moto or localstack");
        };
    }

    /** Stops the emulator when the test JVM's root context closes. */
    private record Closing(AwsEmulator emulator) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            emulator.close();
        }
    }
}
