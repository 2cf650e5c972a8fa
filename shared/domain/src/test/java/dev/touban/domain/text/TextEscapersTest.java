package dev.touban.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextEscapersTest {
    private static final String HOSTILE = "<!channel> <https://evil.example|Runbook> Tom & Jerry *bold* \uD800 <script>\"x\"'y'</script>";

    @Test
    void slackText_escapesSlacksControlCharacters_andRepairsLoneSurrogates() {
        assertThat(SlackText.escape(HOSTILE)).isEqualTo("&lt;!channel&gt; &lt;https://evil.example|Runbook&gt; Tom &amp; Jerry *bold* \uFFFD "
                + "&lt;script&gt;\"x\"'y'&lt;/script&gt;");
        assertThat(SlackText.escape(null)).isEmpty();
    }

    @Test
    void slackTarget_keepsAPagedChannelAMention_andEscapesEverythingElse() {
        assertThat(SlackText.target("<#C0ONCALL>")).isEqualTo("<#C0ONCALL>");
        assertThat(SlackText.target("Alice Sato")).isEqualTo("Alice Sato");
        assertThat(SlackText.target("<!channel>")).isEqualTo("&lt;!channel&gt;");
        assertThat(SlackText.target("<#C0ONCALL|x> <!here>")).isEqualTo("&lt;#C0ONCALL|x&gt; &lt;!here&gt;");
        assertThat(SlackText.target("<#C0ONCALL><!here>")).isEqualTo("&lt;#C0ONCALL&gt;&lt;!here&gt;");
        assertThat(SlackText.target("<@U01ALICE>")).isEqualTo("&lt;@U01ALICE&gt;");
        assertThat(SlackText.target(null)).isEmpty();
    }

    @Test
    void htmlText_escapesMarkupAndQuotes_andRepairsLoneSurrogates() {
        assertThat(HtmlText.escape(HOSTILE)).isEqualTo("&lt;!channel&gt; &lt;https://evil.example|Runbook&gt; Tom &amp; Jerry *bold* \uFFFD "
                + "&lt;script&gt;&quot;x&quot;&#39;y&#39;&lt;/script&gt;");
        assertThat(HtmlText.escape(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"https://evil.example\")", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"})
    void cellText_prefixesWhatASpreadsheetWouldRun(String cell) {
        assertThat(CellText.defuse(cell)).isEqualTo("'" + cell);
    }

    @Test
    void cellText_leavesPlainTextAlone_andRepairsLoneSurrogates() {
        assertThat(CellText.defuse("Disk full = bad")).isEqualTo("Disk full = bad");
        assertThat(CellText.defuse("a\uDC00b")).isEqualTo("a\uFFFDb");
        assertThat(CellText.defuse("\uD83D\uDE00 ok")).isEqualTo("\uD83D\uDE00 ok");
        assertThat(CellText.defuse(null)).isNull();
        assertThat(CellText.defuse("")).isEmpty();
    }
}
