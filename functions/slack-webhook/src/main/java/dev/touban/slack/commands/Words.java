package dev.touban.slack.commands;

import dev.touban.domain.config.Layer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The words of a command's arguments, with the optional trailing layer ({@code primary} or {@code secondary}) taken off. */
record Words(List<String> words, Optional<Layer> layer) {

    static Words of(String args) {
        List<String> words = new ArrayList<>(List.of(args.strip().isEmpty() ? new String[0] : args.strip().split("[\\s\u3000]+")));
        Optional<Layer> layer = Optional.empty();
        if (!words.isEmpty()) {
            String last = words.getLast().toLowerCase(Locale.ROOT);
            for (Layer l : Layer.values()) {
                if (l.label().equals(last)) {
                    layer = Optional.of(l);
                    words.removeLast();
                }
            }
        }
        return new Words(List.copyOf(words), layer);
    }
}
