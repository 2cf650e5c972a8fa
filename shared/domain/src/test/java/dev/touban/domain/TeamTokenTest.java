package dev.touban.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.domain.links.TeamToken;
import org.junit.jupiter.api.Test;

class TeamTokenTest {
    private final TeamToken tokens = new TeamToken("touban-local-calendar-key");

    @Test
    void token_isStablePerTeam_andDiffersBetweenTeamsAndKeys() {
        String sre = tokens.forTeam("sre");

        assertThat(sre).hasSize(43).matches("[A-Za-z0-9_-]+").isEqualTo(tokens.forTeam("sre"));
        assertThat(tokens.forTeam("web")).isNotEqualTo(sre);
        assertThat(new TeamToken("another-key-of-enough-length").forTeam("sre")).isNotEqualTo(sre);
    }

    @Test
    void matches_onlyTheTeamsOwnToken() {
        assertThat(tokens.matches("sre", tokens.forTeam("sre"))).isTrue();
        assertThat(tokens.matches("web", tokens.forTeam("sre"))).isFalse();
        assertThat(tokens.matches("sre", tokens.forTeam("sre").substring(1))).isFalse();
        assertThat(tokens.matches("sre", "")).isFalse();
        assertThat(tokens.matches("sre", null)).isFalse();
    }

    @Test
    void aShortKey_isRefused() {
        assertThatThrownBy(() -> new TeamToken("short")).hasMessageContaining("at least 16 characters");
    }
}
