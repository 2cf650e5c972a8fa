package dev.touban.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SnsSubjectTest {
    @Test
    void anythingButPrintableAscii_becomesOneSpace_andALongSubjectIsCutWithThreeDots() {
        assertThat(SnsSubject.of("SRE\tprimary  handoff:\n佐藤 アリス on call")).isEqualTo("SRE primary handoff: on call");
        assertThat(SnsSubject.of("x".repeat(150))).hasSize(99).endsWith("...");
        assertThat(SnsSubject.of("x".repeat(99))).isEqualTo("x".repeat(99));
    }

    @Test
    void aNameSnsCannotShow_isReplacedByTheFallback() {
        assertThat(SnsSubject.name("Alice Sato", "alice")).isEqualTo("Alice Sato");
        assertThat(SnsSubject.name("佐藤 アリス", "alice")).isEqualTo("alice");
        assertThat(SnsSubject.name("Zoë", "zoe")).isEqualTo("zoe");
    }

    /** SNS refuses a subject that is not printable ASCII or is 100 characters or more; the emulator accepts any, so the rule is tested here. */
    @Property(tries = 1000)
    void anySubject_meetsSnsRules_andCleaningTwiceChangesNothing(@ForAll String text) {
        String subject = SnsSubject.of(text);

        assertThat(subject.length()).isLessThan(100);
        assertThat(subject.chars()).allMatch(c -> c >= 0x20 && c < 0x7f);
        assertThat(SnsSubject.of(subject)).isEqualTo(subject);
    }
}
