package dev.touban.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CallgrindTest {

    @Test
    void theCountIsTheTotalsLine_ofACallgrindFile() {
        List<String> file = List.of("# callgrind format", "version: 1", "creator: callgrind-3.19.0", "pid: 4242",
                "cmd:  java -version", "part: 1", "", "desc: I1 cache: ", "events: Ir", "", "fn=(1) 0x0000000000001100",
                "0 12", "", "totals: 42247857", "summary: 42247857");

        assertThat(Callgrind.parse(file)).isEqualTo(42_247_857L);
    }

    @Test
    void aFileWithoutTotals_isAnError_notAZeroCount() {
        assertThatThrownBy(() -> Callgrind.parse(List.of("events: Ir", "fn=(1) main", "0 12")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("totals");
    }

    @Test
    void theJvmIsPrefixedWithCallgrind_writingOneFilePerProcess_dumpedWhenTheAnswerIsPosted() {
        assertThat(new Callgrind(java.nio.file.Path.of("/tmp/counts")).commandPrefix())
                .containsExactly("valgrind", "--tool=callgrind", "--quiet", "--callgrind-out-file=/tmp/counts/%p.out",
                        "--dump-before=Java_com_amazonaws_services_lambda_runtime_api_client_runtimeapi_NativeClient_postInvocationResponse");
    }
}
