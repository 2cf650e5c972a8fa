package dev.touban.slack;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.domain.rotation.ChangeKind;
import dev.touban.domain.rotation.OnCallOverride;
import dev.touban.domain.rotation.Rotation;
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

    public static String range(Instant from, Instant to, ZoneId zone, Language language) {
        return TimeText.at(from, zone, language) + " → " + TimeText.at(to, zone, language);
    }

    /** {@code primary}, {@code プライマリ}. */
    public static String layer(Layer layer, Language language) {
        return Messages.say(language, layer == Layer.PRIMARY ? Msg.LAYER_PRIMARY : Msg.LAYER_SECONDARY);
    }

    /** The day a rotation starts: {@code 2026-01-05} in English (as in oncall.yaml), {@code 1月5日(月)} in Japanese. */
    public static String startDay(Rotation rotation, Language language) {
        return language == Language.JA ? TimeText.day(rotation.start(), language) : rotation.start().toString();
    }

    public static String person(OncallConfig config, String memberId) {
        return "*" + config.displayName(memberId) + "*";
    }

    /** " (override o3k2f, for Alice Sato)" when someone replaces the scheduled member, else "". */
    public static String replacement(OncallConfig config, Shift shift) {
        return replacement(config, shift, Language.EN);
    }

    public static String replacement(OncallConfig config, Shift shift, Language language) {
        if (!shift.replaced()) {
            return "";
        }
        Msg kind = shift.replacement().kind() == ChangeKind.OVERRIDE ? Msg.KIND_OVERRIDE : Msg.KIND_SWAP;
        return Messages.say(language, Msg.CHANGE_REPLACEMENT, "kind", Messages.say(language, kind),
                "id", shift.replacement().changeId(), "name", config.displayName(shift.scheduledMemberId()));
    }

    public static String describe(OncallConfig config, ScheduleChange change, ZoneId zone) {
        return describe(config, change, zone, Language.EN);
    }

    /** "`o3k2fa` override (primary): *Bob* covers A → B (by Alice)", in {@code language}. */
    public static String describe(OncallConfig config, ScheduleChange change, ZoneId zone, Language language) {
        return switch (change) {
            case OnCallOverride o -> Messages.say(language, Msg.DESCRIBE_OVERRIDE, "id", o.id(), "layer", layer(o.layer(), language),
                    "person", person(config, o.memberId()), "range", range(o.from(), o.to(), zone, language),
                    "by", config.displayName(change.createdBy()));
            case ShiftSwap s -> Messages.say(language, Msg.DESCRIBE_SWAP, "id", s.id(), "layer", layer(s.layer(), language),
                    "second", person(config, s.secondMemberId()), "firstRange", range(s.firstFrom(), s.firstTo(), zone, language),
                    "first", person(config, s.firstMemberId()), "secondRange", range(s.secondFrom(), s.secondTo(), zone, language),
                    "by", config.displayName(change.createdBy()));
        };
    }
}
