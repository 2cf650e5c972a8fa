package dev.touban.aws.dynamo;

import java.time.Instant;
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
 * priming (never written)   PRIMING#NEVER               PRIMING                      (read by SnapStart priming only)
 * </pre>
 *
 * Instants in keys are fixed-width UTC ({@code 2026-11-28T01:00:00.000Z}) so they sort as text.
 */
public final class TableKeys {
    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String GSI1 = "gsi1";
    public static final String GSI1_PK = "gsi1pk";
    public static final String GSI1_SK = "gsi1sk";
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

    /** A key no item ever has: SnapStart priming reads it to warm the request path without touching data. */
    public static Map<String, AttributeValue> priming() {
        return key("PRIMING#NEVER", "PRIMING");
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, s(pk), SK, s(sk));
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
