package dev.touban.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AckLinksTest {
    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    private final AckLinks links = new AckLinks("a-test-key-of-enough-length", Duration.ofHours(24));

    @Test
    void verify_acceptsItsOwnToken_forOneIncidentAndMember() {
        String token = links.token(42, "bob.smith", NOW);

        assertThat(links.verify(token, NOW.plusSeconds(3600)))
                .isEqualTo(new AckLinks.Verdict.Valid(42, "bob.smith", NOW.plus(Duration.ofHours(24))));
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{22}");
    }

    @Test
    void verify_rejectsATokenWhoseIncidentWasChanged() {
        String token = links.token(42, "alice", NOW);
        String other = links.token(43, "alice", NOW);
        String forged = other.substring(0, other.indexOf('.')) + token.substring(token.indexOf('.'));

        assertThat(links.verify(forged, NOW)).isEqualTo(new AckLinks.Verdict.Tampered());
    }

    @Test
    void verify_rejectsATokenSignedWithAnotherKey() {
        String token = new AckLinks("another-key-of-enough-length", Duration.ofHours(24)).token(42, "alice", NOW);

        assertThat(links.verify(token, NOW)).isEqualTo(new AckLinks.Verdict.Tampered());
    }

    /** Found by fuzzing (AckLinksFuzzTest, input mac-spelled-another-way): base64 decoded other spellings of the MAC to the same bytes. */
    @Test
    void verify_acceptsOnlyTheSpellingItIssued_notPaddingNorOtherTrailingBits() {
        String token = links.token(42, "bob.smith", NOW);
        String mac = token.substring(token.lastIndexOf('.') + 1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int last = alphabet.indexOf(mac.charAt(mac.length() - 1));
        // a 16-byte MAC is 22 characters; the last carries 2 bits, the other 4 are padding bits
        String sameBytes = token.substring(0, token.length() - 1) + alphabet.charAt(last ^ 0b0001);

        assertThat(links.verify(token, NOW)).isInstanceOf(AckLinks.Verdict.Valid.class);
        assertThat(links.verify(token + "==", NOW)).isEqualTo(new AckLinks.Verdict.Tampered());
        assertThat(links.verify(sameBytes, NOW)).isEqualTo(new AckLinks.Verdict.Tampered());
    }

    @Test
    void verify_saysExpired_fromTheExpiryOn() {
        String token = links.token(42, "alice", NOW);

        assertThat(links.verify(token, NOW.plus(Duration.ofHours(24)))).isEqualTo(new AckLinks.Verdict.Expired(42, "alice"));
    }

    @Test
    void verify_saysMalformed_forGarbage() {
        assertThat(links.verify("not-a-token", NOW)).isEqualTo(new AckLinks.Verdict.Malformed());
        assertThat(links.verify("%%%.%%%", NOW)).isEqualTo(new AckLinks.Verdict.Malformed());
        assertThat(links.verify("x".repeat(400), NOW)).isEqualTo(new AckLinks.Verdict.Malformed());
    }
}
