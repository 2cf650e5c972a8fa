package dev.touban.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmulatorExtension.class)
class DynamoRateLimitTest {
    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");

    @Test
    void allowsTheLimitPerKeyAndMinute_thenRefusesUntilTheNextMinute_andEachKeyCountsApart(Emulated aws) {
        DynamoRateLimit limit = new DynamoRateLimit(new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region())).dynamoDb(), aws.tableName());

        assertThat(List.of(limit.allow("web", 3, T0), limit.allow("web", 3, T0.plusSeconds(10)), limit.allow("web", 3, T0.plusSeconds(20)),
                limit.allow("web", 3, T0.plusSeconds(30)), limit.allow("api", 3, T0.plusSeconds(30)), limit.allow("web", 3, T0.plusSeconds(60))))
                .containsExactly(true, true, true, false, true, true);
    }
}
