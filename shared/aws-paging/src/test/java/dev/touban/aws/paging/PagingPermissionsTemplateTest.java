package dev.touban.aws.paging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.testing.RepoFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What template.yaml lets the paging functions send: SMS from the origination identity only, and nothing on every resource. */
class PagingPermissionsTemplateTest {
    private static final List<String> LINES = RepoFiles.read("template.yaml").lines().map(String::strip).toList();

    @Test
    void smsMayBeSentFromTheOriginationIdentityOnly_byTheIntakeAndTheEscalationStep() {
        List<String> granted = new ArrayList<>();
        for (int i = 0; i < LINES.size(); i++) {
            if (LINES.get(i).equals("Action: sms-voice:SendTextMessage")) {
                granted.add(LINES.get(i - 2) + " " + LINES.get(i + 1));
            }
        }

        assertThat(granted).containsExactly(
                "- Sid: TextTheAnswerToAnSmsReply Resource: !Ref SmsOriginationIdentity",
                "- Sid: SmsPagesFromTheOriginationIdentity Resource: !Ref SmsOriginationIdentity");
    }

    /** Functions held sns:Publish on "*", so anything they ran could text any number or publish to any topic. */
    @Test
    void noStatementGrantsAnActionOnEveryResource() {
        assertThat(LINES).noneMatch(l -> l.replace(" ", "").equals("Resource:\"*\"") || l.replace(" ", "").equals("Resource:'*'"));
        assertThat(LINES).noneMatch(l -> l.equals("- \"*\""));
    }
}
