package dev.touban.aws.dynamo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The one place that knows how items are keyed in the single table.
 *
 * <pre>
 * item                      pk                          sk                           gsi1pk          gsi1sk
 * open check-in             MEMBER#{member}             CHECKIN#OPEN
 * finished attendance       TEAM#{team}#ATTENDANCE      {start}#{member}             MEMBER#{member} ATTENDANCE#{start}
 * request (idempotency)     REQUEST#{key}               REQUEST                      (expires by TTL)
 * export request            REQUEST#{request id}        EXPORT                       (expires by TTL)
 * override or swap          TEAM#{team}#CHANGE          CHANGE#{id}                  (expires by TTL a year after it ends)
 * day off (振替休日/代休)    TEAM#{team}#DAYOFF          {worked day}#{member}
 * swap proposal            TEAM#{team}#PROPOSAL        PROPOSAL#{id}                (expires by TTL 30 days after its deadline)
 * handoff of a shift        TEAM#{team}#HANDOFF         {rotation}#{shift start}#{scheduled member}
 * incident                  INCIDENT#{n}                INCIDENT                     INCIDENTS#OPEN  {n, 12 digits}  (index only while open)
 * incident timeline entry   INCIDENT#{n}                TIMELINE#{at}#{seq}
 * delivery of a step        INCIDENT#{n}                DELIVERY#{step, 4}#{index, 3}
 * incident's Slack message  INCIDENT#{n}                SLACK#{channel}
 * open alert (dedup)        ALERT#{scope}#{dedupKey}    OPEN                         (deleted on resolve)
 * team's incident, by time  TEAM#{team}#INCIDENTS       {triggered}#{n, 12 digits}
 * incident number counter   COUNTER#INCIDENT            COUNTER
 * events per key and minute RATE#{key}                  {minute}                     (expires by TTL)
 * heartbeat (last ping)     HEARTBEAT                   {service}#{name}
 * service maintenance       SERVICE#{service}           MAINTENANCE                  (expires by TTL after it ends)
 * priming (never written)   PRIMING#NEVER               PRIMING                      (read by SnapStart priming only)
 * </pre>
 *
 * The sparse, keys-only index {@code gsi2} holds only what the sweep may have to do: an
 * escalating incident ({@code gsi2pk} DUE, {@code gsi2sk} {due}#{n}, due a minute after its
 * next step) and a pending delivery (due when its lease or backoff ends). The attributes are
 * removed when the incident stops escalating or the delivery is settled.
 *
 * Instants in keys are fixed-width UTC ({@code 2026-11-28T01:00:00.000Z}) so they sort as text.
 */
public final class TableKeys {
    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String GSI1 = "gsi1";
    public static final String GSI1_PK = "gsi1pk";
    public static final String GSI1_SK = "gsi1sk";
    public static final String GSI2 = "gsi2";
    public static final String GSI2_PK = "gsi2pk";
    public static final String GSI2_SK = "gsi2sk";
    public static final String DUE = "DUE";
    public static final String TTL = "expiresAt";

    private static final DateTimeFormatter SORTABLE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private TableKeys() {}

    public static String sortable(Instant t) {
        return SORTABLE.format(t.truncatedTo(ChronoUnit.MILLIS));
    }

    public static Map<String, AttributeValue> openCheckIn(String memberId) {
        return key("MEMBER#" + memberId, "CHECKIN#OPEN");
    }

    public static String attendancePartition(String teamId) {
        return "TEAM#" + teamId + "#ATTENDANCE";
    }

    public static Map<String, AttributeValue> attendance(String teamId, Instant start, String memberId) {
        return key(attendancePartition(teamId), sortable(start) + "#" + memberId);
    }

    public static Map<String, AttributeValue> memberAttendanceIndex(String memberId, Instant start) {
        return Map.of(GSI1_PK, s("MEMBER#" + memberId), GSI1_SK, s("ATTENDANCE#" + sortable(start)));
    }

    public static Map<String, AttributeValue> request(String requestKey) {
        return key("REQUEST#" + requestKey, "REQUEST");
    }

    /** The webhook writes it (its writes reach REQUEST# keys only); the export event names it by id. */
    public static Map<String, AttributeValue> exportRequest(String requestId) {
        return key("REQUEST#" + requestId, "EXPORT");
    }

    public static String changePartition(String teamId) {
        return "TEAM#" + teamId + "#CHANGE";
    }

    public static Map<String, AttributeValue> change(String teamId, String changeId) {
        return key(changePartition(teamId), "CHANGE#" + changeId);
    }

    public static String dayOffPartition(String teamId) {
        return "TEAM#" + teamId + "#DAYOFF";
    }

    /** One day off per member and worked day; sorted by the worked day ({@code 2026-11-29#alice}). */
    public static Map<String, AttributeValue> dayOff(String teamId, LocalDate workedDay, String memberId) {
        return key(dayOffPartition(teamId), dayOffSortKey(workedDay) + "#" + memberId);
    }

    /** The sort-key prefix of a worked day: ISO dates sort as text. */
    public static String dayOffSortKey(LocalDate workedDay) {
        return workedDay.toString();
    }

    public static Map<String, AttributeValue> swapProposal(String teamId, String proposalId) {
        return key("TEAM#" + teamId + "#PROPOSAL", "PROPOSAL#" + proposalId);
    }

    /** One handoff per rotation shift, named by its start and the member the roster puts on it; a rotation's sort by time. */
    public static Map<String, AttributeValue> handoff(String teamId, String rotationId, Instant shiftStart, String scheduledMemberId) {
        return key("TEAM#" + teamId + "#HANDOFF", rotationId + "#" + sortable(shiftStart) + "#" + scheduledMemberId);
    }

    public static final String OPEN_INCIDENTS = "INCIDENTS#OPEN";
    public static final String TIMELINE_PREFIX = "TIMELINE#";
    public static final String SLACK_MESSAGE_PREFIX = "SLACK#";

    public static String incidentPartition(long number) {
        return "INCIDENT#" + number;
    }

    public static Map<String, AttributeValue> incident(long number) {
        return key(incidentPartition(number), "INCIDENT");
    }

    /** Open incidents sort by number in the index; resolving removes these attributes. */
    public static Map<String, AttributeValue> openIncidentIndex(long number) {
        return Map.of(GSI1_PK, s(OPEN_INCIDENTS), GSI1_SK, s(zeroPadded(number, 12)));
    }

    /** {@code seq} orders entries of the same millisecond. */
    public static Map<String, AttributeValue> timelineEntry(long number, Instant at, long seq) {
        return key(incidentPartition(number), TIMELINE_PREFIX + sortable(at) + "#" + hexPadded(seq));
    }

    public static final String DELIVERY_PREFIX = "DELIVERY#";

    public static Map<String, AttributeValue> delivery(long number, int step, int index) {
        return key(incidentPartition(number), DELIVERY_PREFIX + zeroPadded(step, 4) + "#" + zeroPadded(index, 3));
    }

    /** The sweep's index entry of an incident's item (or of one of its deliveries, {@code part} naming it), due at {@code due}. */
    public static Map<String, AttributeValue> dueIndex(Instant due, long number, String part) {
        return Map.of(GSI2_PK, s(DUE), GSI2_SK, s(sortable(due) + "#" + zeroPadded(number, 12) + (part == null ? "" : "#" + part)));
    }

    /** An exclusive upper bound of the sweep's index entries due at or before {@code now}. */
    public static String dueUpTo(Instant now) {
        return sortable(now) + "$";
    }

    /** The incident number of an item of an incident's partition ({@code INCIDENT#42}). */
    public static long incidentNumber(Map<String, AttributeValue> key) {
        String pk = key.get(PK).s();
        if (!pk.startsWith("INCIDENT#")) {
            throw new IllegalArgumentException("not an incident's item: " + pk);
        }
        return Long.parseLong(pk.substring("INCIDENT#".length()));
    }

    public static Map<String, AttributeValue> slackMessage(long number, String channel) {
        return key(incidentPartition(number), SLACK_MESSAGE_PREFIX + channel);
    }

    public static Map<String, AttributeValue> openAlert(String scope, String dedupKey) {
        return key("ALERT#" + scope + "#" + dedupKey, "OPEN");
    }

    public static String teamIncidentsPartition(String teamId) {
        return "TEAM#" + teamId + "#INCIDENTS";
    }

    /** Lists a team's incidents by the time they were triggered, for handoffs and reports. */
    public static Map<String, AttributeValue> teamIncident(String teamId, Instant triggeredAt, long number) {
        return key(teamIncidentsPartition(teamId), sortable(triggeredAt) + "#" + zeroPadded(number, 12));
    }

    public static Map<String, AttributeValue> incidentCounter() {
        return key("COUNTER#INCIDENT", "COUNTER");
    }

    public static Map<String, AttributeValue> rate(String key, Instant minute) {
        return key("RATE#" + key, sortable(minute.truncatedTo(ChronoUnit.MINUTES)));
    }

    public static final String HEARTBEATS = "HEARTBEAT";

    /** Every heartbeat in one partition: the sweep reads them all with one query. */
    public static Map<String, AttributeValue> heartbeat(String serviceId, String name) {
        return key(HEARTBEATS, serviceId + "#" + name);
    }

    /** The window started from Slack for a service (windows of oncall.yaml are not stored). */
    public static Map<String, AttributeValue> maintenance(String serviceId) {
        return key("SERVICE#" + serviceId, "MAINTENANCE");
    }

    /** A key no item ever has: SnapStart priming reads it to warm the request path without touching data. */
    public static Map<String, AttributeValue> priming() {
        return key("PRIMING#NEVER", "PRIMING");
    }

    /**
     * What kind of item this is, for counting items by kind (the restore drill): its
     * {@code type} attribute when it has one, otherwise what its key's shape says
     * ({@code REQUEST}, {@code TIMELINE}, {@code COUNTER}, {@code RATE}, ...).
     */
    public static String kind(Map<String, AttributeValue> item) {
        AttributeValue type = item.get("type");
        if (type != null && type.s() != null && !type.s().isBlank()) {
            return type.s();
        }
        String pk = item.containsKey(PK) && item.get(PK).s() != null ? item.get(PK).s() : "";
        String sk = item.containsKey(SK) && item.get(SK).s() != null ? item.get(SK).s() : "";
        String[] parts = pk.split("#", -1);
        if (pk.startsWith("INCIDENT#")) {
            return sk.split("#", -1)[0];
        }
        if (pk.startsWith("TEAM#") && parts.length >= 3) {
            return parts[parts.length - 1];
        }
        return parts[0].isEmpty() ? "(no key)" : parts[0];
    }

    /**
     * {@code value} in decimal, zero-padded to {@code width} as {@code String.format("%0<width>d")}
     * pads it, but always in ASCII digits: a key must not depend on the default locale, and
     * {@code Formatter} would load the locale's number symbols on a cold start.
     */
    static String zeroPadded(long value, int width) {
        String digits = Long.toString(value);
        if (digits.length() >= width) {
            return digits;
        }
        boolean negative = value < 0;
        StringBuilder padded = new StringBuilder(width);
        if (negative) {
            padded.append('-');
        }
        for (int i = digits.length(); i < width; i++) {
            padded.append('0');
        }
        return padded.append(digits, negative ? 1 : 0, digits.length()).toString();
    }

    /** {@code value} in lower-case hexadecimal (two's complement), zero-padded to 16 digits, as {@code %016x} writes it. */
    static String hexPadded(long value) {
        String digits = Long.toHexString(value);
        StringBuilder padded = new StringBuilder(16);
        for (int i = digits.length(); i < 16; i++) {
            padded.append('0');
        }
        return padded.append(digits).toString();
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, s(pk), SK, s(sk));
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
