package dev.touban.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoScheduleChangeStore;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.Layer;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.holiday.TeamHolidays;
import dev.touban.domain.links.TeamToken;
import dev.touban.domain.rotation.EffectiveOnCall;
import dev.touban.domain.rotation.OnCallOverride;
import dev.touban.domain.text.HtmlText;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MutableClock;
import dev.touban.testing.RepoFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calendar feed and schedule page through the real handler, events/schedule-page-*.json, and DynamoDB on the emulator. */
@ExtendWith(EmulatorExtension.class)
class SchedulePageHandlerTest {
    static final String KEY = "touban-local-calendar-key";
    static final Instant NOW = Instant.parse("2026-11-25T06:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final TeamToken tokens = new TeamToken(KEY);
    private DynamoScheduleChangeStore changes;
    private SchedulePageHandler handler;
    private Emulated aws;

    @BeforeEach
    void setUp(Emulated aws) {
        this.aws = aws;
        OncallConfig config = ConfigLoader.fromFile(RepoFiles.path("config/oncall.example.yaml"));
        changes = new DynamoScheduleChangeStore(new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region())).dynamoDb(), aws.tableName());
        handler = new SchedulePageHandler(new SchedulePages(config, new EffectiveOnCall(changes), tokens, TeamHolidays.from(config)), clock);
    }

    @Test
    void schedulePage_listsTheTeamsServicesInMaintenance_theirReasonEscaped() {
        OncallConfig config = ConfigLoader.fromFile(RepoFiles.path("config/oncall.example.yaml"));
        AwsClients clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        var store = new dev.touban.aws.dynamo.DynamoMaintenanceStore(clients::dynamoDb, aws.tableName());
        store.put(new dev.touban.domain.maintenance.MaintenanceWindow("web", NOW.minusSeconds(600), NOW.plusSeconds(3600),
                "<script>upgrade</script>", "carol"));
        SchedulePageHandler withMaintenance = new SchedulePageHandler(new SchedulePages(config, new EffectiveOnCall(changes), tokens,
                TeamHolidays.from(config), new dev.touban.domain.maintenance.Maintenance(config, store)), clock);

        SchedulePageHandler plain = handler;
        handler = withMaintenance;
        String shown = (String) invoke("schedule-page-html.json", Map.of()).get("body");
        handler = plain;
        String hidden = (String) invoke("schedule-page-html.json", Map.of()).get("body");

        assertThat(shown).contains("<h2>In maintenance now</h2>").contains("<span class=\"change\">Web shop</span> until ")
                .contains("(&lt;script&gt;upgrade&lt;/script&gt;, started by Carol Suzuki)").doesNotContain("<script>");
        assertThat(hidden).doesNotContain("In maintenance now");
    }

    @Test
    void sampleEvents_carryTheTokenOfTheLocalKey() {
        assertThat(query("schedule-page-calendar.json")).containsEntry("token", tokens.forTeam("sre", 1));
        assertThat(query("schedule-page-html.json")).containsEntry("token", tokens.forTeam("sre", 1));
    }

    @Test
    void calendar_isValidICalendar_withThreeMonthsOfShifts_andOverrides() throws IOException {
        changes.add(new OnCallOverride("ohol01", "sre", Layer.PRIMARY, "bob", Instant.parse("2026-12-28T15:00:00Z"),
                Instant.parse("2027-01-03T15:00:00Z"), "alice", NOW), "r1", "ok");

        Map<String, Object> response = invoke("schedule-page-calendar.json", Map.of());

        assertThat(response.get("statusCode")).isEqualTo(200);
        assertThat(headers(response)).containsEntry("content-type", "text/calendar; charset=utf-8").containsEntry("referrer-policy", "no-referrer");
        String body = (String) response.get("body");
        assertThat(body).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        for (String line : body.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        List<List<ParseWarning>> warnings = new ArrayList<>();
        ICalendar ical = Biweekly.parse(body).warnings(warnings).first();
        assertThat(warnings).allSatisfy(w -> assertThat(w).isEmpty());
        assertThat(ical.validate(ICalVersion.V2_0).isEmpty()).as(ical.validate(ICalVersion.V2_0).toString()).isTrue();

        List<VEvent> events = ical.getEvents();
        List<String> primary = events.stream().map(e -> e.getSummary().getValue()).filter(s -> s.startsWith("On call (primary)")).toList();
        // the current shift (carol, from 23 Nov) up to three months ahead; the override splits dave's 28 Dec week
        assertThat(primary).startsWith("On call (primary): Carol Suzuki", "On call (primary): Dave Ito", "On call (primary): Alice Sato");
        assertThat(primary).containsOnlyOnce("On call (primary): Bob Tanaka (override for Dave Ito)");
        VEvent override = events.stream().filter(e -> e.getSummary().getValue().equals("On call (primary): Bob Tanaka (override for Dave Ito)"))
                .findFirst().orElseThrow();
        assertThat(override.getDateStart().getValue().getTime()).isEqualTo(Date.from(Instant.parse("2026-12-28T15:00:00Z")).getTime());
        assertThat(override.getDateEnd().getValue().getTime()).isEqualTo(Date.from(Instant.parse("2027-01-03T15:00:00Z")).getTime());
        assertThat(events.stream().map(e -> e.getUid().getValue()).distinct()).hasSize(events.size());
        assertThat(events.getLast().getDateStart().getValue().toInstant()).isBefore(NOW.plus(CalendarFeed.AHEAD));
        assertThat(body).doesNotContain("+8190", "@example.com");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiterString = " | ", value = {
            "/calendar/sre.ics | none | 404 | " + SchedulePages.NOT_FOUND,
            "/calendar/sre.ics | empty | 404 | " + SchedulePages.NOT_FOUND,
            "/calendar/sre.ics | wrong | 404 | " + SchedulePages.NOT_FOUND,
            "/calendar/sre.ics | oversized | 404 | " + SchedulePages.NOT_FOUND,
            "/calendar/sre.ics | web | 404 | " + SchedulePages.NOT_FOUND,
            "/calendar/sre.ics | stale | 404 | " + SchedulePages.NOT_FOUND,
            "/calendar/web.ics | sre | 404 | " + SchedulePages.NOT_FOUND,
            "/calendar/sre | sre | 404 | The calendar feed is at /calendar/{team}.ics",
            "/calendar/../sre.ics | sre | 404 | Not found",
            "/schedule/sre | none | 404 | " + SchedulePages.NOT_FOUND,
            "/schedule/sre | wrong | 404 | " + SchedulePages.NOT_FOUND,
            "/schedule/sre | stale | 404 | " + SchedulePages.NOT_FOUND,
            "/schedule/nobody | none | 404 | " + SchedulePages.NOT_FOUND,
            "/schedule/nobody | sre | 404 | " + SchedulePages.NOT_FOUND,
            "/schedule/SRE | none | 404 | Not found",
    })
    void badRequests_getAClear4xx_andChangeNothing(String path, String token, int status, String message) {
        Map<String, String> query = new HashMap<>();
        switch (token) {
            case "wrong" -> query.put("token", tokens.forTeam("sre", 1).replace('A', 'B').replace('p', 'q').replace('g', 'h'));
            case "empty" -> query.put("token", "");
            case "oversized" -> query.put("token", "e1." + "A".repeat(5000));
            case "web" -> query.put("token", tokens.forTeam("web", 1));
            case "stale" -> query.put("token", tokens.forTeam("sre", 2));
            case "sre" -> query.put("token", tokens.forTeam("sre", 1));
            default -> { }
        }
        Map<String, Object> response = invokePath(path, "GET", query);

        assertThat(response.get("statusCode")).isEqualTo(status);
        assertThat((String) response.get("body")).contains(message);
        assertThat(aws.dynamo().scan(r -> r.tableName(aws.tableName())).items()).isEmpty();
    }

    /** Nothing in the answer tells an unknown team from a known one without its link. */
    @Test
    void unknownTeam_andKnownTeamWithoutItsLink_getTheSameAnswer() {
        Map<String, Object> unknown = invokePath("/schedule/nobody", "GET", Map.of("token", tokens.forTeam("nobody", 1)));
        Map<String, Object> noToken = invokePath("/schedule/sre", "GET", Map.of());
        Map<String, Object> badToken = invokePath("/calendar/sre.ics", "GET", Map.of("token", tokens.forTeam("web", 1)));

        assertThat(noToken).isEqualTo(unknown);
        assertThat(badToken).isEqualTo(unknown);
        assertThat(unknown.get("statusCode")).isEqualTo(404);
    }

    @Test
    void raisingATeamsLinkEpoch_revokesItsOldLinks_only() {
        String yaml = RepoFiles.read("config/oncall.example.yaml").replace("    name: SRE\n", "    name: SRE\n    linkEpoch: 2\n");
        OncallConfig bumped = ConfigLoader.parse("oncall.yaml", yaml);
        handler = new SchedulePageHandler(new SchedulePages(bumped, new EffectiveOnCall(changes), tokens, TeamHolidays.from(bumped)), clock);

        assertThat(invokePath("/calendar/sre.ics", "GET", Map.of("token", tokens.forTeam("sre", 1))).get("statusCode")).isEqualTo(404);
        assertThat(invokePath("/schedule/sre", "GET", Map.of("token", tokens.forTeam("sre", 1))).get("statusCode")).isEqualTo(404);
        assertThat(invokePath("/calendar/sre.ics", "GET", Map.of("token", tokens.forTeam("sre", 2))).get("statusCode")).isEqualTo(200);
        assertThat(invokePath("/schedule/sre", "GET", Map.of("token", tokens.forTeam("sre", 2))).get("statusCode")).isEqualTo(200);
    }

    @Test
    void anotherTeamsToken_doesNotOpenTheFeed() {
        Map<String, Object> response = invokePath("/calendar/sre.ics", "GET", Map.of("token", tokens.forTeam("web", 1)));

        assertThat(response.get("statusCode")).isEqualTo(404);
    }

    @Test
    void post_isRefused() {
        assertThat(invokePath("/schedule/sre", "POST", Map.of()).get("statusCode")).isEqualTo(405);
    }

    @ParameterizedTest(name = "weeks={0}")
    @CsvSource({"0", "27", "many", "-3"})
    void schedule_badWeeks_is400(String weeks) {
        Map<String, Object> response = invoke("schedule-page-html.json", Map.of("weeks", weeks));

        assertThat(response.get("statusCode")).isEqualTo(400);
        assertThat((String) response.get("body")).contains("weeks must be a whole number from 1 to 26");
    }

    @Test
    void schedule_withTheToken_showsPhones_theTimeline_overridesAndShading() throws IOException {
        changes.add(new OnCallOverride("ohol01", "sre", Layer.PRIMARY, "bob", Instant.parse("2026-12-28T15:00:00Z"),
                Instant.parse("2027-01-03T15:00:00Z"), "alice", NOW), "r1", "ok");

        Map<String, Object> response = invoke("schedule-page-html.json", Map.of("weeks", "6"));

        assertThat(response.get("statusCode")).isEqualTo(200);
        assertThat(headers(response)).containsEntry("cache-control", "no-store").containsEntry("referrer-policy", "no-referrer");
        String html = (String) response.get("body");
        assertThat(html).contains("<div class=\"who\">Carol Suzuki</div><div><a href=\"tel:+819034567890\">+819034567890</a></div>")
                .contains("<div class=\"who\">Alice Sato</div><div><a href=\"tel:+819012345678\">")
                .contains("<tr class=\"weekend\"><td>Sat 28 Nov</td>")
                .contains("<tr class=\"holiday\"><td>Thu 31 Dec <span class=\"tag\">年末年始休業</span></td>")
                .contains("<span class=\"tag\">元日</span>")
                .contains("<td>Mon 30 Nov</td><td>Carol Suzuki<br><span class=\"muted\">from 10:00</span> Dave Ito</td>")
                .contains("<span class=\"change\">Bob Tanaka <span class=\"tag\">override for Dave Ito</span></span>")
                .doesNotContain("Phone numbers are shown to holders");
    }

    @Test
    void calendar_ofATeamThatReadsJapanese_namesItsEventsInJapanese_andStaysValid() throws IOException {
        OncallConfig config = ConfigLoader.parse("oncall.yaml", RepoFiles.read("config/oncall.example.yaml")
                .replace("    # language: ja ", "    language: ja   "));
        changes.add(new OnCallOverride("ohol01", "sre", Layer.PRIMARY, "bob", Instant.parse("2026-12-28T15:00:00Z"),
                Instant.parse("2027-01-03T15:00:00Z"), "alice", NOW), "r1", "ok");
        handler = new SchedulePageHandler(new SchedulePages(config, new EffectiveOnCall(changes), tokens, TeamHolidays.from(config)), clock);

        String body = (String) invoke("schedule-page-calendar.json", Map.of()).get("body");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "calendar-ja.ics"), body, StandardCharsets.UTF_8);

        for (String line : body.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        List<List<ParseWarning>> warnings = new ArrayList<>();
        ICalendar ical = Biweekly.parse(body).warnings(warnings).first();
        assertThat(warnings).allSatisfy(w -> assertThat(w).isEmpty());
        assertThat(ical.validate(ICalVersion.V2_0).isEmpty()).as(ical.validate(ICalVersion.V2_0).toString()).isTrue();
        assertThat(ical.getExperimentalProperty("X-WR-CALNAME").getValue()).isEqualTo("SRE の当番");
        List<String> summaries = ical.getEvents().stream().map(e -> e.getSummary().getValue()).toList();
        assertThat(summaries).startsWith("当番（プライマリ）: Carol Suzuki", "当番（プライマリ）: Dave Ito")
                .contains("当番（セカンダリ）: Alice Sato")
                .containsOnlyOnce("当番（プライマリ）: Bob Tanaka（代理、Dave Itoの代わり）")
                .noneMatch(s -> s.startsWith("On call"));
        VEvent override = ical.getEvents().stream().filter(e -> e.getSummary().getValue().contains("代理")).findFirst().orElseThrow();
        assertThat(override.getDescription().getValue())
                .isEqualTo("SRE プライマリローテーション sre-primary、シフト 51。\nBob Tanakaが当番です（Dave Itoの代わり、代理 ohol01）。");
    }

    @Test
    void schedule_ofATeamThatReadsJapanese_isInJapanese_withJapaneseDates() {
        OncallConfig config = ConfigLoader.parse("oncall.yaml", RepoFiles.read("config/oncall.example.yaml")
                .replace("    # language: ja ", "    language: ja   "));
        changes.add(new OnCallOverride("ohol01", "sre", Layer.PRIMARY, "bob", Instant.parse("2026-12-28T15:00:00Z"),
                Instant.parse("2027-01-03T15:00:00Z"), "alice", NOW), "r1", "ok");
        handler = new SchedulePageHandler(new SchedulePages(config, new EffectiveOnCall(changes), tokens, TeamHolidays.from(config)), clock);

        String html = (String) invoke("schedule-page-html.json", Map.of("weeks", "6")).get("body");

        assertThat(html).startsWith("<!doctype html><html lang=\"ja\">")
                .contains("<title>SRE の当番</title>")
                .contains("<p class=\"muted\">時刻はAsia/Tokyo。11月25日(水) 15:00時点。</p>")
                .contains("<h2>現在の当番</h2>")
                .contains("<div class=\"muted\">プライマリ</div>")
                .contains("<tr class=\"weekend\"><td>11月28日(土)</td>")
                .contains("<tr class=\"holiday\"><td>12月31日(木) <span class=\"tag\">年末年始休業</span></td>")
                .contains("<td>11月30日(月)</td><td>Carol Suzuki<br><span class=\"muted\">10:00から</span> Dave Ito</td>")
                .contains("<span class=\"change\">Bob Tanaka <span class=\"tag\">代理（Dave Itoの代わり）</span></span>")
                .contains("<h2>今後6週間</h2>")
                .doesNotContain("On call now").doesNotContain("Sat 28 Nov");
    }

    @Test
    void schedule_carriesTheSecurityHeadersOfEveryPage() {
        Map<String, String> headers = headers(invoke("schedule-page-html.json", Map.of()));

        assertThat(headers.get("content-security-policy")).contains("default-src 'none'", "style-src 'unsafe-inline'", "frame-ancestors 'none'",
                "form-action 'none'").doesNotContain("script-src");
        assertThat(headers).containsEntry("x-content-type-options", "nosniff").containsEntry("referrer-policy", "no-referrer")
                .containsEntry("cache-control", "no-store");
    }

    @Test
    void schedule_escapesWhatItShows() {
        assertThat(HtmlText.escape("<script>\"a\" & 'b'</script>")).isEqualTo("&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;");
    }

    @Test
    void icsWriter_foldsLongLines_withoutSplittingCharacters_andEscapesText() {
        String out = new IcsWriter().text("SUMMARY", "当番".repeat(40) + "; a, b\\c\nd").toString();

        for (String line : out.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        String unfolded = out.replace("\r\n ", "");
        assertThat(unfolded).isEqualTo("SUMMARY:" + "当番".repeat(40) + "\\; a\\, b\\\\c\\nd\r\n");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> query(String event) {
        try {
            return (Map<String, String>) JSON.std.mapFrom(RepoFiles.read("events/" + event)).get("queryStringParameters");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> headers(Map<String, Object> response) {
        return (Map<String, String>) response.get("headers");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> invoke(String eventName, Map<String, String> extraQuery) {
        try {
            Map<String, Object> event = JSON.std.mapFrom(RepoFiles.read("events/" + eventName));
            Map<String, String> query = new HashMap<>((Map<String, String>) event.get("queryStringParameters"));
            query.putAll(extraQuery);
            event.put("queryStringParameters", query);
            return run(event);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> invokePath(String path, String method, Map<String, String> query) {
        try {
            Map<String, Object> event = JSON.std.mapFrom(RepoFiles.read("events/schedule-page-html.json"));
            event.put("rawPath", path);
            event.put("queryStringParameters", query);
            event.put("requestContext", Map.of("http", Map.of("method", method, "path", path)));
            return run(event);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> run(Map<String, Object> event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(JSON.std.asBytes(event)), out, null);
        return JSON.std.mapFrom(out.toByteArray());
    }
}
