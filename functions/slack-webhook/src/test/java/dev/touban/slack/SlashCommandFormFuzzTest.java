package dev.touban.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Any slash-command body: {@link SlashCommandForm} reads it into a form whose ids have the
 * shapes Slack gives them, or refuses it with a {@link SlashCommandForm.BadForm}, never
 * another exception. Inputs: {@code SlashCommandFormFuzzTestInputs/} (the bodies of the
 * sample command events).
 */
class SlashCommandFormFuzzTest {

    @FuzzTest
    void anyBody_readsIntoACheckedForm_orIsABadForm(byte[] input) {
        String body = new String(input, StandardCharsets.UTF_8);
        SlashCommandForm form;
        try {
            Map<String, String> fields = SlashCommandForm.decode(body);
            form = SlashCommandForm.parse(fields);
            assertThat(form.text()).isEqualTo(fields.getOrDefault("text", ""));
        } catch (SlashCommandForm.BadForm refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        assertThat(form.command()).matches("/[a-z0-9_-]{1,31}");
        assertThat(form.userId()).matches("[UW][A-Z0-9]{2,20}");
        assertThat(form.channelId()).matches("[CDG][A-Z0-9]{2,20}");
        assertThat(form.teamId()).matches("[TE][A-Z0-9]{2,20}");
        assertThat(form.responseUrl()).matches("https?://[\\x21-\\x7E]+");
    }
}
