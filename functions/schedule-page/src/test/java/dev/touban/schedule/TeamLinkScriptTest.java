package dev.touban.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.links.TeamToken;
import dev.touban.testing.RepoFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** bin/team-link derives the same token as the function checks. */
class TeamLinkScriptTest {

    @Test
    void script_printsLinksWithTheTokenTheFunctionAccepts() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", RepoFiles.path("bin/team-link").toString(), "sre", "https://api.example.com");
        pb.environment().put("CALENDAR_KEY", "a-deployment-key-of-some-length");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor()).as(out).isZero();
        String token = new TeamToken("a-deployment-key-of-some-length").forTeam("sre", 1);
        assertThat(out).isEqualTo("calendar: https://api.example.com/calendar/sre.ics?token=" + token + "\n"
                + "schedule: https://api.example.com/schedule/sre?token=" + token + "\n");
    }

    @Test
    void script_refusesWhatIsNoTeamId() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", RepoFiles.path("bin/team-link").toString(), "../etc").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor()).isEqualTo(2);
        assertThat(out).contains("is not a team id");
    }
}
