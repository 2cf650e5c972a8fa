package dev.touban.slack.commands;

import dev.touban.aws.notify.IncidentBlocks;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Service;
import dev.touban.domain.config.Team;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.maintenance.Maintenance;
import dev.touban.domain.maintenance.MaintenanceWindow;
import dev.touban.domain.text.CleanText;
import dev.touban.domain.time.DateInput;
import dev.touban.slack.SlackReply;
import dev.touban.slack.TimeText;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /oncall maintenance}: the windows now; {@code /oncall maintenance <service> <duration|until> [reason]}
 * starts one (a duration such as {@code 90m}, {@code 2h}, {@code 1h30m}, {@code 1d}, or an end as
 * {@code /oncall override} reads dates, optionally after {@code until}); {@code /oncall maintenance end <service>}
 * ends it, and escalations it paused resume at once. Only members of the team the service pages
 * (or admins) may start or end a window.
 */
public final class MaintenanceCommand implements SlashCommand {
    static final Duration MAX_LENGTH = Duration.ofDays(7);
    static final int MAX_REASON = 200;
    private static final Pattern DURATION = Pattern.compile("(?:(\\d{1,3})d)?(?:(\\d{1,4})h)?(?:(\\d{1,5})m)?");
    static final String USAGE = "Usage: `/oncall maintenance <service> <duration|until> [reason]` (for example "
            + "`/oncall maintenance web 2h database upgrade` or `/oncall maintenance web until 2026-12-29T18:00`), "
            + "`/oncall maintenance end <service>`, or `/oncall maintenance` for the windows now.";

    private final Supplier<Maintenance> maintenance;
    private final Supplier<IncidentDesk> desk;

    public MaintenanceCommand(Supplier<Maintenance> maintenance, Supplier<IncidentDesk> desk) {
        this.maintenance = maintenance;
        this.desk = desk;
    }

    @Override
    public SlackReply run(CommandContext ctx) {
        List<String> words = Arrays.stream(ctx.args().strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return list(ctx);
        }
        if (words.get(0).equalsIgnoreCase("end")) {
            return words.size() == 2 ? end(ctx, words.get(1)) : SlackReply.ephemeral(USAGE);
        }
        if (words.size() < 2) {
            return SlackReply.ephemeral(USAGE);
        }
        return start(ctx, words);
    }

    private SlackReply start(CommandContext ctx, List<String> words) {
        Optional<Service> service = ctx.config().service(words.get(0));
        if (service.isEmpty()) {
            return unknownService(ctx, words.get(0));
        }
        Optional<SlackReply> refused = refused(ctx, service.get());
        if (refused.isPresent()) {
            return refused.get();
        }
        ZoneId zone = ctx.team().timeZone();
        int reasonFrom = 2;
        Instant end;
        try {
            if (words.get(1).equalsIgnoreCase("until")) {
                if (words.size() < 3) {
                    return SlackReply.ephemeral("Until when? " + USAGE);
                }
                end = DateInput.parse(words.get(2), zone, ctx.now(), ctx.now().atZone(zone).toLocalDate()).endIn(zone);
                reasonFrom = 3;
            } else {
                Optional<Duration> length = duration(words.get(1));
                end = length.isPresent() ? ctx.now().plus(length.get())
                        : DateInput.parse(words.get(1), zone, ctx.now(), ctx.now().atZone(zone).toLocalDate()).endIn(zone);
            }
        } catch (DateInput.BadDate e) {
            return SlackReply.ephemeral("Give a duration (`90m`, `2h`, `1h30m`, `1d`) or an end: " + e.getMessage()
                    + " Nothing was changed.\n" + USAGE);
        }
        if (!end.isAfter(ctx.now())) {
            return SlackReply.ephemeral("That end (" + TimeText.at(end, zone) + ") has passed. Nothing was changed.");
        }
        if (Duration.between(ctx.now(), end).compareTo(MAX_LENGTH) > 0) {
            return SlackReply.ephemeral("A maintenance window lasts at most " + MAX_LENGTH.toDays() + " days; for a regular one, "
                    + "list it under the service's `maintenance` in oncall.yaml. Nothing was changed.");
        }
        String reason = String.join(" ", words.subList(reasonFrom, words.size()));
        if (reason.length() > MAX_REASON) {
            return SlackReply.ephemeral("That reason is " + reason.length() + " characters long; keep it to " + MAX_REASON
                    + ". Nothing was changed.");
        }
        reason = reason.isBlank() ? "maintenance" : CleanText.line(reason, MAX_REASON);
        MaintenanceWindow window = new MaintenanceWindow(service.get().id(), ctx.now(), end, reason, ctx.member().id());
        maintenance.get().store().put(window);
        return SlackReply.inChannel(":construction: Maintenance of *" + service.get().name() + "* until " + TimeText.at(end, zone)
                + " (" + IncidentBlocks.escape(reason) + "), started by " + ctx.member().name() + ". Its alerts open suppressed incidents "
                + "that page nobody, and escalations running for it pause until the window ends; whatever is still open then is paged. "
                + "End it early with `/oncall maintenance end " + service.get().id() + "`.");
    }

    private SlackReply end(CommandContext ctx, String serviceId) {
        Optional<Service> service = ctx.config().service(serviceId);
        if (service.isEmpty()) {
            return unknownService(ctx, serviceId);
        }
        Optional<SlackReply> refused = refused(ctx, service.get());
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<MaintenanceWindow> ended = maintenance.get().store().end(service.get().id(), ctx.now());
        if (ended.isEmpty()) {
            return SlackReply.ephemeral("No maintenance started from Slack is running for " + service.get().name() + ". "
                    + still(ctx, service.get()) + "Nothing was changed.");
        }
        int resumed = 0;
        if (maintenance.get().active(service.get().id(), ctx.now()).isEmpty()) {
            for (Incident i : desk.get().open()) {
                // the steps this window paused wait for exactly its end
                if (service.get().id().equals(i.serviceId()) && i.escalating() && ended.get().end().equals(i.nextStepAt())) {
                    desk.get().resume(i.number(), "Maintenance of " + service.get().name() + " ended early by " + ctx.member().name()
                            + ": paging resumes.", ctx.now());
                    resumed++;
                }
            }
        }
        return SlackReply.inChannel(":white_check_mark: Maintenance of *" + service.get().name() + "* ended by " + ctx.member().name()
                + ". " + still(ctx, service.get())
                + (resumed == 0 ? "No escalation was waiting for it." : resumed + (resumed == 1 ? " incident is" : " incidents are")
                + " paged now."));
    }

    private SlackReply list(CommandContext ctx) {
        List<MaintenanceWindow> active = maintenance.get().activeAll(ctx.now());
        if (active.isEmpty()) {
            return SlackReply.ephemeral("No service is in maintenance.\n" + USAGE);
        }
        StringBuilder out = new StringBuilder("*In maintenance now*");
        for (MaintenanceWindow w : active) {
            out.append("\n• ").append(line(ctx.config(), w, ctx.team().timeZone()));
        }
        return SlackReply.ephemeral(out.toString());
    }

    /** One window as people read it in Slack (the reason escaped). */
    public static String line(OncallConfig config, MaintenanceWindow w, ZoneId zone) {
        String service = config.service(w.serviceId()).map(Service::name).orElse(w.serviceId());
        return "*" + service + "* until " + TimeText.at(w.end(), zone) + " (" + IncidentBlocks.escape(w.reason())
                + (w.scheduled() ? ", scheduled in oncall.yaml" : ", started by " + config.displayName(w.by())) + ")";
    }

    private String still(CommandContext ctx, Service service) {
        return maintenance.get().active(service.id(), ctx.now())
                .map(w -> "A window of oncall.yaml still holds its pages until " + TimeText.at(w.end(), ctx.team().timeZone()) + ". ")
                .orElse("");
    }

    /** Members of the team the service pages, and admins of any team, may act on its maintenance. */
    private static Optional<SlackReply> refused(CommandContext ctx, Service service) {
        OncallConfig config = ctx.config();
        Optional<Team> team = config.policy(service.policyId()).flatMap(p -> config.team(p.teamId()));
        String member = ctx.member().id();
        boolean admin = config.teams().stream().anyMatch(t -> t.isAdmin(member));
        if (admin || team.map(t -> t.memberIds().contains(member)).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(SlackReply.ephemeral("Only members of " + team.map(Team::name).orElse("the service's team")
                + " (or admins) can start or end maintenance of " + service.name() + ". Nothing was changed."));
    }

    private static SlackReply unknownService(CommandContext ctx, String given) {
        String shown = CleanText.line(given, 40);
        return SlackReply.ephemeral("There is no service `" + IncidentBlocks.escape(shown) + "`; oncall.yaml lists "
                + String.join(", ", ctx.config().services().stream().map(Service::id).toList()) + ". Nothing was changed.");
    }

    static Optional<Duration> duration(String text) {
        Matcher m = DURATION.matcher(text.toLowerCase(java.util.Locale.ROOT));
        if (text.isEmpty() || !m.matches() || (m.group(1) == null && m.group(2) == null && m.group(3) == null)) {
            return Optional.empty();
        }
        long minutes = (m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 24 * 60)
                + (m.group(2) == null ? 0 : Long.parseLong(m.group(2)) * 60)
                + (m.group(3) == null ? 0 : Long.parseLong(m.group(3)));
        return minutes == 0 ? Optional.empty() : Optional.of(Duration.ofMinutes(minutes));
    }
}
