package dev.touban.domain.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AttendanceRecordTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    /** Friday 2026-11-27 23:30 UTC: already Saturday 08:30 in Tokyo. */
    private static final Instant FRIDAY_2330_UTC = Instant.parse("2026-11-27T23:30:00Z");

    @Test
    void close_takesTheDayInTheMembersZone_soAFridayNightUtcStartIsSaturdayInTokyo() {
        CheckIn in = new CheckIn("alice", "sre", FRIDAY_2330_UTC, "weekend standby");

        AttendanceRecord tokyo = AttendanceRecord.close(in, FRIDAY_2330_UTC.plus(Duration.ofHours(2)), TOKYO);
        AttendanceRecord utc = AttendanceRecord.close(in, FRIDAY_2330_UTC.plus(Duration.ofHours(2)), ZoneOffset.UTC);

        assertThat(tokyo.day()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(tokyo.weekend()).isTrue();
        assertThat(utc.day()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(utc.weekend()).isFalse();
    }

    @Test
    void close_aMondayUtcStart_isSundayWeekendWorkInLosAngeles() {
        Instant mondayUtc = Instant.parse("2026-11-30T03:00:00Z");

        AttendanceRecord record = AttendanceRecord.close(new CheckIn("dave", "sre", mondayUtc, null), mondayUtc.plusSeconds(600), LOS_ANGELES);

        assertThat(record.day()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(record.weekend()).isTrue();
    }

    @Test
    void close_weekdays_areNotWeekend() {
        Instant wednesday = Instant.parse("2026-11-25T01:00:00Z");

        assertThat(AttendanceRecord.close(new CheckIn("alice", "sre", wednesday, null), wednesday.plusSeconds(60), TOKYO).weekend())
                .isFalse();
    }

    @Test
    void close_keepsWhoTeamNoteAndTimes_andMeasuresTheDuration() {
        CheckIn in = new CheckIn("alice", "sre", FRIDAY_2330_UTC, "db failover drill");
        Instant end = FRIDAY_2330_UTC.plus(Duration.ofHours(3).plusMinutes(25));

        AttendanceRecord record = AttendanceRecord.close(in, end, TOKYO);

        assertThat(record.memberId()).isEqualTo("alice");
        assertThat(record.teamId()).isEqualTo("sre");
        assertThat(record.note()).isEqualTo("db failover drill");
        assertThat(record.start()).isEqualTo(FRIDAY_2330_UTC);
        assertThat(record.end()).isEqualTo(end);
        assertThat(record.duration()).isEqualTo(Duration.ofMinutes(205));
    }

    @Test
    void close_atTheSameInstant_isAZeroLengthRecord() {
        CheckIn in = new CheckIn("alice", "sre", FRIDAY_2330_UTC, null);

        assertThat(AttendanceRecord.close(in, FRIDAY_2330_UTC, TOKYO).duration()).isZero();
    }

    @Test
    void aCheckOutBeforeItsCheckIn_isRefused() {
        CheckIn in = new CheckIn("alice", "sre", FRIDAY_2330_UTC, null);

        assertThatThrownBy(() -> AttendanceRecord.close(in, FRIDAY_2330_UTC.minusNanos(1), TOKYO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot come before");
    }
}
