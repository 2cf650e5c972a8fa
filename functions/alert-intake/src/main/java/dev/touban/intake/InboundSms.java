package dev.touban.intake;

import dev.touban.aws.notify.Redact;
import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.incident.IncidentStore.AckOutcome;
import dev.touban.domain.incident.IncidentStore.ResolveOutcome;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replies to pages by text message, as AWS End User Messaging delivers them through SNS
 * ({@code originationNumber}, {@code messageBody}): {@code ACK 42} acknowledges and
 * {@code RESOLVE 42} resolves incident 42 as the member whose phone sent it. The sender
 * gets a short answer back. Texts from numbers not in the roster are ignored.
 */
public final class InboundSms {
    private static final Pattern COMMAND = Pattern.compile("(?i)\\s*(ack|acknowledge|resolve)\\s+#?(\\d{1,12})\\s*[.!]?\\s*");

    private final OncallConfig config;
    private final IncidentDesk desk;
    private final BiConsumer<String, String> reply;

    /** {@code reply} texts (phone, message) back to the sender. */
    public InboundSms(OncallConfig config, IncidentDesk desk, BiConsumer<String, String> reply) {
        this.config = config;
        this.desk = desk;
        this.reply = reply;
    }

    public static boolean isInboundSms(Map<String, Object> message) {
        return message.get("originationNumber") instanceof String && message.get("messageBody") instanceof String;
    }

    public String handle(Map<String, Object> sms, Instant now) {
        String from = (String) sms.get("originationNumber");
        String body = (String) sms.get("messageBody");
        Optional<Member> member = config.memberByPhone(from);
        if (member.isEmpty()) {
            Log.LOG.log(System.Logger.Level.INFO, "ignored a text message from a number not in the roster");
            return "ignored: unknown sender";
        }
        Matcher m = COMMAND.matcher(body);
        if (!m.matches()) {
            send(from, "Touban: reply ACK <number> to acknowledge or RESOLVE <number> to resolve, e.g. ACK 42.");
            return "answered with usage";
        }
        long number = Long.parseLong(m.group(2));
        Actor who = Actor.member(member.get().id(), member.get().name(), "SMS");
        String answer;
        if (m.group(1).toLowerCase(Locale.ROOT).startsWith("ack")) {
            answer = switch (desk.acknowledge(number, who, now)) {
                case AckOutcome.Acknowledged a -> "Touban: #" + number + " acknowledged. Escalation stopped.";
                case AckOutcome.AlreadyAcknowledged a -> "Touban: #" + number + " was already acknowledged by "
                        + a.incident().acknowledgedBy().name() + ".";
                case AckOutcome.AlreadyResolved r -> "Touban: #" + number + " is already resolved.";
                case AckOutcome.NotFound n -> "Touban: there is no incident #" + number + ".";
            };
        } else {
            answer = switch (desk.resolve(number, who, now)) {
                case ResolveOutcome.Resolved r -> "Touban: #" + number + " resolved.";
                case ResolveOutcome.AlreadyResolved r -> "Touban: #" + number + " was already resolved by " + r.incident().resolvedBy().name() + ".";
                case ResolveOutcome.NotFound n -> "Touban: there is no incident #" + number + ".";
            };
        }
        send(from, answer);
        return answer;
    }

    private void send(String phone, String text) {
        try {
            reply.accept(phone, text);
        } catch (RuntimeException e) {
            Log.LOG.log(System.Logger.Level.WARNING, "could not text the answer back: " + Redact.phones(e.getMessage()));
        }
    }

    /** Created on the first warning: starting java.util.logging costs a cold start that has nothing to report. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(InboundSms.class.getName());
    }
}
