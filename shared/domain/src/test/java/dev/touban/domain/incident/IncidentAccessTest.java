package dev.touban.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.RepoRoot;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentAccessTest {
    /** Two teams: sre (alice admin, bob, carol, dave) and db (erin admin, frank); sre-default's last tier pages frank by name. */
    private static final OncallConfig TWO_TEAMS = ConfigLoader.fromFile(RepoRoot.path("functions/slack-webhook/src/test/resources/oncall.two-teams.yaml"));

    @Test
    void membersOfTheIncidentsTeam_mayActOnIt() {
        assertThat(IncidentAccess.mayActOn(TWO_TEAMS, "bob", incident(1, "sre", "sre-default"))).isTrue();
        assertThat(IncidentAccess.mayActOn(TWO_TEAMS, "erin", incident(2, "db", "db-default"))).isTrue();
    }

    @Test
    void aMemberOfAnotherTeam_mayNot_evenItsAdmin() {
        assertThat(IncidentAccess.mayActOn(TWO_TEAMS, "erin", incident(1, "sre", "sre-default"))).isFalse();
        assertThat(IncidentAccess.mayActOn(TWO_TEAMS, "alice", incident(2, "db", "db-default"))).isFalse();
    }

    @Test
    void someoneThePolicyPagesByName_mayActOnIt_fromAnotherTeam() {
        assertThat(IncidentAccess.mayActOn(TWO_TEAMS, "frank", incident(1, "sre", "sre-default"))).isTrue();
    }

    @Test
    void aRotationOfAnotherTeamInThePolicy_letsItsMembersAct() {
        // an sre incident paged through db's policy: db's rotation is paged, so erin may act
        assertThat(IncidentAccess.mayActOn(TWO_TEAMS, "erin", incident(3, "sre", "db-default"))).isTrue();
    }

    @Test
    void anUnknownTeamAndPolicy_letNobodyIn() {
        assertThat(IncidentAccess.mayActOn(TWO_TEAMS, "alice", incident(4, "gone", "gone-default"))).isFalse();
        assertThat(IncidentAccess.mayActOn(TWO_TEAMS, "alice", incident(5, null, null))).isFalse();
    }

    @Test
    void visibleTo_keepsOnlyTheCallersIncidents_inOrder() {
        List<Incident> open = List.of(incident(1, "sre", "sre-default"), incident(2, "db", "db-default"), incident(3, "sre", "sre-default"));

        assertThat(IncidentAccess.visibleTo(TWO_TEAMS, "erin", open)).extracting(Incident::number).containsExactly(2L);
        assertThat(IncidentAccess.visibleTo(TWO_TEAMS, "bob", open)).extracting(Incident::number).containsExactly(1L, 3L);
        assertThat(IncidentAccess.visibleTo(TWO_TEAMS, "frank", open)).extracting(Incident::number).containsExactly(1L, 2L, 3L);
    }

    private static Incident incident(long number, String team, String policy) {
        Instant t = Instant.parse("2026-11-28T09:00:00Z");
        return new Incident(number, "web", "k" + number, "web", team, policy, Alert.simple("Disk full", "db-1", Severity.CRITICAL),
                IncidentStatus.TRIGGERED, 1, 0, t, t, null, null, null, null, 0);
    }
}
