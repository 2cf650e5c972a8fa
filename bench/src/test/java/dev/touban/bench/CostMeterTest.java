package dev.touban.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.aws.http.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class CostMeterTest {

    @Test
    void smsParts_gsmTextIs160ThenPartsOf153_otherTextIs70ThenPartsOf67() {
        assertThat(CostMeter.smsParts("x".repeat(160))).isEqualTo(1);
        assertThat(CostMeter.smsParts("x".repeat(161))).isEqualTo(2);
        assertThat(CostMeter.smsParts("x".repeat(306))).isEqualTo(2);
        assertThat(CostMeter.smsParts("x".repeat(307))).isEqualTo(3);
        assertThat(CostMeter.smsParts("ディスク満杯")).isEqualTo(1);
        assertThat(CostMeter.smsParts("x".repeat(69) + "…")).isEqualTo(1);
        assertThat(CostMeter.smsParts("x".repeat(70) + "…")).isEqualTo(2);
    }

    @Test
    void itemSize_isNamesPlusValues_theSameFromTheSdkAndFromDynamoJson() {
        Map<String, AttributeValue> sdk = Map.of(
                "pk", AttributeValue.fromS("INCIDENT#7"),
                "n", AttributeValue.fromN("12345"),
                "ok", AttributeValue.fromBool(true),
                "tags", AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromS("bc"))));
        String json = """
                {"pk": {"S": "INCIDENT#7"}, "n": {"N": "12345"}, "ok": {"BOOL": true}, "tags": {"L": [{"S": "a"}, {"S": "bc"}]}}""";

        // pk: 2 + 10; n: 1 + (5 digits + 1) / 2 + 1 = 4; ok: 2 + 1; tags: 4 + 3 + (1 + 1) + (2 + 1)
        assertThat(ItemSizes.of(sdk)).isEqualTo(12 + 5 + 3 + 12);
        assertThat(ItemSizes.ofJson(Json.parseObject(json))).isEqualTo(ItemSizes.of(sdk));
    }
}
