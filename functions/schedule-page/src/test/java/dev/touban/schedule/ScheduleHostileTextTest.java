package dev.touban.schedule;

import static dev.touban.testing.HostileText.ALL;
import static dev.touban.testing.HostileText.assertInertHtml;
import static dev.touban.testing.HostileText.assertValidUtf16;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoScheduleChangeStore;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.holiday.TeamHolidays;
import dev.touban.domain.links.TeamToken;
import dev.touban.domain.rotation.EffectiveOnCall;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.HostileText;
import dev.touban.testing.MutableClock;
import dev.touban.testing.RepoFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A roster whose names carry markup: the schedule page shows it as text and the calendar as one TEXT value each. */
@ExtendWith(EmulatorExtension.class)
class ScheduleHostileTextTest {
    private static final Instant NOW = Instant.parse("2026-11-25T06:00:00Z");
    private final TeamToken tokens = new TeamToken("touban-local-calendar-key");

    @Test
    void hostileNames_onTheSchedulePage_andInTheCalendar_areInert(Emulated aws, @TempDir Path dir) throws Exception {
        OncallConfig config = ConfigLoader.fromFile(HostileText.hostileRoster(dir));
        DynamoScheduleChangeStore changes = new DynamoScheduleChangeStore(
                new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region())).dynamoDb(), aws.tableName());
        SchedulePageHandler handler = new SchedulePageHandler(
                new SchedulePages(config, new EffectiveOnCall(changes), tokens, TeamHolidays.from(config)), new MutableClock(NOW));

        Map<String, Object> page = get(handler, "/schedule/sre", tokens.forTeam("sre", 1));
        Map<String, Object> calendar = get(handler, "/calendar/sre.ics", tokens.forTeam("sre", 1));

        assertThat(page.get("statusCode")).isEqualTo(200);
        assertInertHtml((String) page.get("body"), "&lt;!channel&gt; &lt;https://evil.example|Runbook&gt; &amp; *b* &lt;script&gt;");
        assertThat(calendar.get("statusCode")).isEqualTo(200);
        String ics = (String) calendar.get("body");
        ICalendar parsed = Biweekly.parse(ics).first();
        assertThat(parsed.getEvents()).anySatisfy(e -> assertThat(e.getSummary().getValue()).contains(HostileText.ROSTER_NAME));
    }

    @Test
    void icsText_keepsHostileTextInOneEscapedValue() {
        String out = new IcsWriter().text("SUMMARY", ALL).toString().replace("\r\n ", "");

        assertThat(out).endsWith("\r\n");
        assertThat(out.substring(0, out.length() - 2)).doesNotContain("\r", "\n").startsWith("SUMMARY:");
        assertThat(out).contains("\\;", "\\,", "\\n");
        assertValidUtf16(out);
    }

    private static Map<String, Object> get(SchedulePageHandler handler, String path, String token) throws Exception {
        Map<String, Object> event = JSON.std.mapFrom(RepoFiles.read("events/schedule-page-html.json"));
        event.put("rawPath", path);
        event.put("queryStringParameters", Map.of("token", token));
        event.put("requestContext", Map.of("http", Map.of("method", "GET", "path", path)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(JSON.std.asBytes(event)), out, null);
        return JSON.std.mapFrom(out.toByteArray());
    }
}
