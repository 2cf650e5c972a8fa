package dev.touban.slack.commands;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Member;
import dev.touban.domain.config.Team;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
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
    private final ScheduleChangeStore changes;

    public OverrideCommand(ScheduleChangeStore changes) {
        this.changes = changes;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        Team team = ctx.team();
        Language lang = ctx.language();
        if (!team.isAdmin(ctx.member().id())) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.OVERRIDE_ADMINS_ONLY, "team", team.name(), "admins", admins(ctx, lang)));
        }
        Words words = Words.of(ctx.args());
        if (words.words().size() != 3) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.OVERRIDE_USAGE));
        }
        Optional<Member> who = MemberMention.resolve(words.words().get(0), ctx.config()).filter(m -> team.memberIds().contains(m.id()));
        if (who.isEmpty()) {
            return SlackReply.ephemeral(MemberMention.unknown(words.words().get(0), team, lang));
        }
        Layer layer = words.layer().orElse(Layer.PRIMARY);
        if (team.rotation(layer).isEmpty()) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.OVERRIDE_NO_ROTATION, "team", team.name(), "layer", ChangeText.layer(layer, lang)));
        }
        ZoneId zone = team.timeZone();
        LocalDate today = ctx.now().atZone(zone).toLocalDate();
        Instant from;
        Instant to;
        try {
            DateInput.When start = DateInput.parse(words.words().get(1), zone, ctx.now(), today, lang);
            DateInput.When end = DateInput.parse(words.words().get(2), zone, ctx.now(), start.day(), lang);
            from = start.startIn(zone);
            to = end.endIn(zone);
        } catch (DateInput.BadDate e) {
            return SlackReply.ephemeral(e.getMessage() + "\n" + Messages.say(lang, Msg.OVERRIDE_USAGE));
        }
        if (!to.isAfter(from)) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.RANGE_BACKWARDS, "to", TimeText.at(to, zone, lang),
                    "from", TimeText.at(from, zone, lang)));
        }
        if (!to.isAfter(ctx.now())) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.RANGE_OVER, "range", ChangeText.range(from, to, zone, lang)));
        }
        if (from.isBefore(ctx.now())) {
            from = ctx.now(); // an override never rewrites who was on call in the past
        }
        if (Duration.between(from, to).compareTo(MAX_LENGTH) > 0 || Duration.between(ctx.now(), from).compareTo(MAX_AHEAD) > 0) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.OVERRIDE_TOO_LONG, "days", MAX_LENGTH.toDays()));
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            String id = ChangeIds.of('o', ctx.requestKey(), attempt);
            OnCallOverride override = new OnCallOverride(id, team.id(), layer, who.get().id(), from, to, ctx.member().id(), ctx.now());
            String answer = Messages.say(lang, Msg.OVERRIDE_SET, "id", id, "person", ChangeText.person(ctx.config(), who.get().id()),
                    "layer", ChangeText.layer(layer, lang), "range", ChangeText.range(from, to, zone, lang));
            Optional<SlackReply> reply = ChangeReplies.afterAdd(changes.add(override, ctx.requestKey(), answer), answer);
            if (reply.isPresent()) {
                return reply.get();
            }
        }
        throw new IllegalStateException("no free override id after three draws");
    }

    private static String admins(CommandContext ctx, Language lang) {
        return ctx.team().adminIds().isEmpty() ? Messages.say(lang, Msg.ADMINS_NONE)
                : String.join(", ", ctx.team().adminIds().stream().map(ctx.config()::displayName).toList());
    }
}
