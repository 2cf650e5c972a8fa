package dev.touban.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touban.sync.google.GoogleAccessTokens;
import dev.touban.sync.google.GoogleApiException;
import dev.touban.sync.google.GoogleSheets;
import dev.touban.sync.google.ServiceAccountKey;
import dev.touban.sync.report.Column;
import dev.touban.sync.report.Table;
import dev.touban.testing.MutableClock;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GoogleSheetsTest {
    private static final List<Table> TABLES = List.of(
            new Table("Summary", "summary", List.of(new Column("Member", Column.Kind.TEXT, 10), new Column("Comp days", Column.Kind.DECIMAL, 10)),
                    List.of(List.of("alice", new BigDecimal("4.00")), List.of("=HYPERLINK(\"x\")", new BigDecimal("0.50")))),
            new Table("Comp days", "comp-days", List.of(new Column("Date", Column.Kind.DATE, 12), new Column("At", Column.Kind.DATETIME, 12)),
                    List.of(List.of(LocalDate.of(2026, 11, 21), LocalDateTime.of(2026, 11, 21, 12, 0)))));

    private final TestKeys keys = new TestKeys();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));
    private MockWebServer server;
    private FakeGoogle google;
    private GoogleSheets sheets;

    @BeforeEach
    void setUp() throws Exception {
        google = new FakeGoogle(keys.pair.getPublic(), TestKeys.CLIENT_EMAIL);
        server = new MockWebServer();
        server.setDispatcher(google);
        server.start();
        ServiceAccountKey key = ServiceAccountKey.parse(keys.json(server.url("/token").toString()));
        sheets = new GoogleSheets(URI.create(server.url("/").toString()), new GoogleAccessTokens(key, clock));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void writeTab_googleBusyOrDown_isTriedAgain_afterItsRetryAfterOrABackoff() {
        List<java.time.Duration> waits = new ArrayList<>();
        ServiceAccountKey key = ServiceAccountKey.parse(keys.json(server.url("/token").toString()));
        GoogleSheets patient = new GoogleSheets(URI.create(server.url("/").toString()), new GoogleAccessTokens(key, clock), waits::add);
        google.outages.add(new int[] {503, -1});
        google.outages.add(new int[] {429, 4});

        patient.writeTab("1TestSheetAbCdEfGh", "2026-11", TABLES);

        assertThat(waits).containsExactly(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(4));
        assertThat(google.tabs).containsKey("2026-11");
    }

    @Test
    void writeTab_googleDownForEveryAttempt_failsAfterThree_andARefusalFailsAtOnce() {
        List<java.time.Duration> waits = new ArrayList<>();
        ServiceAccountKey key = ServiceAccountKey.parse(keys.json(server.url("/token").toString()));
        GoogleSheets patient = new GoogleSheets(URI.create(server.url("/").toString()), new GoogleAccessTokens(key, clock), waits::add);
        for (int i = 0; i < 3; i++) {
            google.outages.add(new int[] {500, -1});
        }
        google.outages.add(new int[] {403, -1});

        assertThatThrownBy(() -> patient.writeTab("1TestSheetAbCdEfGh", "2026-11", TABLES)).isInstanceOf(GoogleApiException.class)
                .hasMessageContaining("500");
        assertThatThrownBy(() -> patient.writeTab("1TestSheetAbCdEfGh", "2026-11", TABLES)).isInstanceOf(GoogleApiException.class)
                .hasMessageContaining("403");
        assertThat(waits).containsExactly(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(2));
    }

    @Test
    void writeTab_firstRun_exchangesASignedJwt_addsTheMonthsTab_andWritesTheTables() {
        sheets.writeTab("1TestSheetAbCdEfGh", "2026-11", TABLES);

        assertThat(google.calls).extracting(c -> c.method() + " " + c.path()).containsExactly(
                "POST /token",
                "GET /v4/spreadsheets/1TestSheetAbCdEfGh?fields=sheets.properties%28sheetId%2Ctitle%29",
                "POST /v4/spreadsheets/1TestSheetAbCdEfGh:batchUpdate",
                "POST /v4/spreadsheets/1TestSheetAbCdEfGh:batchUpdate");
        assertThat(google.claims.getFirst()).containsEntry("iss", TestKeys.CLIENT_EMAIL)
                .containsEntry("scope", "https://www.googleapis.com/auth/spreadsheets")
                .containsEntry("aud", server.url("/token").toString())
                .containsEntry("iat", 1796083200).containsEntry("exp", 1796086800);
        assertThat(google.calls.get(2).body()).isEqualTo("{\"requests\":[{\"addSheet\":{\"properties\":{\"title\":\"2026-11\"}}}]}");
        assertThat(google.calls.subList(1, 4)).allSatisfy(c -> assertThat(c.authorization()).isEqualTo("Bearer ya29.test-1"));
        assertThat(google.tab("2026-11")).containsExactly(
                List.of("Summary"),
                List.of("Member", "Comp days"),
                List.of("alice", 4.0),
                // text stays text: a summary that looks like a formula is never run
                List.of("=HYPERLINK(\"x\")", 0.5),
                List.of(),
                List.of("Comp days"),
                List.of("Date", "At"),
                List.of(46347, 46347.5),
                List.of());
        assertThat(google.calls.get(3).body()).contains("\"stringValue\":\"=HYPERLINK(\\\"x\\\")\"")
                .contains("{\"type\":\"DATE\",\"pattern\":\"yyyy-mm-dd\"}")
                .contains("\"gridProperties\":{\"rowCount\":9,\"columnCount\":2}");
    }

    @Test
    void writeTab_again_findsTheTab_replacesItsCells_andReusesTheToken() {
        sheets.writeTab("1TestSheetAbCdEfGh", "2026-11", TABLES);
        List<List<Object>> first = new ArrayList<>(google.tab("2026-11"));
        google.calls.clear();

        sheets.writeTab("1TestSheetAbCdEfGh", "2026-11", TABLES);

        assertThat(google.calls).extracting(c -> c.method() + " " + c.path().replaceAll("\\?.*", "")).containsExactly(
                "GET /v4/spreadsheets/1TestSheetAbCdEfGh",
                "POST /v4/spreadsheets/1TestSheetAbCdEfGh:batchUpdate");
        assertThat(google.tabs).containsOnlyKeys("Sheet1", "2026-11");
        assertThat(google.tab("2026-11")).isEqualTo(first);
    }

    @Test
    void writeTab_tokenNearExpiry_isRenewed() {
        sheets.writeTab("1TestSheetAbCdEfGh", "2026-11", TABLES);
        clock.advance(java.time.Duration.ofMinutes(59));

        sheets.writeTab("1TestSheetAbCdEfGh", "2026-11", TABLES);

        assertThat(google.claims).hasSize(2);
        assertThat(google.calls.getLast().authorization()).isEqualTo("Bearer ya29.test-2");
    }

    @Test
    void writeTab_twoRunsAtOnce_endWithOneTab() {
        CompletableFuture<Long> a = CompletableFuture.supplyAsync(() -> sheets.writeTab("1TestSheetAbCdEfGh", "2026-10", TABLES));
        CompletableFuture<Long> b = CompletableFuture.supplyAsync(() -> sheets.writeTab("1TestSheetAbCdEfGh", "2026-10", TABLES));

        assertThat(a.join()).isEqualTo(b.join());
        assertThat(google.tabs).containsOnlyKeys("Sheet1", "2026-10");
        assertThat(google.tab("2026-10")).hasSize(9);
    }

    @Test
    void writeTab_keyTheTokenEndpointRefuses_failsNamingTheCall_withoutTheKey() throws Exception {
        TestKeys other = new TestKeys();
        ServiceAccountKey wrong = ServiceAccountKey.parse(other.json(server.url("/token").toString()));
        GoogleSheets withWrongKey = new GoogleSheets(URI.create(server.url("/").toString()), new GoogleAccessTokens(wrong, clock));

        assertThatThrownBy(() -> withWrongKey.writeTab("1TestSheetAbCdEfGh", "2026-11", TABLES))
                .isInstanceOf(GoogleApiException.class)
                .hasMessageContaining("Google token failed: HTTP 400")
                .hasMessageNotContaining("PRIVATE KEY");
        assertThat(google.tabs).containsOnlyKeys("Sheet1");
    }

    @Test
    void serviceAccountKey_thatIsNotOne_isRefusedClearly() {
        assertThatThrownBy(() -> ServiceAccountKey.parse("{\"type\":\"authorized_user\"}"))
                .hasMessage("the key's type is authorized_user, not service_account");
        assertThatThrownBy(() -> ServiceAccountKey.parse("not json")).hasMessage("the service account key is not JSON");
        assertThat(ServiceAccountKey.parse(keys.json("https://oauth2.googleapis.com/token")).toString())
                .isEqualTo("ServiceAccountKey[" + TestKeys.CLIENT_EMAIL + "]");
    }
}
