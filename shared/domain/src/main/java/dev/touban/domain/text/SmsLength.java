package dev.touban.domain.text;

/**
 * How many SMS segments a text costs. A text of GSM 03.38 characters only is sent 7 bits a
 * character (160 in one segment, 153 a segment once split; the extension characters such as
 * {@code €} and {@code [} count twice); any other character sends the whole text as UTF-16
 * (70 units in one segment, 67 a segment once split). One emoji thus halves what fits.
 */
public final class SmsLength {
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

    private SmsLength() {}

    public static boolean isGsm7(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) < 0 && GSM_EXTENSION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code head + middle + tail} where {@code middle} is cut ({@link CleanText#cut}, marked
     * {@code ...}, which keeps a text GSM) to at most {@code maxMiddle} and as much more as keeps
     * the whole within {@code maxSegments}; head and tail are kept whole.
     */
    public static String fit(String head, String middle, String tail, int maxMiddle, int maxSegments) {
        String best = CleanText.cut(middle, 3, "...");
        int low = 3;
        int high = maxMiddle;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            String cut = CleanText.cut(middle, mid, "...");
            if (segments(head + cut + tail) <= maxSegments) {
                best = cut;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return head + best + tail;
    }

    public static int segments(String text) {
        if (isGsm7(text)) {
            int septets = 0;
            for (int i = 0; i < text.length(); i++) {
                septets += GSM_EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
            }
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }
        return text.length() <= 70 ? 1 : (text.length() + 66) / 67;
    }
}
