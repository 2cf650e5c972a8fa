package dev.touban.slack;

import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.domain.rotation.SwapProposal;
import dev.touban.domain.rotation.SwapProposalStore;
import dev.touban.domain.rotation.SwapProposals;
import dev.touban.domain.rotation.SwapProposals.Decision;
import dev.touban.slack.followup.FollowUp;
import dev.touban.slack.followup.SwapOfferText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Accept and Decline buttons of a swap offer. The button's value only names the proposal;
 * who may answer, whether it is still open and what the swap is come from the stored proposal.
 * Returns what to tell whom: the presser (through response_url, the offer replaced by the
 * outcome) and, when it was answered, the proposer.
 */
final class SwapAnswers {
    private static final Pattern VALUE = Pattern.compile("([A-Za-z0-9_-]{1,64}):(s[a-z2-9]{5})");

    private final OncallConfig config;
    private final SwapProposalStore proposals;

    SwapAnswers(OncallConfig config, SwapProposalStore proposals) {
        this.config = config;
        this.proposals = proposals;
    }

    static boolean isProposalValue(String value) {
        return VALUE.matcher(value).matches();
    }

    /** {@code value} must pass {@link #isProposalValue}. The presser reads their language, the proposer theirs. */
    List<FollowUp> answer(Member member, String value, boolean accept, String responseUrl, Instant now) {
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a proposal value");
        }
        String id = m.group(2);
        Language lang = config.language(member);
        Optional<Team> team = config.team(m.group(1));
        Optional<SwapProposal> found = team.isEmpty() ? Optional.empty() : proposals.find(team.get().id(), id);
        if (found.isEmpty()) {
            return reply(responseUrl, Messages.say(lang, Msg.SWAP_GONE, "id", id), false);
        }
        SwapProposal proposal = found.get();
        Team t = team.get();
        Language proposerLang = config.member(proposal.proposerId()).map(config::language).orElse(t.language());
        return switch (SwapProposals.answer(proposal, member.id(), accept, now)) {
            case Decision.NotTheCounterpart n -> reply(responseUrl, Messages.say(lang, Msg.SWAP_NOT_YOURS,
                    "name", config.displayName(proposal.counterpartId()), "id", id), false);
            case Decision.AlreadyAnswered a -> alreadyAnswered(responseUrl, id, a.status(), lang);
            case Decision.Expired e -> reply(responseUrl, Messages.say(lang, Msg.SWAP_EXPIRED, "id", id,
                    "time", TimeText.at(proposal.expiresAt(), t.timeZone(), lang)), true);
            case Decision.Decline d -> proposals.decline(proposal, now)
                    ? told(responseUrl, Messages.say(lang, Msg.SWAP_DECLINED_YOU, "terms", SwapOfferText.terms(config, t, proposal.swap(), lang)),
                            proposal, Messages.say(proposerLang, Msg.SWAP_DECLINED, "name", member.name(),
                                    "terms", SwapOfferText.terms(config, t, proposal.swap(), proposerLang)))
                    : alreadyAnswered(responseUrl, id, current(proposal), lang);
            case Decision.Accept a -> proposals.accept(proposal, a.swap(), now)
                    ? told(responseUrl, Messages.say(lang, Msg.SWAP_ACCEPTED_YOU, "terms", SwapOfferText.terms(config, t, a.swap(), lang)),
                            proposal, Messages.say(proposerLang, Msg.SWAP_ACCEPTED, "name", member.name(),
                                    "terms", SwapOfferText.terms(config, t, a.swap(), proposerLang), "id", id))
                    : alreadyAnswered(responseUrl, id, current(proposal), lang);
        };
    }

    private SwapProposal.Status current(SwapProposal proposal) {
        return proposals.find(proposal.teamId(), proposal.id()).map(SwapProposal::status).orElse(SwapProposal.Status.DECLINED);
    }

    private static List<FollowUp> alreadyAnswered(String responseUrl, String id, SwapProposal.Status status, Language lang) {
        Msg word = switch (status) {
            case PENDING -> Msg.SWAP_STATUS_PENDING;
            case ACCEPTED -> Msg.SWAP_STATUS_ACCEPTED;
            case DECLINED -> Msg.SWAP_STATUS_DECLINED;
        };
        return reply(responseUrl, Messages.say(lang, Msg.SWAP_ALREADY, "id", id, "status", Messages.say(lang, word)), false);
    }

    private static List<FollowUp> told(String responseUrl, String presser, SwapProposal proposal, String proposer) {
        List<FollowUp> out = new ArrayList<>(reply(responseUrl, presser, true));
        out.add(new FollowUp.Notice(proposal.proposerId(), proposer));
        return out;
    }

    private static List<FollowUp> reply(String responseUrl, String text, boolean replaceOriginal) {
        return responseUrl == null ? List.of() : List.of(new FollowUp.Reply(responseUrl, text, replaceOriginal));
    }
}
