package dev.touban.domain.incident;

import java.time.Instant;

/** Acknowledge links as full URLs under the deployment's public base ({@code https://.../ack/{token}}), or none when not set up. */
public final class AckUrls {
    private final AckLinks links;
    private final String base;

    public AckUrls(AckLinks links, String publicBaseUrl) {
        this.links = links;
        this.base = publicBaseUrl == null || publicBaseUrl.isBlank() ? null
                : publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    public static AckUrls none() {
        return new AckUrls(null, null);
    }

    /** The link for {@code memberId} to acknowledge {@code incident}, or null when links are not set up. */
    public String forMember(long incident, String memberId, Instant now) {
        if (links == null || base == null) {
            return null;
        }
        return base + "/ack/" + links.token(incident, memberId, now);
    }
}
