package dev.touban.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.touban.domain.incident.FuzzEdits;
import dev.touban.domain.links.TeamToken;

/**
 * Team link tokens: the token of a team and epoch opens that team at that epoch only; every
 * change to it, the token of any other team, and the same team's token of another epoch, do not. Inputs: {@code TeamTokenFuzzTestInputs/}.
 */
class TeamTokenFuzzTest {
    private static final TeamToken TOKENS = new TeamToken("fuzz-team-link-key-0123456789");

    @FuzzTest
    void aChangedToken_orAnotherTeamsToken_neverOpensTheTeam(FuzzedDataProvider data) {
        String team = data.consumeAsciiString(24);
        String other = data.consumeAsciiString(24);
        int epoch = data.consumeInt(1, 1_000);
        int otherEpoch = data.consumeInt(1, 1_000);
        String token = TOKENS.forTeam(team, epoch);
        String changed = FuzzEdits.apply(token, data);
        assertThat(TOKENS.matches(team, epoch, changed)).isEqualTo(changed.equals(token));
        assertThat(TOKENS.matches(other, epoch, token)).isEqualTo(other.equals(team));
        assertThat(TOKENS.matches(team, otherEpoch, token)).isEqualTo(otherEpoch == epoch);
    }
}
