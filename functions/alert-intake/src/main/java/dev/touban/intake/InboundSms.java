package dev.touban.intake;

import dev.touban.aws.notify.Redact;
import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.incident.IncidentStore.AckOutcome;
import dev.touban.domain.incident.IncidentStore.ResolveOutcome;
import dev.touban.domain.incident.RateLimit;
import dev.touban.domain.incident.SmsCodes;
import dev.touban.domain.text.SmsLength;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replies to SMS pages, as AWS End User Messaging delivers them through SNS
 * ({@code originationNumber}, {@code destinationNumber}, {@code messageBody}): {@code ACK 42 7Q3F}
 * acknowledges and {@code RESOLVE 42 7Q3F} resolves incident 42 as the member whose phone
 * sent it.
 *
 * <p>A reply acts only when all of these hold: it was sent to Touban's two-way number; it
 * comes from a roster member's phone; it carries the code of that incident and that member
 * ({@link SmsCodes}), which only the member paged for it was sent. A member of another team,
 * or anyone not paged with that code, changes nothing. Whatever fails, the member gets the
 * same usage answer, which never tells whether the incident exists. Texts to another number
 * or from numbers not in the roster are ignored without an answer (no SMS is spent on
 * strangers), and a member is answered at most {@value #REPLIES_PER_MINUTE} times a minute,
 * which also bounds guessing a code. Every answer fits one SMS segment.
 */
public final class InboundSms {
    static final String USAGE = "Touban: reply ACK, the incident number and the code from the page to acknowledge, "
            + "e.g. ACK 42 7Q3F (RESOLVE 42 7Q3F resolves).";
    static final int REPLIES_PER_MINUTE = 5;
    private static final Pattern COMMAND = Pattern.compile("(?i)\\s*(ack|acknowledge|resolve)\\s+#?(\\d{1,12})\\s+([0-9a-z]{4})\\s*[.!]?\\s*");

    private final OncallConfig config;
    private final IncidentDesk desk;
    private final Supplier<SmsCodes> codes;
    private final RateLimit replies;
    private final String twoWayNumber;
    private final BiConsumer<String, String> reply;

    /** {@code reply} texts (phone, message) back to the sender; {@code twoWayNumber} is where replies must have been sent. */
    public InboundSms(OncallConfig config, IncidentDesk desk, Supplier<SmsCodes> codes, RateLimit replies, String twoWayNumber,
            BiConsumer<String, String> reply) {
        this.config = config;
        this.desk = desk;
        this.codes = codes;
        this.replies = replies;
        this.twoWayNumber = twoWayNumber;
        this.reply = reply;
    }

    public static boolean isInboundSms(Map<String, Object> message) {
        return message.get("originationNumber") instanceof String && message.get("destinationNumber") instanceof String
                && message.get("messageBody") instanceof String;
    }

    public String handle(Map<String, Object> sms, Instant now) {
        String from = (String) sms.get("originationNumber");
        String body = (String) sms.get("messageBody");
        if (twoWayNumber == null || !twoWayNumber.equals(sms.get("destinationNumber"))) {
            Log.LOG.log(System.Logger.Level.WARNING, "ignored a text message that was not sent to the two-way number (SMS_TWO_WAY_NUMBER)");
            return "ignored: not sent to the two-way number";
        }
        Optional<Member> member = config.memberByPhone(from);
        if (member.isEmpty()) {
            Log.LOG.log(System.Logger.Level.INFO, "ignored a text message from a number not in the roster");
            return "ignored: unknown sender";
        }
        if (!replies.allow("sms-replies:" + member.get().id(), REPLIES_PER_MINUTE, now)) {
            return "ignored: over " + REPLIES_PER_MINUTE + " replies a minute";
        }
        Matcher m = COMMAND.matcher(body);
        if (!m.matches()) {
            send(from, USAGE);
            return "answered with usage";
        }
        long number = Long.parseLong(m.group(2));
        if (!codes.get().matches(number, member.get().id(), m.group(3))) {
            send(from, USAGE);
            return "answered with usage: not the code of that incident and member";
        }
        Actor who = Actor.member(member.get().id(), member.get().name(), "SMS");
        String answer;
        if (m.group(1).toLowerCase(Locale.ROOT).startsWith("ack")) {
            answer = switch (desk.acknowledge(number, who, now)) {
                case AckOutcome.Acknowledged a -> "Touban: #" + number + " acknowledged. Escalation stopped.";
                case AckOutcome.AlreadyAcknowledged a -> "Touban: #" + number + " was already acknowledged by "
                        + a.incident().acknowledgedBy().name() + ".";
                case AckOutcome.AlreadyResolved r -> "Touban: #" + number + " is already resolved.";
                case AckOutcome.NotFound n -> USAGE;
            };
        } else {
            answer = switch (desk.resolve(number, who, now)) {
                case ResolveOutcome.Resolved r -> "Touban: #" + number + " resolved.";
                case ResolveOutcome.AlreadyResolved r -> "Touban: #" + number + " was already resolved by " + r.incident().resolvedBy().name() + ".";
                case ResolveOutcome.NotFound n -> USAGE;
            };
        }
        send(from, answer);
        return answer;
    }

    private void send(String phone, String text) {
        try {
            reply.accept(phone, SmsLength.fit("", text, "", text.length(), 1));
        } catch (RuntimeException e) {
            Log.LOG.log(System.Logger.Level.WARNING, "could not text the answer back: " + Redact.phones(e.getMessage()));
        }
    }

    /** Created on the first warning: starting java.util.logging costs a cold start that has nothing to report. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(InboundSms.class.getName());
    }
}
