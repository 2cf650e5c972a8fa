package dev.touban.domain.incident;

/**
 * Who did something to an incident and through what: a roster member (then {@code memberId}
 * is set) or a system such as an Events API client. {@code name} is what people read.
 */
public record Actor(String memberId, String name, String via) {

    public static Actor member(String memberId, String name, String via) {
        return new Actor(memberId, name, via);
    }

    public static Actor system(String name, String via) {
        return new Actor(null, name, via);
    }

    public String describe() {
        return name + " (" + via + ")";
    }
}
