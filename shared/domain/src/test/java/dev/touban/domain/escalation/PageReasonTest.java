package dev.touban.domain.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.language.Language;
import org.junit.jupiter.api.Test;

class PageReasonTest {
    @Test
    void theStoredReason_isSaidInTheReadersLanguage() {
        assertThat(PageReason.headline(Language.EN, PageReason.onCall("sre-primary"))).isEqualTo("You are paged (on call in sre-primary)");
        assertThat(PageReason.headline(Language.JA, PageReason.onCall("sre-primary"))).isEqualTo("あなたを呼び出しています（sre-primary の当番）");
        assertThat(PageReason.headline(Language.EN, PageReason.NAMED)).isEqualTo("You are paged (named in the policy)");
        assertThat(PageReason.headline(Language.JA, PageReason.NAMED)).isEqualTo("あなたを呼び出しています（エスカレーションポリシーで指名）");
    }

    @Test
    void aReasonOfAnotherForm_isShownAsStored() {
        assertThat(PageReason.headline(Language.JA, "asked by Alice")).isEqualTo("あなたを呼び出しています（asked by Alice）");
        assertThat(PageReason.headline(Language.EN, "on call in ")).isEqualTo("You are paged (on call in )");
        assertThat(PageReason.headline(Language.EN, null)).isEqualTo("You are paged ()");
    }

    @Test
    void theRecipientsOfAPolicy_writeTheReasonsItReads() {
        assertThat(PageReason.onCall("sre-primary")).isEqualTo("on call in sre-primary");
        assertThat(new Target.OnCall("sre-primary", "sre", null, java.util.List.of()).describe()).isEqualTo(PageReason.onCall("sre-primary"));
    }
}
