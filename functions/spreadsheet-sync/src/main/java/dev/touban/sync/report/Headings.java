package dev.touban.sync.report;

import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.sync.report.Column.Kind;

/**
 * Sheet names and column headers in the workbook's language (docs/spreadsheet-export.md). They
 * are catalogue texts, with zone ids and dates as values; cell text is made safe where it is
 * written (CellText, in the XLSX and CSV writers), so nothing is escaped here.
 */
record Headings(Language language) {

    String say(Msg key, Object... namesAndValues) {
        return Messages.say(language, key, namesAndValues);
    }

    Column column(Msg key, Kind kind, double width, Object... namesAndValues) {
        return new Column(say(key, namesAndValues), kind, width);
    }

    Column member() {
        return column(Msg.COL_MEMBER, Kind.TEXT, 12);
    }

    Column name() {
        return column(Msg.COL_NAME, Kind.TEXT, 20);
    }

    /** A column of times in the team's zone, which its header names. */
    Column zoned(Msg key, double width, Object zone) {
        return column(key, Kind.DATETIME, width, "zone", zone);
    }
}
