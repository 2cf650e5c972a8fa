package dev.touban.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.MutableClock;
import dev.touban.testing.RepoFiles;
import dev.touban.testing.iam.IamProof;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Least privilege, proven: the schedule page, wired as template.yaml deploys it, makes only calls its statements allow, and needs each one. */
@ExtendWith(EmulatorExtension.class)
class SchedulePageIamTest {

    @Test
    void badTokenPageAndCalendar_makeOnlyCallsTheTemplatePolicyAllows_andUseEveryGrant(Emulated aws) throws Exception {
        try (IamProof proof = IamProof.of(aws, "SchedulePageFunction").start()) {
            proof.stack().secureString("CalendarKeyParameter", SchedulePageHandlerTest.KEY);
            Map<String, String> env = new HashMap<>(proof.environment());
            env.put("TOUBAN_CONFIG", RepoFiles.path("config/oncall.example.yaml").toString());

            List<Object> statuses = proof.record(() -> {
                SchedulePageHandler handler = new SchedulePageHandler(env, new MutableClock(SchedulePageHandlerTest.NOW));
                return List.of(status(handler, "schedule-page-html.json", "not-a-token"),
                        status(handler, "schedule-page-html.json", null),
                        status(handler, "schedule-page-calendar.json", null));
            });

            assertThat((Integer) statuses.get(0)).as("a bad token is refused").isBetween(400, 499);
            assertThat(statuses.subList(1, 3)).containsExactly(200, 200);
            proof.unusedBecause("DecryptSecureStringWithTheSsmKey",
                    "SSM calls KMS on the function's behalf to decrypt the SecureString; the function never calls KMS");
            proof.check();
        }
    }

    @SuppressWarnings("unchecked")
    private static Object status(SchedulePageHandler handler, String eventName, String token) throws Exception {
        Map<String, Object> event = JSON.std.mapFrom(RepoFiles.read("events/" + eventName));
        if (token != null) {
            Map<String, String> query = new HashMap<>((Map<String, String>) event.get("queryStringParameters"));
            query.put("token", token);
            event.put("queryStringParameters", query);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(JSON.std.asBytes(event)), out, null);
        return JSON.std.mapFrom(new String(out.toByteArray(), StandardCharsets.UTF_8)).get("statusCode");
    }
}
