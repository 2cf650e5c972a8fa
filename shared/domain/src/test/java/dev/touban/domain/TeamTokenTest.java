package dev.touban.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.domain.links.TeamToken;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TeamTokenTest {
    private static final String KEY = "touban-local-calendar-key";
    private final TeamToken tokens = new TeamToken(KEY);

    @Test
    void token_namesItsEpoch_isStable_andDiffersBetweenTeamsEpochsAndKeys() {
        String sre = tokens.forTeam("sre", 1);

        assertThat(sre).startsWith("e1.").hasSize(46).matches("e1\\.[A-Za-z0-9_-]{43}").isEqualTo(tokens.forTeam("sre", 1));
        assertThat(tokens.forTeam("sre", 2)).startsWith("e2.").isNotEqualTo(sre);
        assertThat(tokens.forTeam("web", 1)).isNotEqualTo(sre);
        assertThat(new TeamToken("another-key-of-enough-length").forTeam("sre", 1)).isNotEqualTo(sre);
    }

    @Test
    void matches_onlyTheTeamsOwnToken_ofItsCurrentEpoch() {
        assertThat(tokens.matches("sre", 1, tokens.forTeam("sre", 1))).isTrue();
        assertThat(tokens.matches("sre", 2, tokens.forTeam("sre", 2))).isTrue();
        assertThat(tokens.matches("web", 1, tokens.forTeam("sre", 1))).isFalse();
        assertThat(tokens.matches("sre", 1, tokens.forTeam("sre", 1).substring(1))).isFalse();
        assertThat(tokens.matches("sre", 1, "")).isFalse();
        assertThat(tokens.matches("sre", 1, null)).isFalse();
        assertThat(tokens.matches("sre", 1, "x".repeat(5000))).isFalse();
    }

    @Test
    void bumpingTheEpoch_revokesTheTeamsOldLinks_andNoOtherTeams() {
        String old = tokens.forTeam("sre", 1);

        assertThat(tokens.matches("sre", 2, old)).isFalse();
        // the epoch in the token is not a claim the MAC does not cover: relabelled, it still fails
        assertThat(tokens.matches("sre", 2, "e2." + old.substring(3))).isFalse();
        assertThat(tokens.matches("web", 1, tokens.forTeam("web", 1))).isTrue();
    }

    @Test
    void aLinkFromBeforeEpochs_opensOnlyWhileTheEpochIsOne() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String legacy = Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal("touban-team-link:v1:sre".getBytes(StandardCharsets.UTF_8)));

        assertThat(tokens.matches("sre", 1, legacy)).isTrue();
        assertThat(tokens.matches("sre", 2, legacy)).isFalse();
        assertThat(tokens.matches("web", 1, legacy)).isFalse();
    }

    @Test
    void aShortKey_isRefused() {
        assertThatThrownBy(() -> new TeamToken("short")).hasMessageContaining("at least 16 characters");
    }
}
