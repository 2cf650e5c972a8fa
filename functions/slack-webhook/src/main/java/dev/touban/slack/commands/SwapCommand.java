package dev.touban.slack.commands;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Member;
import dev.touban.domain.config.Team;
import dev.touban.domain.rotation.ScheduleChangeStore;
import dev.touban.domain.rotation.ShiftSwap;
import dev.touban.domain.rotation.SwapPlanner;
import dev.touban.domain.rotation.SwapPlanner.Plan;
import dev.touban.domain.time.DateInput;
import dev.touban.slack.ChangeText;
import dev.touban.slack.MemberMention;
import dev.touban.slack.SlackReply;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /oncall swap @user [week] [primary|secondary]}: the caller's shift in that week (or
 * their next one) is exchanged with the other person's nearest shift. Admins may swap two
 * others: {@code /oncall swap @alice @bob [week]}.
 */
public final class SwapCommand implements SlashCommand {
    private static final String USAGE = "Usage: `/oncall swap @user [week] [primary|secondary]`: your shift that week "
            + "(or your next one) is exchanged with their nearest shift. For example `/oncall swap @bob next week`. "
            + "Admins: `/oncall swap @alice @bob [week]`.";

    private final ScheduleChangeStore changes;

    public SwapCommand(ScheduleChangeStore changes) {
        this.changes = changes;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        Team team = ctx.team();
        Words words = Words.of(ctx.args());
        List<Member> people = new ArrayList<>();
        int i = 0;
        while (i < words.words().size() && i < 2 && MemberMention.looksLikeOne(words.words().get(i))) {
            String word = words.words().get(i);
            Optional<Member> m = MemberMention.resolve(word, ctx.config()).filter(x -> team.memberIds().contains(x.id()));
            if (m.isEmpty()) {
                return SlackReply.ephemeral(MemberMention.unknown(word, team));
            }
            people.add(m.get());
            i++;
        }
        if (people.isEmpty()) {
            return SlackReply.ephemeral(USAGE);
        }
        Member first = people.size() == 2 ? people.get(0) : ctx.member();
        Member second = people.getLast();
        boolean involved = first.id().equals(ctx.member().id()) || second.id().equals(ctx.member().id());
        if (!involved && !team.isAdmin(ctx.member().id())) {
            return SlackReply.ephemeral("Only the two people swapping, or a " + team.name() + " admin, can swap shifts. Nothing was changed.");
        }
        ZoneId zone = team.timeZone();
        Optional<Instant> at = Optional.empty();
        String dateText = String.join(" ", words.words().subList(i, words.words().size()));
        if (!dateText.isBlank()) {
            try {
                LocalDate today = ctx.now().atZone(zone).toLocalDate();
                at = Optional.of(DateInput.parse(dateText, zone, ctx.now(), today).pointIn(zone));
            } catch (DateInput.BadDate e) {
                return SlackReply.ephemeral(e.getMessage() + "\n" + USAGE);
            }
        }
        Layer layer = words.layer().orElse(Layer.PRIMARY);
        for (int attempt = 0; attempt < 3; attempt++) {
            String id = ChangeIds.of('s', ctx.requestKey(), attempt);
            Plan plan = SwapPlanner.plan(team, layer, first.id(), second.id(), at, ctx.now(), id, ctx.member().id());
            if (plan instanceof Plan.Refused refused) {
                return SlackReply.ephemeral(refusal(ctx, refused, layer) + " Nothing was changed.");
            }
            ShiftSwap swap = ((Plan.Planned) plan).swap();
            String answer = ":twisted_rightwards_arrows: Swap `" + id + "` (" + layer.label() + "): "
                    + ChangeText.person(ctx.config(), swap.secondMemberId()) + " covers " + ChangeText.range(swap.firstFrom(), swap.firstTo(), zone)
                    + " and " + ChangeText.person(ctx.config(), swap.firstMemberId()) + " covers "
                    + ChangeText.range(swap.secondFrom(), swap.secondTo(), zone) + ". Undo it with `/oncall cancel " + id + "`.";
            Optional<SlackReply> reply = ChangeReplies.afterAdd(changes.add(swap, ctx.requestKey(), answer), answer);
            if (reply.isPresent()) {
                return reply.get();
            }
        }
        throw new IllegalStateException("no free swap id after three draws");
    }

    private static String refusal(CommandContext ctx, Plan.Refused refused, Layer layer) {
        String name = refused.memberId() == null ? "" : ctx.config().displayName(refused.memberId());
        ZoneId zone = ctx.team().timeZone();
        return switch (refused.reason()) {
            case NO_ROTATION -> ctx.team().name() + " has no " + layer.label() + " rotation.";
            case SAME_MEMBER -> "A swap needs two different people.";
            case NOT_IN_ROTATION -> name + " is not in the " + layer.label() + " rotation.";
            case NOT_ON_SHIFT_THEN -> name + " is not on the " + layer.label() + " rotation then; their next shift is "
                    + ChangeText.range(refused.shift().start(), refused.shift().end(), zone) + ".";
            case SHIFT_OVER -> "That shift (" + ChangeText.range(refused.shift().start(), refused.shift().end(), zone) + ") is over.";
            case NO_SHIFT_FOR_OTHER -> name + " has no shift to swap.";
        };
    }
}
