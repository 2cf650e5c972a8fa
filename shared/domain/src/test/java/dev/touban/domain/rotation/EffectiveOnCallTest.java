package dev.touban.domain.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Team;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectiveOnCallTest {
    private static final Team SRE = Rotations.sre();
    // Monday 7 December 2026 10:00 Tokyo: shift 48 (alice) on the primary, carol on the secondary
    private static final Instant DEC_7 = Instant.parse("2026-12-07T01:00:00Z");

    private final InMemoryChanges changes = new InMemoryChanges();
    private final EffectiveOnCall onCall = new EffectiveOnCall(changes);

    @Test
    void who_returnsTheScheduledMember_whenNothingChanged() {
        Shift shift = onCall.onCallAt(SRE, Layer.PRIMARY, DEC_7.plusSeconds(3600)).orElseThrow();

        assertThat(shift.memberId()).isEqualTo("alice");
        assertThat(shift.replaced()).isFalse();
        assertThat(shift.start()).isEqualTo(DEC_7);
        assertThat(shift.end()).isEqualTo(DEC_7.plus(java.time.Duration.ofDays(7)));
    }

    @Test
    void who_returnsOverride_whenOverrideCoversNow() {
        Instant from = DEC_7.plus(java.time.Duration.ofDays(2));
        Instant to = from.plus(java.time.Duration.ofDays(1));
        changes.add(new OnCallOverride("o1", "sre", Layer.PRIMARY, "bob", from, to, "alice", DEC_7), "r1", "ok");

        Shift during = onCall.onCallAt(SRE, Layer.PRIMARY, from.plusSeconds(60)).orElseThrow();
        Shift after = onCall.onCallAt(SRE, Layer.PRIMARY, to).orElseThrow();

        assertThat(during.memberId()).isEqualTo("bob");
        assertThat(during.end()).isEqualTo(to);
        assertThat(during.replacement()).isEqualTo(new Shift.Replacement("o1", ChangeKind.OVERRIDE, "alice"));
        assertThat(after.memberId()).isEqualTo("alice");
        assertThat(after.start()).isEqualTo(to);
        assertThat(onCall.onCallAt(SRE, Layer.SECONDARY, from.plusSeconds(60)).orElseThrow().memberId()).isEqualTo("carol");
    }

    @Test
    void shifts_splitAScheduledShiftAroundAnOverride_andKeepItsNumber() {
        Instant from = DEC_7.plus(java.time.Duration.ofDays(2));
        Instant to = from.plus(java.time.Duration.ofDays(1));
        changes.add(new OnCallOverride("o1", "sre", Layer.PRIMARY, "bob", from, to, "alice", DEC_7), "r1", "ok");

        List<Shift> shifts = onCall.shifts(SRE, Layer.PRIMARY, DEC_7, DEC_7.plus(java.time.Duration.ofDays(7)));

        assertThat(shifts).extracting(Shift::memberId).containsExactly("alice", "bob", "alice");
        assertThat(shifts).extracting(Shift::index).containsOnly(shifts.getFirst().index());
        assertThat(changes.queries).isEqualTo(1);
    }

    @Test
    void newerChange_winsWhereTwoOverlap() {
        Instant from = DEC_7.plus(java.time.Duration.ofDays(1));
        changes.add(new OnCallOverride("o1", "sre", Layer.PRIMARY, "bob", from, from.plus(java.time.Duration.ofDays(3)), "alice", DEC_7), "r1", "ok");
        changes.add(new OnCallOverride("o2", "sre", Layer.PRIMARY, "carol", from.plus(java.time.Duration.ofDays(1)),
                from.plus(java.time.Duration.ofDays(2)), "alice", DEC_7.plusSeconds(5)), "r2", "ok");

        assertThat(onCall.onCallAt(SRE, Layer.PRIMARY, from.plus(java.time.Duration.ofHours(36))).orElseThrow().memberId()).isEqualTo("carol");
        assertThat(onCall.onCallAt(SRE, Layer.PRIMARY, from.plus(java.time.Duration.ofHours(60))).orElseThrow().memberId()).isEqualTo("bob");
    }

    @Test
    void overrideOnTheSecondary_leavesThePrimaryAlone() {
        changes.add(new OnCallOverride("o1", "sre", Layer.SECONDARY, "bob", DEC_7, DEC_7.plusSeconds(7200), "alice", DEC_7), "r1", "ok");

        assertThat(onCall.onCallAt(SRE, Layer.PRIMARY, DEC_7.plusSeconds(60)).orElseThrow().memberId()).isEqualTo("alice");
        assertThat(onCall.onCallAt(SRE, Layer.SECONDARY, DEC_7.plusSeconds(60)).orElseThrow().memberId()).isEqualTo("bob");
    }

    @Test
    void beforeTheRotationStarts_nobodyIsOnCall_evenWithAnOverride() {
        Instant early = Instant.parse("2025-12-01T00:00:00Z");
        changes.add(new OnCallOverride("o1", "sre", Layer.PRIMARY, "bob", early, early.plusSeconds(7200), "alice", early), "r1", "ok");

        assertThat(onCall.onCallAt(SRE, Layer.PRIMARY, early.plusSeconds(60))).isEmpty();
    }

    @Test
    void allLayersAtOnce_matchEachLayerAsked_alone_withOneQuery() {
        Instant from = DEC_7.plus(java.time.Duration.ofDays(2));
        changes.add(new OnCallOverride("o1", "sre", Layer.PRIMARY, "bob", from, from.plus(java.time.Duration.ofDays(1)), "alice", DEC_7), "r1", "ok");
        changes.add(new OnCallOverride("o2", "sre", Layer.SECONDARY, "alice", from.minusSeconds(3600), from.plusSeconds(3600), "carol", DEC_7),
                "r2", "ok");

        for (Instant t : List.of(DEC_7.plusSeconds(60), from, from.plusSeconds(3600), from.plus(java.time.Duration.ofHours(30)))) {
            int before = changes.queries;
            var layers = onCall.onCallAt(SRE, t);
            assertThat(changes.queries - before).isEqualTo(1);
            assertThat(layers.keySet()).containsExactly(Layer.PRIMARY, Layer.SECONDARY);
            for (Layer layer : Layer.values()) {
                assertThat(layers.get(layer)).isEqualTo(onCall.onCallAt(SRE, layer, t));
            }
        }
        assertThat(onCall.onCallAt(SRE, from.plusSeconds(60)).get(Layer.PRIMARY).orElseThrow().memberId()).isEqualTo("bob");
        assertThat(onCall.onCallAt(SRE, from.plusSeconds(60)).get(Layer.SECONDARY).orElseThrow().memberId()).isEqualTo("alice");
    }

    @Test
    void allLayersAtOnce_beforeTheRotationsStart_nameEveryLayer_asNobody_withoutAQuery() {
        var layers = onCall.onCallAt(SRE, Instant.parse("2025-12-01T00:00:00Z"));

        assertThat(layers.keySet()).containsExactly(Layer.PRIMARY, Layer.SECONDARY);
        assertThat(layers.values()).allMatch(java.util.Optional::isEmpty);
        assertThat(changes.queries).isZero();
    }
}
