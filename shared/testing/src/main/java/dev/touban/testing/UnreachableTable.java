package dev.touban.testing;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.escalation.IncidentBoard;
import dev.touban.domain.escalation.StepScheduler;
import dev.touban.domain.escalation.StepTrigger;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.incident.IncidentEvents;
import dev.touban.domain.incident.IncidentStore;
import java.lang.reflect.Proxy;

/**
 * For fuzz tests of handlers: an {@link IncidentDesk} whose store, scheduler, bus and board
 * throw {@link Reached} on any call. Everything a handler does before it reads or writes an
 * incident (reading, checking, refusing the input) runs for real and in memory; the first
 * call that would reach DynamoDB ends the input there, so fuzzing needs no emulator, and a
 * test can assert which inputs may get that far.
 */
public final class UnreachableTable {
    private UnreachableTable() {}

    /** Thrown by the stand-in on the first call that would leave the process. */
    public static final class Reached extends RuntimeException {

        Reached(String call) {
            super(call, null, false, false);
        }
    }

    public static IncidentDesk desk(OncallConfig config) {
        return new IncidentDesk(config, standIn(IncidentStore.class), standIn(StepScheduler.class), standIn(StepTrigger.class),
                standIn(IncidentEvents.class), standIn(IncidentBoard.class));
    }

    /** A stand-in for {@code type} whose every call throws {@link Reached}. */
    public static <T> T standIn(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> type.getSimpleName() + " stand-in";
                };
            }
            throw new Reached(type.getSimpleName() + "." + method.getName());
        }));
    }
}
