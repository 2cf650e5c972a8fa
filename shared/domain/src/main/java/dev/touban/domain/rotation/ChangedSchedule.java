package dev.touban.domain.rotation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A rotation's shifts with schedule changes laid on top, as a pure function.
 *
 * <p>Each scheduled shift is cut at the edges of the covers that touch it; in every piece
 * the cover created last wins, and where no cover applies the scheduled member stays. The
 * pieces of a shift tile it exactly, so the result keeps the rotation's guarantees (one
 * member at every instant after the start, contiguous, no gaps) and a cover changes
 * nothing outside [from, to). Covers only apply where the rotation has shifts: before its
 * first handoff nobody is on call, override or not.
 */
public final class ChangedSchedule {
    private static final Comparator<Cover> NEWEST_LAST =
            Comparator.comparing(Cover::createdAt).thenComparing(Cover::changeId);

    private ChangedSchedule() {}

    /** The changed shifts overlapping [from, to), in order. */
    public static List<Shift> shifts(Rotation rotation, List<? extends ScheduleChange> changes, Instant from, Instant to) {
        List<Shift> base = new RotationSchedule(rotation).shiftsBetween(from, to);
        return apply(base, covers(rotation, changes)).stream()
                .filter(s -> s.start().isBefore(to) && from.isBefore(s.end()))
                .toList();
    }

    public static Optional<Shift> onCallAt(Rotation rotation, List<? extends ScheduleChange> changes, Instant t) {
        return new RotationSchedule(rotation).onCallAt(t)
                .flatMap(base -> apply(List.of(base), covers(rotation, changes)).stream().filter(s -> s.covers(t)).findFirst());
    }

    /** Lays {@code covers} over {@code base} (scheduled shifts of one rotation, in order). */
    public static List<Shift> apply(List<Shift> base, List<Cover> covers) {
        List<Shift> out = new ArrayList<>();
        for (Shift shift : base) {
            List<Cover> touching = covers.stream()
                    .filter(c -> c.layer() == shift.layer() && c.from().isBefore(shift.end()) && shift.start().isBefore(c.to()))
                    .sorted(NEWEST_LAST)
                    .toList();
            if (touching.isEmpty()) {
                out.add(shift);
                continue;
            }
            TreeSet<Instant> cuts = new TreeSet<>(List.of(shift.start(), shift.end()));
            for (Cover c : touching) {
                if (shift.covers(c.from())) {
                    cuts.add(c.from());
                }
                if (shift.covers(c.to())) {
                    cuts.add(c.to());
                }
            }
            Shift open = null;
            Instant pieceStart = null;
            for (Instant cut : cuts) {
                if (pieceStart != null) {
                    Shift piece = piece(shift, touching, pieceStart, cut);
                    if (open != null && open.memberId().equals(piece.memberId())
                            && Objects.equals(open.replacement(), piece.replacement())) {
                        open = new Shift(open.rotationId(), open.layer(), open.index(), open.memberId(), open.start(),
                                piece.end(), open.replacement());
                    } else {
                        if (open != null) {
                            out.add(open);
                        }
                        open = piece;
                    }
                }
                pieceStart = cut;
            }
            out.add(open);
        }
        return out;
    }

    private static Shift piece(Shift shift, List<Cover> newestLast, Instant from, Instant to) {
        Cover winner = null;
        for (Cover c : newestLast) {
            if (c.covers(from)) {
                winner = c;
            }
        }
        if (winner == null || winner.memberId().equals(shift.memberId())) {
            return new Shift(shift.rotationId(), shift.layer(), shift.index(), shift.memberId(), from, to);
        }
        return new Shift(shift.rotationId(), shift.layer(), shift.index(), winner.memberId(), from, to,
                new Shift.Replacement(winner.changeId(), winner.kind(), shift.memberId()));
    }

    private static List<Cover> covers(Rotation rotation, List<? extends ScheduleChange> changes) {
        return changes.stream()
                .filter(c -> c.layer() == rotation.layer())
                .flatMap(c -> c.covers().stream())
                .toList();
    }
}
