package dev.touban.domain.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    @ParameterizedTest(name = "{0}")
    @EnumSource(Msg.class)
    void everyMessage_existsInEveryLanguage_withTheSamePlaceholders(Msg key) {
        Set<String> english = placeholders(Messages.template(Language.EN, key));
        for (Language language : Language.values()) {
            String text = Messages.template(language, key);
            assertThat(text).as("%s in %s", key, language).isNotBlank();
            assertThat(placeholders(text)).as("placeholders of %s in %s", key, language).isEqualTo(english);
            // Braces only ever open a named placeholder: a stray one would swallow text.
            assertThat(text.chars().filter(c -> c == '{').count()).as("%s in %s", key, language)
                    .isEqualTo(text.chars().filter(c -> c == '}').count());
        }
    }

    @Test
    void japanese_isAnotherText_notACopyOfTheEnglish() {
        long copies = Arrays.stream(Msg.values())
                .filter(k -> Messages.template(Language.JA, k).equals(Messages.template(Language.EN, k))).count();
        assertThat(copies).isZero();
    }

    @Test
    void say_fillsNamedPlaceholders_inTheReadersLanguage() {
        assertThat(Messages.say(Language.EN, Msg.INCIDENT_NONE, "number", 42)).isEqualTo("There is no incident #42.");
        assertThat(Messages.say(Language.JA, Msg.INCIDENT_NONE, "number", 42)).isEqualTo("インシデント #42 はありません。");
    }

    @Test
    void say_putsValuesInAsGiven_neverReadingPlaceholdersInThem() {
        assertThat(Messages.say(Language.EN, Msg.NO_ROTATION, "team", "{team} & <b>"))
                .isEqualTo("{team} & <b> has no rotation in oncall.yaml yet.");
    }

    @Test
    void say_refusesAMissingValue_andAValueForNoPlaceholder() {
        assertThatThrownBy(() -> Messages.say(Language.EN, Msg.INCIDENT_NONE)).hasMessageContaining("{number}");
        assertThatThrownBy(() -> Messages.say(Language.EN, Msg.INCIDENT_NONE, "number", 1, "team", "x"))
                .hasMessageContaining("{team}");
        assertThatThrownBy(() -> Messages.say(Language.EN, Msg.INCIDENT_NONE, "number")).hasMessageContaining("pairs");
    }

    @Test
    void ofCode_readsTheConfigCodes_andNothingElse() {
        assertThat(Language.ofCode("ja")).contains(Language.JA);
        assertThat(Language.ofCode(" EN ")).contains(Language.EN);
        assertThat(Language.ofCode("jp")).isEmpty();
        assertThat(Language.ofCode(null)).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
