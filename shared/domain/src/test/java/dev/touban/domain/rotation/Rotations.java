package dev.touban.domain.rotation;

import dev.touban.domain.config.Layer;
import dev.touban.domain.config.Team;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Rotations and teams for tests. */
final class Rotations {
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private Rotations() {}

    static Rotation weekly(String id, Layer layer, ZoneId zone, LocalDate start, LocalTime time, String... members) {
        return new Rotation(id, layer, List.of(members), 7, start.getDayOfWeek(), time, zone, start);
    }

    static Rotation days(String id, Layer layer, ZoneId zone, LocalDate start, LocalTime time, int days, String... members) {
        return new Rotation(id, layer, List.of(members), days, start.getDayOfWeek(), time, zone, start);
    }

    /** The example team: primary alice, bob, carol, dave and secondary carol, dave, alice, bob, Mondays 10:00 Tokyo from 2026-01-05. */
    static Team sre() {
        LocalDate start = LocalDate.of(2026, 1, 5);
        return new Team("sre", "SRE", TOKYO, "JP", "C0ONCALL", "S0ONCALL", List.of("alice", "bob", "carol", "dave"),
                List.of("alice"), List.of(
                        weekly("sre-primary", Layer.PRIMARY, TOKYO, start, LocalTime.of(10, 0), "alice", "bob", "carol", "dave"),
                        weekly("sre-secondary", Layer.SECONDARY, TOKYO, start, LocalTime.of(10, 0), "carol", "dave", "alice", "bob")));
    }

    static DayOfWeek monday() {
        return DayOfWeek.MONDAY;
    }
}
