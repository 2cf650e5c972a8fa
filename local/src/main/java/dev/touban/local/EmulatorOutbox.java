package dev.touban.local;

import dev.touban.testing.MotoRecords;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Copies the SMS the emulator "sent" into the outbox, each once, in the order seen (topic publishes: {@link OutboundCollector}). */
final class EmulatorOutbox {
    private final MotoRecords moto;
    private final Outbox outbox;
    private final Clock clock;
    private final Set<String> seen = new HashSet<>();

    EmulatorOutbox(MotoRecords moto, Outbox outbox, Clock clock) {
        this.moto = moto;
        this.outbox = outbox;
        this.clock = clock;
    }

    synchronized void sync() {
        try {
            for (MotoRecords.Sms sms : moto.sms()) {
                if (seen.add("sms:" + sms.messageId())) {
                    Map<String, Object> message = new LinkedHashMap<>();
                    message.put("to", sms.phoneNumber());
                    message.put("text", sms.message());
                    outbox.add("sms", clock.instant(), message);
                }
            }
        } catch (RuntimeException e) {
            System.err.println("could not read the emulator's sent messages: " + e.getMessage());
        }
    }
}
