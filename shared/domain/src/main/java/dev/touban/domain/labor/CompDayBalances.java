package dev.touban.domain.labor;

import dev.touban.domain.compday.Award;
import dev.touban.domain.labor.LaborReport.CompDayLot;
import dev.touban.domain.labor.LaborReport.LotStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Comp-day balances with an expiry. Each day's awards form a lot (a month's caps take from its
 * latest lots first); each 代休 taken before {@code asOf} uses one day from the open lots earned
 * on or before it, the one lapsing first first; what is left of a lot after its last day has
 * lapsed. A 振替休日 uses no comp day: it is a swap, not a grant.
 */
final class CompDayBalances {
    private static final BigDecimal ONE = new BigDecimal("1.00");

    private CompDayBalances() {}

    private static final class Lot {
        final String member;
        final LocalDate earned;
        BigDecimal days = BigDecimal.ZERO.setScale(2);
        BigDecimal used = BigDecimal.ZERO.setScale(2);
        final LocalDate lastDay;
        final List<String> why = new ArrayList<>();

        Lot(String member, LocalDate earned, LocalDate lastDay) {
            this.member = member;
            this.earned = earned;
            this.lastDay = lastDay;
        }

        BigDecimal open() {
            return days.subtract(used);
        }
    }

    /** Lots that matter for {@code month}: those lapsing in it or later, per member then by day earned. */
    static List<CompDayLot> of(List<Award> awards, List<DayOff> dayOffs, LaborPolicy policy, YearMonth month, LocalDate asOf,
            List<String> notes) {
        Map<String, Lot> lots = new TreeMap<>();
        Map<String, BigDecimal> caps = new TreeMap<>();
        for (Award a : awards) {
            if (a.kind() == null) {
                caps.merge(a.memberId() + "|" + YearMonth.from(a.day()), a.days(), BigDecimal::add);
                continue;
            }
            Lot lot = lots.computeIfAbsent(a.memberId() + "|" + a.day(),
                    k -> new Lot(a.memberId(), a.day(), policy.compDayExpiry().lastDay(a.day())));
            lot.days = lot.days.add(a.days());
            lot.why.add("earned " + a.daysText() + " (" + a.rule().label() + ")");
        }
        caps.forEach((key, cap) -> {
            String[] parts = key.split("\\|");
            BigDecimal left = cap.negate();
            List<Lot> ofMonth = lots.values().stream()
                    .filter(l -> l.member.equals(parts[0]) && YearMonth.from(l.earned).toString().equals(parts[1]))
                    .sorted(Comparator.comparing((Lot l) -> l.earned).reversed()).toList();
            for (Lot l : ofMonth) {
                BigDecimal cut = left.min(l.days);
                if (cut.signum() > 0) {
                    l.days = l.days.subtract(cut);
                    l.why.add("monthly cap took " + cut.toPlainString());
                    left = left.subtract(cut);
                }
            }
        });
        List<DayOff> taken = dayOffs.stream().filter(d -> d.kind() == DayOffKind.COMPENSATORY && d.dayOff().isBefore(asOf))
                .sorted(Comparator.comparing(DayOff::dayOff)).toList();
        for (DayOff d : taken) {
            BigDecimal need = ONE;
            List<Lot> usable = lots.values().stream()
                    .filter(l -> l.member.equals(d.memberId()) && !l.earned.isAfter(d.dayOff()) && !l.lastDay.isBefore(d.dayOff())
                            && l.open().signum() > 0)
                    .sorted(Comparator.comparing((Lot l) -> l.lastDay).thenComparing(l -> l.earned)).toList();
            for (Lot l : usable) {
                BigDecimal use = need.min(l.open());
                l.used = l.used.add(use);
                l.why.add("代休 on " + d.dayOff() + " used " + use.toPlainString());
                need = need.subtract(use);
                if (need.signum() == 0) {
                    break;
                }
            }
            if (need.signum() > 0) {
                notes.add(d.memberId() + "'s 代休 on " + d.dayOff() + " (for work on " + d.workedDay() + ") found "
                        + ONE.subtract(need).toPlainString() + " of 1 comp day open; the rest was taken without a balance.");
            }
        }
        LocalDate monthStart = month.atDay(1);
        List<CompDayLot> out = new ArrayList<>();
        for (Lot l : lots.values()) {
            if (l.lastDay.isBefore(monthStart) || !l.earned.isBefore(asOf) || l.days.signum() == 0) {
                continue;
            }
            BigDecimal open = l.open();
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            LotStatus status;
            BigDecimal lapsed = zero;
            if (open.signum() == 0) {
                status = LotStatus.USED;
            } else if (l.lastDay.isBefore(asOf)) {
                status = LotStatus.LAPSED;
                lapsed = open;
                open = zero;
                l.why.add(lapsed.toPlainString() + " lapsed after " + l.lastDay);
            } else if (!l.lastDay.isAfter(asOf.plusDays(policy.warnDaysBefore()))) {
                status = LotStatus.LAPSES_SOON;
                l.why.add(open.toPlainString() + " lapses after " + l.lastDay + ", within " + policy.warnDaysBefore() + " days of " + asOf);
            } else {
                status = LotStatus.OPEN;
            }
            out.add(new CompDayLot(l.member, l.earned, l.days, l.used, lapsed, open, l.lastDay, status, String.join("; ", l.why)));
        }
        out.sort(Comparator.comparing(CompDayLot::memberId).thenComparing(CompDayLot::earned));
        return out;
    }
}
