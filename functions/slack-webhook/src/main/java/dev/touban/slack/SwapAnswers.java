package dev.touban.slack;

import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.rotation.SwapProposal;
import dev.touban.domain.rotation.SwapProposalStore;
import dev.touban.domain.rotation.SwapProposals;
import dev.touban.domain.rotation.SwapProposals.Decision;
import dev.touban.slack.followup.FollowUp;
import dev.touban.slack.followup.SwapOfferText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** {@code value} must pass {@link #isProposalValue}. */
    List<FollowUp> answer(Member member, String value, boolean accept, String responseUrl, Instant now) {
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a proposal value");
        }
        String id = m.group(2);
        Optional<Team> team = config.team(m.group(1));
        Optional<SwapProposal> found = team.isEmpty() ? Optional.empty() : proposals.find(team.get().id(), id);
        if (found.isEmpty()) {
            return reply(responseUrl, "There is no swap proposal `" + id + "` any more. Nothing was changed.", false);
        }
        SwapProposal proposal = found.get();
        String terms = SwapOfferText.terms(config, team.get(), proposal.swap());
        return switch (SwapProposals.answer(proposal, member.id(), accept, now)) {
            case Decision.NotTheCounterpart n -> reply(responseUrl, "Only " + config.displayName(proposal.counterpartId())
                    + " can answer swap `" + id + "`. Nothing was changed.", false);
            case Decision.AlreadyAnswered a -> alreadyAnswered(responseUrl, id, a.status());
            case Decision.Expired e -> reply(responseUrl, "Swap `" + id + "` expired at " + TimeText.at(proposal.expiresAt(), team.get().timeZone())
                    + ". Nothing was changed; ask for it again with `/oncall swap`.", true);
            case Decision.Decline d -> proposals.decline(proposal, now)
                    ? told(responseUrl, "You declined swap " + terms + " Nothing was changed.", proposal,
                            member.name() + " declined swap " + terms + " Nothing was changed.")
                    : alreadyAnswered(responseUrl, id, current(proposal));
            case Decision.Accept a -> proposals.accept(proposal, a.swap(), now)
                    ? told(responseUrl, ":twisted_rightwards_arrows: You accepted swap " + SwapOfferText.terms(config, team.get(), a.swap())
                            + " It is on the schedule now.", proposal,
                            ":twisted_rightwards_arrows: " + member.name() + " accepted swap " + SwapOfferText.terms(config, team.get(), a.swap())
                            + " It is on the schedule now; undo it with `/oncall cancel " + id + "`.")
                    : alreadyAnswered(responseUrl, id, current(proposal));
        };
    }

    private SwapProposal.Status current(SwapProposal proposal) {
        return proposals.find(proposal.teamId(), proposal.id()).map(SwapProposal::status).orElse(SwapProposal.Status.DECLINED);
    }

    private static List<FollowUp> alreadyAnswered(String responseUrl, String id, SwapProposal.Status status) {
        return reply(responseUrl, "Swap `" + id + "` was already " + status.name().toLowerCase(Locale.ROOT) + ". Nothing was changed.", false);
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
