package dev.touban.domain.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Any oncall.yaml: {@link ConfigLoader#parse} loads it or refuses it with a
 * {@link ConfigException} naming the field, never another exception (a roster a pull request
 * breaks must fail the build with a line that says why). Inputs:
 * {@code ConfigLoaderFuzzTestInputs/} (the example roster and the test rosters).
 */
class ConfigLoaderFuzzTest {

    @FuzzTest
    void anyYaml_loadsOrIsAConfigException(byte[] input) {
        String yaml = new String(input, StandardCharsets.UTF_8);
        try {
            assertThat(ConfigLoader.parse("oncall.yaml", yaml)).isNotNull();
        } catch (ConfigException refused) {
            assertThat(refused.field()).isNotBlank();
        }
    }
}
