package dev.touban.sync.google;

import dev.touban.sync.report.Table;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the report's tables into one tab of a Google Sheet through the Sheets API v4, as
 * plain HTTPS. The tab is found by its title or added; then one batchUpdate resizes it,
 * clears it and writes every table below the other, so running a month again leaves the same
 * tab with the same cells and nothing appended. Dates are written as date serials with a
 * date format, text as text (never a formula).
 */
public final class GoogleSheets {
    public static final URI SHEETS = URI.create("https://sheets.googleapis.com/");
    private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);

    /** Waits between attempts of a Google call; {@link Thread#sleep} in production, a recorder in tests. */
    public interface Sleeper {
        void sleep(java.time.Duration duration) throws InterruptedException;

        Sleeper REAL = d -> Thread.sleep(d.toMillis());
    }

    private final URI base;
    private final GoogleAccessTokens tokens;
    private final Sleeper sleeper;

    public GoogleSheets(URI base, GoogleAccessTokens tokens) {
        this(base, tokens, Sleeper.REAL);
    }

    /** {@code sleeper} waits between attempts of a call that failed for a passing reason (tests record the waits). */
    public GoogleSheets(URI base, GoogleAccessTokens tokens, Sleeper sleeper) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.tokens = tokens;
        this.sleeper = sleeper;
    }

    /** Makes tab {@code title} hold exactly {@code tables}; returns the tab's sheet id. */
    public long writeTab(String spreadsheetId, String title, List<Table> tables) {
        long sheetId = findTab(spreadsheetId, title).orElseGet(() -> addTab(spreadsheetId, title));
        List<Map<String, Object>> rows = new ArrayList<>();
        int columns = 1;
        for (Table table : tables) {
            rows.add(row(List.of(cell(table.name(), true))));
            List<Map<String, Object>> header = new ArrayList<>();
            table.columns().forEach(c -> header.add(cell(c.title(), true)));
            rows.add(row(header));
            for (List<Object> r : table.rows()) {
                List<Map<String, Object>> cells = new ArrayList<>();
                r.forEach(v -> cells.add(cell(v, false)));
                rows.add(row(cells));
            }
            rows.add(row(List.of()));
            columns = Math.max(columns, table.columns().size());
        }
        Map<String, Object> resize = m("updateSheetProperties", m(
                "properties", m("sheetId", sheetId, "gridProperties", m("rowCount", rows.size(), "columnCount", columns)),
                "fields", "gridProperties(rowCount,columnCount)"));
        Map<String, Object> clear = m("updateCells", m("range", m("sheetId", sheetId), "fields", "*"));
        Map<String, Object> write = m("updateCells", m(
                "start", m("sheetId", sheetId, "rowIndex", 0, "columnIndex", 0),
                "rows", rows,
                "fields", "userEnteredValue,userEnteredFormat(numberFormat,textFormat)"));
        Map<String, Object> widths = m("autoResizeDimensions", m("dimensions",
                m("sheetId", sheetId, "dimension", "COLUMNS", "startIndex", 0, "endIndex", columns)));
        batchUpdate(spreadsheetId, List.of(resize, clear, write, widths));
        return sheetId;
    }

    private Optional<Long> findTab(String spreadsheetId, String title) {
        URI uri = base.resolve("v4/spreadsheets/" + enc(spreadsheetId) + "?fields=" + enc("sheets.properties(sheetId,title)"));
        Map<String, Object> answer = JsonHttp.call("spreadsheets.get", "GET", uri, tokens.token(), null, null, sleeper);
        if (answer.get("sheets") instanceof List<?> sheets) {
            for (Object s : sheets) {
                if (s instanceof Map<?, ?> sheet && sheet.get("properties") instanceof Map<?, ?> p
                        && title.equals(p.get("title")) && p.get("sheetId") instanceof Number id) {
                    return Optional.of(id.longValue());
                }
            }
        }
        return Optional.empty();
    }

    private long addTab(String spreadsheetId, String title) {
        try {
            Map<String, Object> answer = batchUpdate(spreadsheetId,
                    List.of(m("addSheet", m("properties", m("title", title)))));
            if (answer.get("replies") instanceof List<?> replies && !replies.isEmpty() && replies.getFirst() instanceof Map<?, ?> reply
                    && reply.get("addSheet") instanceof Map<?, ?> added && added.get("properties") instanceof Map<?, ?> p
                    && p.get("sheetId") instanceof Number id) {
                return id.longValue();
            }
            throw new GoogleApiException("addSheet", 200, "no sheetId in the answer");
        } catch (GoogleApiException e) {
            // Another run added the same tab in the meantime: use theirs.
            if (e.status() == 400) {
                return findTab(spreadsheetId, title).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    private Map<String, Object> batchUpdate(String spreadsheetId, List<Map<String, Object>> requests) {
        URI uri = base.resolve("v4/spreadsheets/" + enc(spreadsheetId) + ":batchUpdate");
        return JsonHttp.call("spreadsheets.batchUpdate", "POST", uri, tokens.token(), "application/json; charset=utf-8",
                JsonHttp.json(m("requests", requests)), sleeper);
    }

    private static Map<String, Object> row(List<Map<String, Object>> cells) {
        return m("values", cells);
    }

    static Map<String, Object> cell(Object value, boolean bold) {
        Map<String, Object> cell = new LinkedHashMap<>();
        Map<String, Object> format = new LinkedHashMap<>();
        switch (value) {
            case null -> { }
            case String s -> cell.put("userEnteredValue", m("stringValue", s));
            case LocalDate d -> {
                cell.put("userEnteredValue", m("numberValue", ChronoUnit.DAYS.between(SERIAL_EPOCH, d)));
                format.put("numberFormat", m("type", "DATE", "pattern", "yyyy-mm-dd"));
            }
            case LocalDateTime t -> {
                double serial = ChronoUnit.DAYS.between(SERIAL_EPOCH, t.toLocalDate()) + t.toLocalTime().toSecondOfDay() / 86400.0;
                cell.put("userEnteredValue", m("numberValue", serial));
                format.put("numberFormat", m("type", "DATE_TIME", "pattern", "yyyy-mm-dd hh:mm"));
            }
            case BigDecimal d -> {
                cell.put("userEnteredValue", m("numberValue", d));
                format.put("numberFormat", m("type", "NUMBER", "pattern", "0.00"));
            }
            case Number n -> cell.put("userEnteredValue", m("numberValue", n));
            default -> cell.put("userEnteredValue", m("stringValue", value.toString()));
        }
        if (bold) {
            format.put("textFormat", m("bold", true));
        }
        if (!format.isEmpty()) {
            cell.put("userEnteredFormat", format);
        }
        return cell;
    }

    /** An ordered map, so request bodies are byte-for-byte the same for the same tables. */
    private static Map<String, Object> m(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
