package dev.touban.domain.incident;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The short code an SMS page carries ({@code ACK 42 7Q3F}): four Crockford base-32
 * characters (20 bits) of an HMAC-SHA256 of the incident number and the member paged, over
 * the acknowledge-link key with a domain of its own ({@code sms:}), so a code is never a
 * valid link MAC nor the other way round. Only the member paged for that incident was sent
 * it; a reply from another roster phone, or for another incident, does not match.
 * Verification is constant-time; readers forgive case and the letters O, I and L.
 */
public final class SmsCodes {
    public static final int LENGTH = 4;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private final SecretKeySpec key;

    public SmsCodes(String key) {
        if (key == null || key.length() < 16) {
            throw new IllegalArgumentException("the acknowledge-link key must be at least 16 characters");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String code(long incident, String memberId) {
        byte[] mac = mac("sms:" + incident + ":" + memberId);
        int bits = ((mac[0] & 0xFF) << 12) | ((mac[1] & 0xFF) << 4) | ((mac[2] & 0xFF) >>> 4);
        char[] code = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            code[i] = ALPHABET.charAt(bits & 31);
            bits >>>= 5;
        }
        return new String(code);
    }

    /** Whether {@code given} is the code of that incident and member. */
    public boolean matches(long incident, String memberId, String given) {
        // ASCII only: toUpperCase would otherwise read the dotless i as I (so 1) and the long s as S
        if (given == null || given.length() != LENGTH || !given.chars().allMatch(c -> c < 0x80)) {
            return false;
        }
        String normal = given.toUpperCase(Locale.ROOT).replace('O', '0').replace('I', '1').replace('L', '1');
        return MessageDigest.isEqual(code(incident, memberId).getBytes(StandardCharsets.US_ASCII),
                normal.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
