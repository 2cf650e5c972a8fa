package dev.touban.domain.labor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A team's labor-law view of one month in the team's zone, [from, to), up to {@code until}
 * (the report time for a partial month). Every figure of a person equals the sum of that
 * person's {@link TraceLine}s of the figure; balances are as of {@code asOf}. Nothing is stored.
 */
public record LaborReport(
        String teamId,
        YearMonth month,
        ZoneId zone,
        Instant from,
        Instant until,
        boolean partial,
        LocalDate asOf,
        List<String> policy,
        List<PersonLabor> people,
        List<TraceLine> trace,
        List<DayOffLine> dayOffs,
        List<CompDayLot> lots,
        List<String> notes) {

    public Optional<PersonLabor> person(String memberId) {
        return people.stream().filter(p -> p.memberId().equals(memberId)).findFirst();
    }

    /** The lots still open that lapse within the warning window: the list HR should act on. */
    public List<CompDayLot> lapsingSoon() {
        return lots.stream().filter(l -> l.status() == LotStatus.LAPSES_SOON).toList();
    }

    /** The figures a trace line can count towards. */
    public enum Figure {
        STANDBY_DAY("standby day"),
        CALL_OUT("call-out work (min)"),
        LEGAL_HOLIDAY_WORK_DAY("legal-holiday work day (36協定)");

        private final String label;

        Figure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One person's month: standby days by kind, call-out minutes by bucket, days worked on the
     * legal holiday (for the 36 agreement), minutes on the legal holiday whose premium is still
     * owed although a 代休 was granted, the open comp-day balance and how much of it lapses soon.
     */
    public record PersonLabor(String memberId, Map<StandbyKind, Integer> standby, Map<WorkBucket, Long> minutes,
            int legalHolidayWorkDays, long premiumOwedMinutes, BigDecimal compDayBalance, BigDecimal lapsingSoon) {
        public PersonLabor {
            standby = Map.copyOf(new EnumMap<>(standby));
            minutes = Map.copyOf(new EnumMap<>(minutes));
        }

        public int standby(StandbyKind kind) {
            return standby.getOrDefault(kind, 0);
        }

        public long minutes(WorkBucket bucket) {
            return minutes.getOrDefault(bucket, 0L);
        }
    }

    /**
     * One item a figure counts: a standby day (amount 1), a piece of call-out work (amount in
     * minutes, [start, end)), or a day worked on the legal holiday (amount 1). {@code day} is the
     * member's local date; {@code kind} the standby kind or bucket; {@code rate} the premium percentage.
     */
    public record TraceLine(String memberId, Figure figure, LocalDate day, Instant start, Instant end, long amount, String kind,
            BigDecimal rate, String detail) {}

    /** A recorded day off and what it means for the month's premiums. */
    public record DayOffLine(DayOff dayOff, long legalHolidayMinutes, boolean premiumOwed, String detail) {}

    public enum LotStatus {
        OPEN("open"),
        LAPSES_SOON("lapses soon"),
        LAPSED("lapsed"),
        USED("used");

        private final String label;

        LotStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Comp days earned on one day: how many, taken as 代休, lapsed, left, the last day they may be taken, and why. */
    public record CompDayLot(String memberId, LocalDate earned, BigDecimal days, BigDecimal used, BigDecimal lapsed, BigDecimal remaining,
            LocalDate lastDay, LotStatus status, String detail) {}
}
