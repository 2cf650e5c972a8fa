package dev.touban.domain.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The roster's YAML tree, compiled at build time into a line format that plain Java reads
 * back without a YAML parser (the parser is over a hundred classes and a noticeable share of
 * a cold start). The tree is exactly what the YAML gave (maps, lists, text, null), and the
 * loader validates it as it validates YAML, so compiling changes no meaning.
 *
 * <p>Format: a first line {@code H<sha-256 of the YAML>} naming the source it was compiled
 * from (so a stale compiled roster is never used), then one token per line in document
 * order: {@code M<n>} a map of n entries, each a
 * {@code K<key>} line then its value; {@code L<n>} a list of n values; {@code S<text>} text;
 * {@code N} null. In keys and text, backslash, newline and carriage return are escaped.
 *
 * <p>{@code main(configDir, outputDir)} compiles every {@code *.yaml} of configDir to
 * {@code outputDir/<name>.yaml.compiled}, failing the build on the first roster error.
 */
public final class CompiledConfig {
    public static final String SUFFIX = ".compiled";

    private CompiledConfig() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CompiledConfig <config dir> <output dir>");
        }
        Path outputDir = Path.of(args[1]);
        Files.createDirectories(outputDir);
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path yaml : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String name = yaml.getFileName().toString();
                byte[] source = Files.readAllBytes(yaml);
                Object tree = YamlTree.parse(name, new String(source, StandardCharsets.UTF_8));
                ConfigLoader.fromTree(name, tree);
                Files.writeString(outputDir.resolve(name + SUFFIX), compile(source, tree), StandardCharsets.UTF_8);
            }
        }
    }

    /** The compiled form of {@code tree}, parsed from the YAML bytes {@code source}. */
    public static String compile(byte[] source, Object tree) {
        return "H" + sha256(source) + "\n" + write(tree);
    }

    /**
     * The tree in {@code compiled}, provided it was compiled from exactly {@code source} (the
     * YAML's bytes; null when only the compiled form exists); empty when it is stale.
     */
    public static Optional<Object> readIfCurrent(InputStream compiled, byte[] source) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(compiled, StandardCharsets.UTF_8));
        String header = lines.readLine();
        if (header == null || !header.startsWith("H")) {
            throw new IOException("compiled roster has no source hash");
        }
        if (source != null && !header.substring(1).equals(sha256(source))) {
            return Optional.empty();
        }
        Object tree = read(lines);
        if (lines.readLine() != null) {
            throw new IOException("compiled roster has data after its end");
        }
        return Optional.ofNullable(tree);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String write(Object tree) {
        StringBuilder out = new StringBuilder();
        write(tree, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("N\n");
        } else if (value instanceof Map<?, ?> map) {
            out.append('M').append(map.size()).append('\n');
            map.forEach((k, v) -> {
                out.append('K').append(escape(String.valueOf(k))).append('\n');
                write(v, out);
            });
        } else if (value instanceof List<?> list) {
            out.append('L').append(list.size()).append('\n');
            list.forEach(v -> write(v, out));
        } else {
            out.append('S').append(escape(String.valueOf(value))).append('\n');
        }
    }

    public static Object read(InputStream in) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Object tree = read(lines);
        if (lines.readLine() != null) {
            throw new IOException("compiled roster has data after its end");
        }
        return tree;
    }

    public static Object read(String compiled) {
        try {
            return read(new java.io.ByteArrayInputStream(compiled.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object read(BufferedReader lines) throws IOException {
        String line = lines.readLine();
        if (line == null || line.isEmpty()) {
            throw new IOException("compiled roster ends early");
        }
        String rest = line.substring(1);
        switch (line.charAt(0)) {
            case 'N':
                return null;
            case 'S':
                return unescape(rest);
            case 'L': {
                int n = Integer.parseInt(rest);
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(read(lines));
                }
                return list;
            }
            case 'M': {
                int n = Integer.parseInt(rest);
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    String key = lines.readLine();
                    if (key == null || !key.startsWith("K")) {
                        throw new IOException("compiled roster: expected a key, found " + key);
                    }
                    map.put(unescape(key.substring(1)), read(lines));
                }
                return map;
            }
            default:
                throw new IOException("compiled roster: unknown token " + line);
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
