package dev.touban.domain.health;

/**
 * The counts and times of a team's or a person's month. For a team: its incidents, every page
 * to a person, the time from trigger to acknowledgement (MTTA) and to resolution (MTTR), the
 * incidents acknowledged and those escalated past tier 1. For a person: the incidents that
 * paged them (or that they acknowledged), their pages, MTTA and MTTR from their own first page
 * of the incidents they acknowledged, those acknowledgements, and the incidents that paged them
 * at tier 1 and escalated past them. Night, weekend and holiday pages are counted in the
 * person's own time zone.
 */
public record Figures(
        int incidents,
        int pages,
        Stat mtta,
        Stat mttr,
        int acknowledged,
        int escalated,
        int nightPages,
        int weekendPages,
        int holidayPages) {}
