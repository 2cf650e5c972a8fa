package dev.touban.domain.rotation;

import java.time.Instant;
import java.util.ArrayList;
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
    private ChangedSchedule() {}

    /** The changed shifts overlapping [from, to), in order. */
    public static List<Shift> shifts(Rotation rotation, List<? extends ScheduleChange> changes, Instant from, Instant to) {
        List<Shift> base = new RotationSchedule(rotation).shiftsBetween(from, to);
        List<Shift> overlapping = new ArrayList<>();
        for (Shift s : apply(base, covers(rotation, changes))) {
            if (s.start().isBefore(to) && from.isBefore(s.end())) {
                overlapping.add(s);
            }
        }
        return List.copyOf(overlapping);
    }

    public static Optional<Shift> onCallAt(Rotation rotation, List<? extends ScheduleChange> changes, Instant t) {
        Optional<Shift> base = new RotationSchedule(rotation).onCallAt(t);
        if (base.isPresent()) {
            for (Shift s : apply(List.of(base.get()), covers(rotation, changes))) {
                if (s.covers(t)) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /** Lays {@code covers} over {@code base} (scheduled shifts of one rotation, in order). */
    public static List<Shift> apply(List<Shift> base, List<Cover> covers) {
        List<Shift> out = new ArrayList<>();
        for (Shift shift : base) {
            List<Cover> touching = new ArrayList<>();
            for (Cover c : covers) {
                if (c.layer() == shift.layer() && c.from().isBefore(shift.end()) && shift.start().isBefore(c.to())) {
                    touching.add(c);
                }
            }
            if (touching.isEmpty()) {
                out.add(shift);
                continue;
            }
            touching.sort(ChangedSchedule::newestLast);
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

    private static int newestLast(Cover a, Cover b) {
        int byCreation = a.createdAt().compareTo(b.createdAt());
        return byCreation != 0 ? byCreation : a.changeId().compareTo(b.changeId());
    }

    private static List<Cover> covers(Rotation rotation, List<? extends ScheduleChange> changes) {
        List<Cover> covers = new ArrayList<>();
        for (ScheduleChange c : changes) {
            if (c.layer() == rotation.layer()) {
                covers.addAll(c.covers());
            }
        }
        return covers;
    }
}
