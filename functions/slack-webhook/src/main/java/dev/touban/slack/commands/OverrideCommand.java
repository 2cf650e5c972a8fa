package dev.touban.slack.commands;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Member;
import dev.touban.domain.config.Team;
import dev.touban.domain.rotation.OnCallOverride;
import dev.touban.domain.rotation.ScheduleChangeStore;
import dev.touban.domain.time.DateInput;
import dev.touban.slack.ChangeText;
import dev.touban.slack.MemberMention;
import dev.touban.slack.SlackReply;
import dev.touban.slack.TimeText;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * {@code /oncall override @user <from> <to> [primary|secondary]}: an admin puts someone on call
 * for a time range (a long holiday, an irregular shift). Dates are whole days in the team's
 * zone, the end day included; a range that has begun starts now.
 */
public final class OverrideCommand implements SlashCommand {
    static final Duration MAX_LENGTH = Duration.ofDays(92);
    static final Duration MAX_AHEAD = Duration.ofDays(2 * 366);
    private static final String USAGE = "Usage: `/oncall override @user <from> <to> [primary|secondary]`, for example "
            + "`/oncall override @bob 12/29 1/3` (whole days, both included) or `/oncall override @bob now 2026-12-29T18:00`.";

    private final ScheduleChangeStore changes;

    public OverrideCommand(ScheduleChangeStore changes) {
        this.changes = changes;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        Team team = ctx.team();
        if (!team.isAdmin(ctx.member().id())) {
            return SlackReply.ephemeral("Only " + team.name() + " admins (" + admins(ctx) + ") can set overrides. "
                    + "To trade a shift with someone, use `/oncall swap @user [week]`. Nothing was changed.");
        }
        Words words = Words.of(ctx.args());
        if (words.words().size() != 3) {
            return SlackReply.ephemeral(USAGE);
        }
        Optional<Member> who = MemberMention.resolve(words.words().get(0), ctx.config()).filter(m -> team.memberIds().contains(m.id()));
        if (who.isEmpty()) {
            return SlackReply.ephemeral(MemberMention.unknown(words.words().get(0), team));
        }
        Layer layer = words.layer().orElse(Layer.PRIMARY);
        if (team.rotation(layer).isEmpty()) {
            return SlackReply.ephemeral(team.name() + " has no " + layer.label() + " rotation to override. Nothing was changed.");
        }
        ZoneId zone = team.timeZone();
        LocalDate today = ctx.now().atZone(zone).toLocalDate();
        Instant from;
        Instant to;
        try {
            DateInput.When start = DateInput.parse(words.words().get(1), zone, ctx.now(), today);
            DateInput.When end = DateInput.parse(words.words().get(2), zone, ctx.now(), start.day());
            from = start.startIn(zone);
            to = end.endIn(zone);
        } catch (DateInput.BadDate e) {
            return SlackReply.ephemeral(e.getMessage() + "\n" + USAGE);
        }
        if (!to.isAfter(from)) {
            return SlackReply.ephemeral("That range ends (" + TimeText.at(to, zone) + ") before it starts ("
                    + TimeText.at(from, zone) + "). Give the start first. Nothing was changed.");
        }
        if (!to.isAfter(ctx.now())) {
            return SlackReply.ephemeral("That range is already over (" + ChangeText.range(from, to, zone) + "). Nothing was changed.");
        }
        if (from.isBefore(ctx.now())) {
            from = ctx.now(); // an override never rewrites who was on call in the past
        }
        if (Duration.between(from, to).compareTo(MAX_LENGTH) > 0 || Duration.between(ctx.now(), from).compareTo(MAX_AHEAD) > 0) {
            return SlackReply.ephemeral("Overrides last at most " + MAX_LENGTH.toDays() + " days and start within two years; "
                    + "for a lasting change edit the rotation in oncall.yaml. Nothing was changed.");
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            String id = ChangeIds.of('o', ctx.requestKey(), attempt);
            OnCallOverride override = new OnCallOverride(id, team.id(), layer, who.get().id(), from, to, ctx.member().id(), ctx.now());
            String answer = ":arrows_counterclockwise: Override `" + id + "` set: " + ChangeText.person(ctx.config(), who.get().id())
                    + " is on call (" + layer.label() + ") " + ChangeText.range(from, to, zone)
                    + ". Undo it with `/oncall cancel " + id + "`.";
            Optional<SlackReply> reply = ChangeReplies.afterAdd(changes.add(override, ctx.requestKey(), answer), answer);
            if (reply.isPresent()) {
                return reply.get();
            }
        }
        throw new IllegalStateException("no free override id after three draws");
    }

    private static String admins(CommandContext ctx) {
        return ctx.team().adminIds().isEmpty() ? "none configured"
                : String.join(", ", ctx.team().adminIds().stream().map(ctx.config()::displayName).toList());
    }
}
