package dev.touban.domain.config;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * Parses roster YAML into maps, lists and text (the failsafe schema: every scalar is text).
 * Kept apart from {@link ConfigLoader} so that loading a compiled roster never loads the YAML parser.
 */
final class YamlTree {
    private YamlTree() {}

    static Object parse(String source, String yaml) {
        try {
            LoadSettings settings = LoadSettings.builder()
                    .setLabel(source)
                    .setSchema(new FailsafeSchema())
                    .setAllowDuplicateKeys(false)
                    .build();
            return new Load(settings).loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new ConfigException(source, "(syntax)", e.getMessage().replace('\n', ' '));
        }
    }
}
