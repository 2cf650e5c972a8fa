package dev.touban.domain.config;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;
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
            Optional<Node> document = new Compose(settings).composeString(yaml);
            // The failsafe schema has no null: an empty file (or a bare "---") would fail inside the parser.
            if (document.isEmpty() || document.get().getTag().equals(Tag.NULL)) {
                throw new ConfigException(source, "(file)", "is empty: it has no YAML document");
            }
            return new StandardConstructor(settings).constructSingleDocument(document);
        } catch (YamlEngineException e) {
            throw new ConfigException(source, "(syntax)", e.getMessage().replace('\n', ' '));
        }
    }
}
