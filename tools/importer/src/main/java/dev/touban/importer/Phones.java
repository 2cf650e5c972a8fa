package dev.touban.importer;

/** Phone numbers as the source tools give them, made E.164 when they can be: null otherwise. */
final class Phones {
    private static final String E164 = "\\+[1-9][0-9]{6,14}";

    private Phones() {}

    /** PagerDuty: a country calling code and a national number. */
    static String e164(long countryCode, String number) {
        String digits = number.replaceAll("[^0-9]", "");
        if (countryCode <= 0 || digits.isEmpty()) {
            return null;
        }
        if (number.strip().startsWith("+")) {
            return valid("+" + digits);
        }
        return valid("+" + countryCode + digits.replaceFirst("^0+", ""));
    }

    /** Opsgenie: "81-9012345678" (country code, dash, number) or a number with its plus. */
    static String e164(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        int dash = t.indexOf('-');
        if (!t.startsWith("+") && dash > 0 && dash <= 4) {
            return valid("+" + t.substring(0, dash).replaceAll("[^0-9]", "") + t.substring(dash + 1).replaceAll("[^0-9]", "").replaceFirst("^0+", ""));
        }
        return valid("+" + t.replaceAll("[^0-9]", ""));
    }

    private static String valid(String phone) {
        return phone.matches(E164) ? phone : null;
    }
}
