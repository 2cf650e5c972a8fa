package dev.touban.domain.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.config.Layer;
import dev.touban.domain.rotation.SwapProposals.Decision;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SwapProposalsTest {
    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

    @Test
    void aProposal_expiresADayLater_whenBothShiftsStartLater() {
        ShiftSwap swap = swap(NOW.plus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(17)));

        assertThat(SwapProposals.propose(swap, "dave").expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void aProposal_expiresWhenAShiftItMovesStarts_ifThatComesFirst() {
        ShiftSwap swap = swap(NOW.plus(Duration.ofHours(5)), NOW.plus(Duration.ofDays(8)));

        assertThat(SwapProposals.propose(swap, "dave").expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(5)));
    }

    @Test
    void aProposalForAShiftUnderWay_expiresWhenThatShiftEnds_atTheLatest() {
        ShiftSwap swap = swap(NOW, NOW.plus(Duration.ofDays(7)), NOW.plus(Duration.ofHours(3)));

        assertThat(SwapProposals.propose(swap, "dave").expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(3)));
    }

    @Test
    void onlyTheCounterpart_answers_once_beforeTheDeadline() {
        SwapProposal pending = SwapProposals.propose(swap(NOW.plus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(17))), "dave");
        SwapProposal accepted = new SwapProposal(pending.swap(), "dave", pending.expiresAt(), SwapProposal.Status.ACCEPTED);

        assertThat(SwapProposals.answer(pending, "carol", true, NOW)).isInstanceOf(Decision.NotTheCounterpart.class);
        assertThat(SwapProposals.answer(pending, "bob", false, NOW)).isInstanceOf(Decision.NotTheCounterpart.class);
        assertThat(SwapProposals.answer(pending, "dave", false, NOW)).isInstanceOf(Decision.Decline.class);
        assertThat(SwapProposals.answer(pending, "dave", true, pending.expiresAt())).isInstanceOf(Decision.Expired.class);
        assertThat(SwapProposals.answer(accepted, "dave", true, NOW)).isEqualTo(new Decision.AlreadyAnswered(SwapProposal.Status.ACCEPTED));
    }

    @Test
    void anAcceptedSwap_startsNoEarlierThanItsAcceptance() {
        ShiftSwap swap = swap(NOW, NOW.plus(Duration.ofDays(7)), NOW.plus(Duration.ofHours(3)));
        SwapProposal proposal = SwapProposals.propose(swap, "dave");
        Instant later = NOW.plus(Duration.ofHours(1));

        Decision.Accept accept = (Decision.Accept) SwapProposals.answer(proposal, "dave", true, later);

        assertThat(accept.swap().firstFrom()).isEqualTo(later);
        assertThat(accept.swap().secondFrom()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThat(accept.swap().id()).isEqualTo("s23456");
    }

    private static ShiftSwap swap(Instant firstFrom, Instant secondFrom) {
        return swap(firstFrom, secondFrom, firstFrom.plus(Duration.ofDays(7)));
    }

    private static ShiftSwap swap(Instant firstFrom, Instant secondFrom, Instant firstTo) {
        return new ShiftSwap("s23456", "sre", Layer.PRIMARY, "carol", firstFrom, firstTo, "dave", secondFrom,
                secondFrom.plus(Duration.ofDays(7)), "carol", NOW);
    }
}
