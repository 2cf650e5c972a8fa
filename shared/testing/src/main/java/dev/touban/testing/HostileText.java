package dev.touban.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Text an attacker controls (an alert summary, a User-Agent, a check-in note, a name), and the
 * checks that it came out inert in each output format. Every message builder's test feeds
 * {@link #ALL} through it and checks the result with the assertion for its format.
 */
public final class HostileText {
    public static final List<String> SAMPLES = List.of(
            "<!channel>", "<!here|here>", "<@U0EVIL>", "<#C0EVIL>", "<https://evil.example|Runbook>", "Tom & Jerry &amp;",
            "*bold* _it_ ~gone~ `code`", "lone \uD800 surrogate \uDC00", "=HYPERLINK(\"https://evil.example\",\"x\")",
            "<script>alert(1)</script>", "\" onmouseover=\"alert(1)", "'; DROP", "\u202Egnp.exe", "line\r\nbreak");
    /** All samples in one string, as one field would carry them. */
    public static final String ALL = String.join(" ", SAMPLES);
    /** Shorter, for fields with small limits (a User-Agent, a note): the samples that would act if they survived. */
    public static final String SHORT = "<!channel> <https://evil.example|Runbook> & *b* <script>";

    private static final Pattern BARE_AMPERSAND = Pattern.compile("&(?!amp;|lt;|gt;|quot;|#39;)");

    /** What a roster can hold (oncall.yaml is text): markup in member and team names. */
    public static final String ROSTER_NAME = "<!channel> <https://evil.example|Runbook> & *b* <script>x</script> \" onmouseover=\"y";

    private HostileText() {}

    /**
     * The example roster with Alice's and SRE's names replaced by {@link #ROSTER_NAME}, written
     * to {@code dir}; the path of the file.
     */
    public static Path hostileRoster(Path dir) {
        String quoted = "\"" + ROSTER_NAME.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        String yaml = RepoFiles.read("config/oncall.example.yaml").replace("name: Alice Sato", "name: " + quoted)
                .replace("name: SRE\n", "name: " + quoted + "\n");
        Path file = dir.resolve("oncall.hostile.yaml");
        try {
            Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Slack mrkdwn (a text, or every string of a Block Kit structure but plain_text objects,
     * which Slack shows as they are): no mention, broadcast, link, or unescaped &amp;.
     */
    public static void assertInertMrkdwn(Object message) {
        for (String s : strings(message, true)) {
            for (String active : List.of("<!channel", "<!here", "<!everyone", "<@U0EVIL", "<#C0EVIL", "<https://evil", "<script", "<http://evil")) {
                assertFalse(s.contains(active), () -> "active mrkdwn " + active + " in: " + s);
            }
            assertFalse(BARE_AMPERSAND.matcher(s).find(), () -> "an unescaped & in: " + s);
            assertValidUtf16(s);
        }
    }

    /** HTML: no element or attribute can come from the text; no unescaped quote or &amp;. */
    public static void assertInertHtml(String html, String hostileShownAs) {
        for (String active : List.of("<script", "<!channel", "<https://evil", "\" onmouseover=")) {
            assertFalse(html.contains(active), () -> "active HTML " + active + " in: " + html);
        }
        assertTrue(html.contains(hostileShownAs), () -> "the text, escaped as " + hostileShownAs + ", is not in: " + html);
        assertValidUtf16(html);
    }

    /** A spreadsheet cell: nothing a spreadsheet would run as a formula. */
    public static void assertInertCell(String cell) {
        if (!cell.isEmpty()) {
            assertTrue("=+-@\t\r".indexOf(cell.charAt(0)) < 0, () -> "a cell starting like a formula: " + cell);
        }
        assertValidUtf16(cell);
    }

    public static void assertValidUtf16(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else {
                int at = i;
                assertFalse(Character.isSurrogate(c), () -> "a lone surrogate at " + at + " in: " + s);
            }
        }
    }

    /** Every string inside a structure of maps and lists (a Slack message and its blocks). */
    public static List<String> strings(Object o) {
        return strings(o, false);
    }

    private static List<String> strings(Object o, boolean skipPlainText) {
        List<String> out = new ArrayList<>();
        collect(o, out, skipPlainText);
        return out;
    }

    private static void collect(Object o, List<String> out, boolean skipPlainText) {
        switch (o) {
            case null -> { }
            case String s -> out.add(s);
            case Map<?, ?> m when skipPlainText && "plain_text".equals(m.get("type")) -> { }
            case Map<?, ?> m -> m.values().forEach(v -> collect(v, out, skipPlainText));
            case Iterable<?> l -> l.forEach(v -> collect(v, out, skipPlainText));
            default -> { }
        }
    }
}
