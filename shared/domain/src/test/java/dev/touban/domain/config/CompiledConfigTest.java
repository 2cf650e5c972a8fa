package dev.touban.domain.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompiledConfigTest {

    private static Path exampleRoster() {
        return Path.of(System.getProperty("touban.repo.root", "../.."), "config", "oncall.example.yaml");
    }

    @Test
    void compiledExampleRoster_readsBackToTheSameTree_andTheSameConfig() throws IOException {
        String yaml = Files.readString(exampleRoster());
        Object tree = YamlTree.parse("oncall.example.yaml", yaml);

        Object back = CompiledConfig.read(CompiledConfig.write(tree));

        assertThat(back).isEqualTo(tree);
        OncallConfig fromYaml = ConfigLoader.parse("oncall.example.yaml", yaml);
        OncallConfig fromCompiled = ConfigLoader.fromTree("oncall.example.yaml", back);
        assertThat(fromCompiled.members()).isEqualTo(fromYaml.members());
        assertThat(fromCompiled.teams()).isEqualTo(fromYaml.teams());
    }

    @Property
    void anyTreeOfMapsListsAndText_survivesTheRoundTrip(@ForAll("trees") Object tree) {
        assertThat(CompiledConfig.read(CompiledConfig.write(tree))).isEqualTo(tree);
    }

    @Provide
    Arbitrary<Object> trees() {
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(12)
                .withChars('a', 'Z', '0', ' ', ':', '#', '\\', '\n', '\r', 'S', 'K', 'M', 'L', 'N', 'é', '当');
        Arbitrary<Object> leaf = Arbitraries.oneOf(text.map(s -> (Object) s), Arbitraries.just(null));
        Arbitrary<Object> list = leaf.list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l));
        Arbitrary<Object> map = Arbitraries.maps(text, Arbitraries.oneOf(leaf, list)).ofMaxSize(4)
                .map(m -> (Object) new LinkedHashMap<>(m));
        return Arbitraries.oneOf(leaf, list, map, map.list().ofMaxSize(3).map(l -> (Object) new ArrayList<>(l)));
    }

    @Test
    void truncatedCompiledRoster_isAnError_notAPartialRoster() {
        String compiled = CompiledConfig.write(Map.of("members", List.of("alice", "bob")));
        String truncated = compiled.substring(0, compiled.lastIndexOf("Sbob"));

        assertThatThrownBy(() -> CompiledConfig.read(new ByteArrayInputStream(truncated.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("ends early");
    }

    @Test
    void main_compilesEveryRoster_andRefusesAnInvalidOne(@TempDir Path dir) throws IOException {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.copy(exampleRoster(), config.resolve("oncall.yaml"));

        CompiledConfig.main(new String[] {config.toString(), dir.resolve("out").toString()});

        assertThat(dir.resolve("out/oncall.yaml.compiled")).exists();
        assertThat(ConfigLoader.load(dir.resolve("out/oncall.yaml").toString().replace("/out/", "/config/")).members()).hasSize(4);
        Files.writeString(config.resolve("broken.yaml"), Files.readString(exampleRoster()).replace("\"+819012345678\"", "090-1234-5678"));
        assertThatThrownBy(() -> CompiledConfig.main(new String[] {config.toString(), dir.resolve("out").toString()}))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("broken.yaml")
                .hasMessageContaining("phone");
    }

    @Test
    void load_ofAFile_usesTheCompiledFormBesideIt_onlyWhenCompiledFromThatVeryFile(@TempDir Path dir) throws IOException {
        Path yaml = Files.copy(exampleRoster(), dir.resolve("oncall.yaml"));
        Object solo = CompiledConfig.read(Files.readString(Path.of(System.getProperty("touban.repo.root", "../.."),
                "shared/domain/src/test/resources/compiled-only.yaml.compiled")).substring(3));
        // A compiled form that claims this file as its source, but holds another roster: which one loads shows the path taken.
        Files.writeString(dir.resolve("oncall.yaml.compiled"), CompiledConfig.compile(Files.readAllBytes(yaml), solo));

        assertThat(ConfigLoader.load(yaml.toString()).members()).extracting(Member::id).containsExactly("solo");

        Files.writeString(yaml, Files.readString(yaml) + "\n# edited after the build\n");
        assertThat(ConfigLoader.load(yaml.toString()).members()).extracting(Member::id).contains("alice", "bob");
    }

    @Test
    void fromClasspath_prefersTheCompiledRoster() {
        // The test classpath holds only a compiled roster under this name, so it must have been read.
        OncallConfig config = ConfigLoader.fromClasspath("compiled-only.yaml");

        assertThat(config.members()).extracting(Member::id).isEqualTo(Arrays.asList("solo"));
    }
}
