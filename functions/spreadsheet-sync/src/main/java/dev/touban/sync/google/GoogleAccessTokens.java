package dev.touban.sync.google;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OAuth 2.0 for a service account without Google's client library: a JWT signed RS256 with
 * java.security, exchanged at the key's token endpoint for an access token, kept until a
 * minute before it expires.
 */
public final class GoogleAccessTokens {
    public static final String SHEETS_SCOPE = "https://www.googleapis.com/auth/spreadsheets";
    static final String GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final ServiceAccountKey key;
    private final Clock clock;
    private String token;
    private Instant expires = Instant.MIN;

    public GoogleAccessTokens(ServiceAccountKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    public synchronized String token() {
        Instant now = clock.instant();
        if (token != null && now.isBefore(expires.minusSeconds(60))) {
            return token;
        }
        String form = "grant_type=" + URLEncoder.encode(GRANT, StandardCharsets.UTF_8) + "&assertion=" + assertion(now);
        Map<String, Object> answer = JsonHttp.call("token", "POST", key.tokenUri(), null, "application/x-www-form-urlencoded",
                form.getBytes(StandardCharsets.UTF_8), GoogleSheets.Sleeper.REAL);
        if (!(answer.get("access_token") instanceof String t)) {
            throw new GoogleApiException("token", 200, "no access_token in the answer");
        }
        long seconds = answer.get("expires_in") instanceof Number n ? n.longValue() : 3600;
        token = t;
        expires = now.plusSeconds(seconds);
        return token;
    }

    String assertion(Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", key.clientEmail());
        claims.put("scope", SHEETS_SCOPE);
        claims.put("aud", key.tokenUri().toString());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.getEpochSecond() + 3600);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString(JsonHttp.json(Map.of("alg", "RS256", "typ", "JWT")))
                + "." + b64.encodeToString(JsonHttp.json(claims));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key.privateKey());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the token request", e);
        }
    }
}
