package dev.touban.slack;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.rotation.OnCallOverride;
import dev.touban.domain.rotation.ScheduleChange;
import dev.touban.domain.rotation.Shift;
import dev.touban.domain.rotation.ShiftSwap;
import java.time.Instant;
import java.time.ZoneId;

/** How shifts, overrides and swaps read in Slack. */
public final class ChangeText {
    private ChangeText() {}

    public static String range(Instant from, Instant to, ZoneId zone) {
        return TimeText.at(from, zone) + " → " + TimeText.at(to, zone);
    }

    public static String person(OncallConfig config, String memberId) {
        return "*" + config.displayName(memberId) + "*";
    }

    /** " (override o3k2f, for Alice Sato)" when someone replaces the scheduled member, else "". */
    public static String replacement(OncallConfig config, Shift shift) {
        if (!shift.replaced()) {
            return "";
        }
        return " _(" + shift.replacement().kind().label() + " `" + shift.replacement().changeId() + "`, for "
                + config.displayName(shift.scheduledMemberId()) + ")_";
    }

    public static String describe(OncallConfig config, ScheduleChange change, ZoneId zone) {
        String what = switch (change) {
            case OnCallOverride o -> "override (" + o.layer().label() + "): " + person(config, o.memberId()) + " covers "
                    + range(o.from(), o.to(), zone);
            case ShiftSwap s -> "swap (" + s.layer().label() + "): " + person(config, s.secondMemberId()) + " covers "
                    + range(s.firstFrom(), s.firstTo(), zone) + ", " + person(config, s.firstMemberId()) + " covers "
                    + range(s.secondFrom(), s.secondTo(), zone);
        };
        return "`" + change.id() + "` " + what + " (by " + config.displayName(change.createdBy()) + ")";
    }
}
