package dev.touban.importer;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A value of a downloaded API answer with where it was found (file and path), so that every
 * problem names both. Files larger than {@link #MAX_BYTES} are refused before parsing.
 */
final class JsonIn {
    static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final JSON PARSER = JSON.std.with(JSON.Feature.FAIL_ON_DUPLICATE_MAP_KEYS);

    private final String file;
    private final String path;
    private final Object value;

    private JsonIn(String file, String path, Object value) {
        this.file = file;
        this.path = path;
        this.value = value;
    }

    /** The parsed file; it must hold a JSON object. */
    static JsonIn read(Path file) {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportException(file + ": not found");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(file + ": over " + MAX_BYTES / (1024 * 1024) + " MiB; is it an API answer?");
            }
            Object root = PARSER.anyFrom(Files.readString(file));
            if (!(root instanceof Map<?, ?>)) {
                throw new ImportException(name + ": expected a JSON object, as the API answers");
            }
            return new JsonIn(name, "", root);
        } catch (IOException e) {
            throw new ImportException(name + ": not JSON an API would send: " + firstLine(e.getMessage()));
        }
    }

    /** The files of {@code dir} whose names start with {@code prefix} and end in .json, in name order (users.json, users-2.json, ...). */
    static List<Path> pages(Path dir, String prefix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                String n = f.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(".json") && Files.isRegularFile(f);
            }).sorted().toList();
        } catch (IOException e) {
            throw new ImportException(dir + ": cannot be listed: " + e.getMessage());
        }
    }

    /** Every page of a list ({@code users.json}, {@code users-2.json}, ...), parsed; none when not {@code required}. */
    static List<JsonIn> readPages(Path dir, String prefix, boolean required) {
        List<JsonIn> pages = new ArrayList<>();
        for (Path file : pages(dir, prefix)) {
            pages.add(read(file));
        }
        if (pages.isEmpty() && required) {
            throw new ImportException(dir.resolve(prefix + ".json") + ": not found (download it as docs/importers.md shows)");
        }
        return pages;
    }

    /** The directory of downloaded answers, checked. */
    static Path directory(Path dir, String tool) {
        if (!Files.isDirectory(dir)) {
            throw new ImportException(dir + ": not a directory of " + tool + " API answers");
        }
        return dir;
    }

    String file() {
        return file;
    }

    /** The field as an ISO 8601 time with an offset. */
    OffsetDateTime time(String name) {
        try {
            return OffsetDateTime.parse(text(name));
        } catch (DateTimeParseException e) {
            throw field(name).fail("'" + text(name) + "' is not an ISO 8601 time with an offset");
        }
    }

    JsonIn field(String name) {
        Object v = map().get(name);
        if (v == null) {
            throw fail(child(name), "is missing");
        }
        return new JsonIn(file, child(name), v);
    }

    boolean has(String name) {
        return map().get(name) != null;
    }

    String text(String name) {
        return field(name).text();
    }

    /** The field's text, or null when it is absent or null. */
    String optionalText(String name) {
        return has(name) ? field(name).text() : null;
    }

    String text() {
        if (value instanceof String s) {
            return s;
        }
        throw fail(path, "must be a string");
    }

    long number() {
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.longValue();
        }
        throw fail(path, "must be a whole number");
    }

    long number(String name, long otherwise) {
        return has(name) ? field(name).number() : otherwise;
    }

    boolean isTrue(String name) {
        return Boolean.TRUE.equals(map().get(name));
    }

    List<JsonIn> list(String name) {
        return has(name) ? field(name).list() : List.of();
    }

    List<JsonIn> list() {
        if (!(value instanceof List<?> items)) {
            throw fail(path, "must be a list");
        }
        List<JsonIn> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(new JsonIn(file, path + "[" + i + "]", items.get(i)));
        }
        return out;
    }

    ImportException fail(String problem) {
        return fail(path, problem);
    }

    private Map<?, ?> map() {
        if (value instanceof Map<?, ?> m) {
            return m;
        }
        throw fail(path, "must be an object");
    }

    private String child(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private ImportException fail(String where, String problem) {
        return new ImportException(file + ": " + (where.isEmpty() ? "(top level)" : where) + ": " + problem);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
