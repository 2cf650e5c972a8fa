package dev.touban.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.touban.domain.incident.FuzzEdits;
import dev.touban.domain.links.TeamToken;

/**
 * Team link tokens: the token of a team opens that team only; every change to it, and the
 * token of any other team, does not. Inputs: {@code TeamTokenFuzzTestInputs/}.
 */
class TeamTokenFuzzTest {
    private static final TeamToken TOKENS = new TeamToken("fuzz-team-link-key-0123456789");

    @FuzzTest
    void aChangedToken_orAnotherTeamsToken_neverOpensTheTeam(FuzzedDataProvider data) {
        String team = data.consumeAsciiString(24);
        String other = data.consumeAsciiString(24);
        String token = TOKENS.forTeam(team);
        String changed = FuzzEdits.apply(token, data);
        assertThat(TOKENS.matches(team, changed)).isEqualTo(changed.equals(token));
        assertThat(TOKENS.matches(other, token)).isEqualTo(other.equals(team));
    }
}
