package dev.touban.domain.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.RepoRoot;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Team;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfiguredOnCallTest {
    private final Team sre = ConfigLoader.fromFile(RepoRoot.path("config/oncall.example.yaml")).team("sre").orElseThrow();
    private final OnCallLookup onCall = new ConfiguredOnCall();

    @Test
    void onCallAt_readsEachLayerFromTheTeamsRotations() {
        // Saturday 2026-11-28 18:00 in Tokyo lies in shift 46 (from Monday 2026-11-23 10:00).
        Instant t = Instant.parse("2026-11-28T09:00:00Z");

        Shift primary = onCall.onCallAt(sre, Layer.PRIMARY, t).orElseThrow();
        Shift secondary = onCall.onCallAt(sre, Layer.SECONDARY, t).orElseThrow();

        assertThat(primary.index()).isEqualTo(46);
        assertThat(primary.memberId()).isEqualTo("carol");
        assertThat(primary.start()).isEqualTo(Instant.parse("2026-11-23T01:00:00Z"));
        assertThat(primary.end()).isEqualTo(Instant.parse("2026-11-30T01:00:00Z"));
        assertThat(secondary.memberId()).isEqualTo("alice");
    }

    @Test
    void layerWithoutRotation_hasNobody() {
        Team noRotations = new Team("ops", "Ops", sre.timeZone(), null, null, null, sre.memberIds(), List.of(), List.of());

        assertThat(onCall.onCallAt(noRotations, Layer.PRIMARY, Instant.parse("2026-11-28T09:00:00Z"))).isEmpty();
        assertThat(onCall.shifts(noRotations, Layer.PRIMARY, Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void shifts_listsTheLayersShiftsInTheRange() {
        List<Shift> shifts = onCall.shifts(sre, Layer.PRIMARY, Instant.parse("2026-01-05T01:00:00Z"), Instant.parse("2026-02-02T01:00:00Z"));

        assertThat(shifts).extracting(Shift::memberId).containsExactly("alice", "bob", "carol", "dave");
    }
}
