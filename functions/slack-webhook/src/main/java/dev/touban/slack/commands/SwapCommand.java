package dev.touban.slack.commands;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Member;
import dev.touban.domain.config.Team;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.domain.rotation.ScheduleChangeStore;
import dev.touban.domain.rotation.ScheduleChangeStore.AddOutcome;
import dev.touban.domain.rotation.SwapProposal;
import dev.touban.domain.rotation.SwapProposalStore;
import dev.touban.domain.rotation.SwapProposals;
import dev.touban.domain.rotation.ShiftSwap;
import dev.touban.domain.rotation.SwapPlanner;
import dev.touban.domain.rotation.SwapPlanner.Plan;
import dev.touban.domain.time.DateInput;
import dev.touban.slack.ChangeText;
import dev.touban.slack.MemberMention;
import dev.touban.slack.SlackReply;
import dev.touban.slack.TimeText;
import dev.touban.slack.followup.FollowUp;
import dev.touban.slack.followup.FollowUps;
import dev.touban.slack.followup.SwapOfferText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /oncall swap @user [week] [primary|secondary]}: proposes to exchange the caller's shift
 * in that week (or their next one) with the other person's nearest shift; it takes effect when
 * they accept (a button in the direct message they get). A team admin's swap, also of two
 * others ({@code /oncall swap @alice @bob [week]}), takes effect at once and both are told.
 */
public final class SwapCommand implements SlashCommand {
    private final ScheduleChangeStore changes;
    private final SwapProposalStore proposals;
    private final FollowUps followUps;

    public SwapCommand(ScheduleChangeStore changes, SwapProposalStore proposals, FollowUps followUps) {
        this.changes = changes;
        this.proposals = proposals;
        this.followUps = followUps;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        Team team = ctx.team();
        Language lang = ctx.language();
        Words words = Words.of(ctx.args());
        List<Member> people = new ArrayList<>();
        int i = 0;
        while (i < words.words().size() && i < 2 && MemberMention.looksLikeOne(words.words().get(i))) {
            String word = words.words().get(i);
            Optional<Member> m = MemberMention.resolve(word, ctx.config()).filter(x -> team.memberIds().contains(x.id()));
            if (m.isEmpty()) {
                return SlackReply.ephemeral(MemberMention.unknown(word, team, lang));
            }
            people.add(m.get());
            i++;
        }
        if (people.isEmpty()) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.SWAP_USAGE));
        }
        Member first = people.size() == 2 ? people.get(0) : ctx.member();
        Member second = people.getLast();
        boolean involved = first.id().equals(ctx.member().id()) || second.id().equals(ctx.member().id());
        if (!involved && !team.isAdmin(ctx.member().id())) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.SWAP_NOT_ALLOWED, "team", team.name()));
        }
        ZoneId zone = team.timeZone();
        Optional<Instant> at = Optional.empty();
        String dateText = String.join(" ", words.words().subList(i, words.words().size()));
        if (!dateText.isBlank()) {
            try {
                LocalDate today = ctx.now().atZone(zone).toLocalDate();
                at = Optional.of(DateInput.parse(dateText, zone, ctx.now(), today, lang).pointIn(zone));
            } catch (DateInput.BadDate e) {
                return SlackReply.ephemeral(e.getMessage() + "\n" + Messages.say(lang, Msg.SWAP_USAGE));
            }
        }
        Layer layer = words.layer().orElse(Layer.PRIMARY);
        boolean admin = team.isAdmin(ctx.member().id());
        for (int attempt = 0; attempt < 3; attempt++) {
            String id = ChangeIds.of('s', ctx.requestKey(), attempt);
            Plan plan = SwapPlanner.plan(team, layer, first.id(), second.id(), at, ctx.now(), id, ctx.member().id());
            if (plan instanceof Plan.Refused refused) {
                return SlackReply.ephemeral(refusal(ctx, refused, layer));
            }
            ShiftSwap swap = ((Plan.Planned) plan).swap();
            Optional<SlackReply> reply = admin ? direct(ctx, swap) : propose(ctx, swap);
            if (reply.isPresent()) {
                return reply.get();
            }
        }
        throw new IllegalStateException("no free swap id after three draws");
    }

    /** An admin's swap takes effect at once; both people are told, each in their language. */
    private Optional<SlackReply> direct(CommandContext ctx, ShiftSwap swap) {
        Language lang = ctx.language();
        String answer = Messages.say(lang, Msg.SWAP_DONE, "terms", SwapOfferText.terms(ctx.config(), ctx.team(), swap, lang), "id", swap.id());
        AddOutcome outcome = changes.add(swap, ctx.requestKey(), answer);
        if (outcome instanceof AddOutcome.Added) {
            try {
                followUps.send(notice(ctx, swap, swap.firstMemberId()), notice(ctx, swap, swap.secondMemberId()));
            } catch (RuntimeException e) {
                return Optional.of(SlackReply.ephemeral(answer + "\n" + Messages.say(lang, Msg.SWAP_NOT_TOLD, "error", e.getMessage())));
            }
        }
        return ChangeReplies.afterAdd(outcome, answer);
    }

    private static FollowUp notice(CommandContext ctx, ShiftSwap swap, String memberId) {
        Language lang = ctx.config().member(memberId).map(ctx.config()::language).orElse(ctx.team().language());
        return new FollowUp.Notice(memberId, Messages.say(lang, Msg.SWAP_NOTICE, "name", ctx.member().name(),
                "terms", SwapOfferText.terms(ctx.config(), ctx.team(), swap, lang), "id", swap.id()));
    }

    /** A member's swap waits for the other member to accept it; they are asked by direct message. */
    private Optional<SlackReply> propose(CommandContext ctx, ShiftSwap swap) {
        Language lang = ctx.language();
        String counterpart = swap.firstMemberId().equals(ctx.member().id()) ? swap.secondMemberId() : swap.firstMemberId();
        SwapProposal proposal = SwapProposals.propose(swap, counterpart);
        String answer = Messages.say(lang, Msg.SWAP_ASKED, "person", ChangeText.person(ctx.config(), counterpart),
                "terms", SwapOfferText.terms(ctx.config(), ctx.team(), swap, lang),
                "time", TimeText.at(proposal.expiresAt(), ctx.team().timeZone(), lang));
        AddOutcome outcome = proposals.propose(proposal, ctx.requestKey(), answer);
        if (outcome instanceof AddOutcome.Added) {
            try {
                followUps.send(new FollowUp.SwapOffer(proposal.teamId(), proposal.id()));
            } catch (RuntimeException e) {
                return Optional.of(SlackReply.ephemeral(answer + "\n" + Messages.say(lang, Msg.SWAP_OFFER_NOT_SENT, "error", e.getMessage())));
            }
        }
        return ChangeReplies.afterAdd(outcome, answer);
    }

    private static String refusal(CommandContext ctx, Plan.Refused refused, Layer layer) {
        Language lang = ctx.language();
        String name = refused.memberId() == null ? "" : ctx.config().displayName(refused.memberId());
        String layerName = ChangeText.layer(layer, lang);
        ZoneId zone = ctx.team().timeZone();
        return switch (refused.reason()) {
            case NO_ROTATION -> Messages.say(lang, Msg.SWAP_NO_ROTATION, "team", ctx.team().name(), "layer", layerName);
            case SAME_MEMBER -> Messages.say(lang, Msg.SWAP_SAME_MEMBER);
            case NOT_IN_ROTATION -> Messages.say(lang, Msg.SWAP_NOT_IN_ROTATION, "name", name, "layer", layerName);
            case NOT_ON_SHIFT_THEN -> Messages.say(lang, Msg.SWAP_NOT_ON_SHIFT_THEN, "name", name, "layer", layerName,
                    "range", ChangeText.range(refused.shift().start(), refused.shift().end(), zone, lang));
            case SHIFT_OVER -> Messages.say(lang, Msg.SWAP_SHIFT_OVER,
                    "range", ChangeText.range(refused.shift().start(), refused.shift().end(), zone, lang));
            case NO_SHIFT_FOR_OTHER -> Messages.say(lang, Msg.SWAP_NO_SHIFT_FOR_OTHER, "name", name);
        };
    }
}
