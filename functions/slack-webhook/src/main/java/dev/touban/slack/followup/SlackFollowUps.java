package dev.touban.slack.followup;

import dev.touban.aws.incident.IncidentRuntime;
import dev.touban.aws.slack.SlackWebApi;
import dev.touban.domain.config.Member;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.language.Language;
import dev.touban.domain.rotation.SwapProposal;
import dev.touban.domain.rotation.SwapProposalStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Carries follow-ups out against Slack. Each is re-checked here: a notice goes only to a
 * roster member, an offer only to the counterpart of a proposal still pending, a board
 * update shows the incident as stored now. Every one is
 * tried; failures are reported together afterwards, so a retry repeats at most the ones that
 * went out before (a repeated direct message, never a lost one).
 */
public final class SlackFollowUps implements FollowUps {
    private final OncallConfig config;
    private final Supplier<SlackWebApi> slack;
    private final SwapProposalStore proposals;
    private final Supplier<IncidentRuntime> incidents;

    /** {@code incidents} reads incidents and updates their Slack messages. */
    public SlackFollowUps(OncallConfig config, Supplier<SlackWebApi> slack, SwapProposalStore proposals, Supplier<IncidentRuntime> incidents) {
        this.config = config;
        this.slack = slack;
        this.proposals = proposals;
        this.incidents = incidents;
    }

    @Override
    public void send(List<FollowUp> followUps) {
        List<String> failures = new ArrayList<>();
        for (FollowUp followUp : followUps) {
            try {
                run(followUp);
            } catch (RuntimeException e) {
                failures.add(followUp.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Slack follow-ups failed: " + String.join("; ", failures));
        }
    }

    private void run(FollowUp followUp) {
        switch (followUp) {
            case FollowUp.Notice notice -> config.member(notice.memberId()).ifPresent(m -> direct(m, notice.text(), null));
            case FollowUp.SwapOffer offer -> offer(offer);
            case FollowUp.Reply reply -> slack.get().respond(reply.responseUrl(),
                    Map.of("response_type", "ephemeral", "replace_original", reply.replaceOriginal(), "text", reply.text()));
            case FollowUp.Board board -> incidents.get().desk().incident(board.incident())
                    .ifPresent(incident -> incidents.get().board().show(incident, board.headline()));
        }
    }

    private void offer(FollowUp.SwapOffer offer) {
        Optional<Team> team = config.team(offer.teamId());
        Optional<SwapProposal> proposal = team.isEmpty() ? Optional.empty() : proposals.find(offer.teamId(), offer.proposalId());
        if (proposal.isEmpty() || proposal.get().status() != SwapProposal.Status.PENDING) {
            return;
        }
        Optional<Member> counterpart = config.member(proposal.get().counterpartId());
        if (counterpart.isPresent()) {
            Language lang = config.language(counterpart.get());
            String text = SwapOfferText.text(config, team.get(), proposal.get(), lang);
            direct(counterpart.get(), text, SwapOfferText.blocks(text, proposal.get(), lang));
        }
    }

    private void direct(Member member, String text, List<Map<String, Object>> blocks) {
        String channel = slack.get().openDirectMessage(member.slackUserId());
        slack.get().postMessage(channel, text, blocks);
    }
}
