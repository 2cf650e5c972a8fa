package dev.touban.domain.rotation;

import dev.touban.domain.rotation.ScheduleChangeStore.AddOutcome;
import java.time.Instant;
import java.util.Optional;

/**
 * Where swap proposals wait for their answer. Proposing is idempotent per request key like
 * every schedule change; answering is a conditional write on the proposal still pending, so
 * two clicks (or two people) can answer it once only.
 */
public interface SwapProposalStore {

    AddOutcome propose(SwapProposal proposal, String requestKey, String answer);

    Optional<SwapProposal> find(String teamId, String proposalId);

    /** Marks the proposal accepted by its counterpart and stores {@code swap}, together; false when it was no longer pending. */
    boolean accept(SwapProposal proposal, ShiftSwap swap, Instant now);

    /** Marks the proposal declined; false when it was no longer pending. */
    boolean decline(SwapProposal proposal, Instant now);
}
