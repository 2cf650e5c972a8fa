package dev.touban.slack.commands;

import dev.touban.aws.notify.IncidentBlocks;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Service;
import dev.touban.domain.config.Team;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.IncidentDesk;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
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
    /** The usage line in English (tests compare with it). */
    static final String USAGE = Messages.template(Language.EN, Msg.MAINTENANCE_USAGE);

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
            return words.size() == 2 ? end(ctx, words.get(1)) : SlackReply.ephemeral(usage(ctx));
        }
        if (words.size() < 2) {
            return SlackReply.ephemeral(usage(ctx));
        }
        return start(ctx, words);
    }

    private static String usage(CommandContext ctx) {
        return Messages.say(ctx.language(), Msg.MAINTENANCE_USAGE);
    }

    private SlackReply start(CommandContext ctx, List<String> words) {
        Language lang = ctx.language();
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
                    return SlackReply.ephemeral(Messages.say(lang, Msg.MAINTENANCE_UNTIL_WHEN, "usage", usage(ctx)));
                }
                end = DateInput.parse(words.get(2), zone, ctx.now(), ctx.now().atZone(zone).toLocalDate(), lang).endIn(zone);
                reasonFrom = 3;
            } else {
                Optional<Duration> length = duration(words.get(1));
                end = length.isPresent() ? ctx.now().plus(length.get())
                        : DateInput.parse(words.get(1), zone, ctx.now(), ctx.now().atZone(zone).toLocalDate(), lang).endIn(zone);
            }
        } catch (DateInput.BadDate e) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.MAINTENANCE_BAD_END, "error", e.getMessage(), "usage", usage(ctx)));
        }
        if (!end.isAfter(ctx.now())) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.MAINTENANCE_PASSED, "time", TimeText.at(end, zone, lang)));
        }
        if (Duration.between(ctx.now(), end).compareTo(MAX_LENGTH) > 0) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.MAINTENANCE_TOO_LONG, "days", MAX_LENGTH.toDays()));
        }
        String reason = String.join(" ", words.subList(reasonFrom, words.size()));
        if (reason.length() > MAX_REASON) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.MAINTENANCE_REASON_TOO_LONG, "length", reason.length(), "max", MAX_REASON));
        }
        // Said in the channel, and read later on the schedule page and the handoff: the team's language.
        Language channel = ctx.channelLanguage();
        reason = reason.isBlank() ? Messages.say(channel, Msg.MAINTENANCE_DEFAULT_REASON) : CleanText.line(reason, MAX_REASON);
        MaintenanceWindow window = new MaintenanceWindow(service.get().id(), ctx.now(), end, reason, ctx.member().id());
        maintenance.get().store().put(window);
        return SlackReply.inChannel(Messages.say(channel, Msg.MAINTENANCE_STARTED, "service", service.get().name(),
                "time", TimeText.at(end, zone, channel), "reason", IncidentBlocks.escape(reason), "name", ctx.member().name(),
                "id", service.get().id()));
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
            return SlackReply.ephemeral(Messages.say(ctx.language(), Msg.MAINTENANCE_NONE_RUNNING, "service", service.get().name(),
                    "still", still(ctx, service.get(), ctx.language())));
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
        Language channel = ctx.channelLanguage();
        String paged = resumed == 0 ? Messages.say(channel, Msg.MAINTENANCE_NONE_WAITING)
                : Messages.say(channel, resumed == 1 ? Msg.MAINTENANCE_ONE_RESUMED : Msg.MAINTENANCE_RESUMED, "count", resumed);
        return SlackReply.inChannel(Messages.say(channel, Msg.MAINTENANCE_ENDED, "service", service.get().name(), "name", ctx.member().name(),
                "still", still(ctx, service.get(), channel), "resumed", paged));
    }

    private SlackReply list(CommandContext ctx) {
        Language lang = ctx.language();
        List<MaintenanceWindow> active = maintenance.get().activeAll(ctx.now());
        if (active.isEmpty()) {
            return SlackReply.ephemeral(Messages.say(lang, Msg.MAINTENANCE_NONE, "usage", usage(ctx)));
        }
        StringBuilder out = new StringBuilder(Messages.say(lang, Msg.MAINTENANCE_TITLE));
        for (MaintenanceWindow w : active) {
            out.append("\n• ").append(line(ctx.config(), w, ctx.team().timeZone(), lang));
        }
        return SlackReply.ephemeral(out.toString());
    }

    /** One window as people read it in Slack (the reason escaped). */
    public static String line(OncallConfig config, MaintenanceWindow w, ZoneId zone, Language lang) {
        String service = config.service(w.serviceId()).map(Service::name).orElse(w.serviceId());
        return Messages.say(lang, Msg.MAINTENANCE_LINE, "service", service, "time", TimeText.at(w.end(), zone, lang),
                "reason", IncidentBlocks.escape(w.reason()), "how", w.scheduled() ? Messages.say(lang, Msg.MAINTENANCE_SCHEDULED)
                        : Messages.say(lang, Msg.MAINTENANCE_STARTED_BY, "name", config.displayName(w.by())));
    }

    private String still(CommandContext ctx, Service service, Language lang) {
        return maintenance.get().active(service.id(), ctx.now())
                .map(w -> Messages.say(lang, Msg.MAINTENANCE_STILL, "time", TimeText.at(w.end(), ctx.team().timeZone(), lang)))
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
        Language lang = ctx.language();
        return Optional.of(SlackReply.ephemeral(Messages.say(lang, Msg.MAINTENANCE_NOT_ALLOWED,
                "team", team.map(Team::name).orElse(Messages.say(lang, Msg.MAINTENANCE_THE_TEAM)), "service", service.name())));
    }

    private static SlackReply unknownService(CommandContext ctx, String given) {
        String shown = CleanText.line(given, 40);
        return SlackReply.ephemeral(Messages.say(ctx.language(), Msg.MAINTENANCE_UNKNOWN_SERVICE, "service", IncidentBlocks.escape(shown),
                "services", String.join(", ", ctx.config().services().stream().map(Service::id).toList())));
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
