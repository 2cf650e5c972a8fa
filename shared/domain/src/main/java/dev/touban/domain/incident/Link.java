package dev.touban.domain.incident;

import dev.touban.domain.text.CleanText;

/** A link an alert carries (a dashboard, a runbook); its texts are clean and bounded as {@link Alert}'s are. */
public record Link(String href, String text) {
    public static final int MAX_HREF = 2048;
    public static final int MAX_TEXT = 256;

    public Link {
        href = CleanText.line(href, MAX_HREF);
        text = CleanText.line(text, MAX_TEXT);
    }
}
