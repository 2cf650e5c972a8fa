package dev.touban.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class TableKeysTest {

    @Test
    void sortable_isFixedWidthUtcWithMilliseconds() {
        assertThat(TableKeys.sortable(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00.000Z");
        assertThat(TableKeys.sortable(Instant.parse("2026-11-28T01:00:00Z"))).isEqualTo("2026-11-28T01:00:00.000Z");
        assertThat(TableKeys.sortable(Instant.parse("2026-11-28T01:00:00.1Z"))).isEqualTo("2026-11-28T01:00:00.100Z");
        assertThat(TableKeys.sortable(Instant.parse("9999-12-31T23:59:59.999999999Z"))).isEqualTo("9999-12-31T23:59:59.999Z");
    }

    @Test
    void sortable_truncatesBelowAMillisecond_neverRoundsUp() {
        assertThat(TableKeys.sortable(Instant.parse("2026-11-28T01:00:00.000999999Z"))).isEqualTo("2026-11-28T01:00:00.000Z");
    }

    @Test
    void sortable_sortsAsTextInTimeOrder() {
        Random random = new Random(20261128);
        List<Instant> instants = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            instants.add(Instant.ofEpochMilli(random.nextLong(0, 253402300799999L)));
        }

        List<String> texts = instants.stream().map(TableKeys::sortable).toList();

        assertThat(texts).allSatisfy(t -> assertThat(t).hasSize(24));
        assertThat(texts.stream().sorted().toList())
                .isEqualTo(instants.stream().sorted().map(TableKeys::sortable).toList());
    }

    @Test
    void keys_followTheDocumentedLayout() {
        Instant start = Instant.parse("2026-11-28T01:00:00Z");

        assertThat(TableKeys.openCheckIn("alice")).containsEntry("pk", TableKeys.s("MEMBER#alice")).containsEntry("sk", TableKeys.s("CHECKIN#OPEN"));
        assertThat(TableKeys.attendance("sre", start, "alice"))
                .containsEntry("pk", TableKeys.s("TEAM#sre#ATTENDANCE"))
                .containsEntry("sk", TableKeys.s("2026-11-28T01:00:00.000Z#alice"));
        assertThat(TableKeys.memberAttendanceIndex("alice", start))
                .containsEntry("gsi1pk", TableKeys.s("MEMBER#alice"))
                .containsEntry("gsi1sk", TableKeys.s("ATTENDANCE#2026-11-28T01:00:00.000Z"));
        assertThat(TableKeys.dayOff("sre", java.time.LocalDate.of(2026, 11, 29), "alice"))
                .containsEntry("pk", TableKeys.s("TEAM#sre#DAYOFF")).containsEntry("sk", TableKeys.s("2026-11-29#alice"));
        assertThat(TableKeys.request("slack-command:abc")).containsEntry("pk", TableKeys.s("REQUEST#slack-command:abc"))
                .containsEntry("sk", TableKeys.s("REQUEST"));
        assertThat(TableKeys.swapProposal("sre", "s3k2fa")).containsEntry("pk", TableKeys.s("TEAM#sre#PROPOSAL"))
                .containsEntry("sk", TableKeys.s("PROPOSAL#s3k2fa"));
        assertThat(TableKeys.heartbeat("web", "watchdog")).containsEntry("pk", TableKeys.s("HEARTBEAT"))
                .containsEntry("sk", TableKeys.s("web#watchdog"));
        assertThat(TableKeys.maintenance("web")).containsEntry("pk", TableKeys.s("SERVICE#web"))
                .containsEntry("sk", TableKeys.s("MAINTENANCE"));
    }

    @Test
    void kind_isTheTypeAttribute_orWhatTheKeyShapeSays() {
        Map<String, AttributeValue> typed = new HashMap<>(TableKeys.incident(7));
        typed.put("type", AttributeValue.fromS("INCIDENT"));

        assertThat(TableKeys.kind(typed)).isEqualTo("INCIDENT");
        assertThat(TableKeys.kind(TableKeys.timelineEntry(7, Instant.EPOCH, 1))).isEqualTo("TIMELINE");
        assertThat(TableKeys.kind(TableKeys.slackMessage(7, "C0ONCALL"))).isEqualTo("SLACK");
        assertThat(TableKeys.kind(TableKeys.request("abc"))).isEqualTo("REQUEST");
        assertThat(TableKeys.kind(TableKeys.rate("key", Instant.EPOCH))).isEqualTo("RATE");
        assertThat(TableKeys.kind(TableKeys.incidentCounter())).isEqualTo("COUNTER");
        assertThat(TableKeys.kind(TableKeys.dayOff("sre", java.time.LocalDate.of(2026, 11, 29), "alice"))).isEqualTo("DAYOFF");
        assertThat(TableKeys.kind(TableKeys.handoff("sre", "sre-primary", Instant.EPOCH, "alice"))).isEqualTo("HANDOFF");
        assertThat(TableKeys.kind(TableKeys.swapProposal("sre", "s3k2fa"))).isEqualTo("PROPOSAL");
        assertThat(TableKeys.kind(TableKeys.heartbeat("web", "watchdog"))).isEqualTo("HEARTBEAT");
        assertThat(TableKeys.kind(Map.of())).isEqualTo("(no key)");
    }

    @Test
    void paddedNumbers_areWhatStringFormatWritesInTheUsLocale_forEveryWidthAndSign() {
        Random random = new Random(20261205);
        List<Long> values = new ArrayList<>(List.of(0L, 1L, -1L, 9L, 10L, 999L, 1000L, 123456789012L, 1234567890123L,
                Long.MAX_VALUE, Long.MIN_VALUE, -42L, -123456789012L));
        for (int i = 0; i < 500; i++) {
            values.add(random.nextLong());
            values.add(random.nextLong(0, 100_000));
        }

        for (long value : values) {
            for (int width : new int[] {3, 4, 12}) {
                assertThat(TableKeys.zeroPadded(value, width))
                        .isEqualTo(String.format(java.util.Locale.US, "%0" + width + "d", value));
            }
            assertThat(TableKeys.hexPadded(value)).isEqualTo(String.format(java.util.Locale.US, "%016x", value));
        }
    }

    @Test
    void keysWithNumbers_useAsciiDigits_whateverTheDefaultLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG-u-nu-arab"));
            assertThat(TableKeys.delivery(42, 3, 7).get(TableKeys.SK).s()).isEqualTo("DELIVERY#0003#007");
            assertThat(TableKeys.openIncidentIndex(42).get(TableKeys.GSI1_SK).s()).isEqualTo("000000000042");
            assertThat(TableKeys.dueIndex(Instant.EPOCH, 42, null).get(TableKeys.GSI2_SK).s())
                    .isEqualTo("1970-01-01T00:00:00.000Z#000000000042");
            assertThat(TableKeys.teamIncident("sre", Instant.EPOCH, 7).get(TableKeys.SK).s())
                    .isEqualTo("1970-01-01T00:00:00.000Z#000000000007");
            assertThat(TableKeys.timelineEntry(42, Instant.EPOCH, 255).get(TableKeys.SK).s())
                    .isEqualTo("TIMELINE#1970-01-01T00:00:00.000Z#00000000000000ff");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
