package dev.touban.sync.google;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

/**
 * A Google service account's JSON key as Google issues it: the account's email, its RSA
 * private key (PKCS#8 PEM) and the token endpoint. {@code toString} leaves the key out.
 */
public record ServiceAccountKey(String clientEmail, PrivateKey privateKey, URI tokenUri) {
    public static final URI GOOGLE_TOKEN_URI = URI.create("https://oauth2.googleapis.com/token");

    public static ServiceAccountKey parse(String json) {
        Map<String, Object> fields;
        try {
            fields = JSON.std.mapFrom(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("the service account key is not JSON");
        }
        if (!"service_account".equals(fields.get("type"))) {
            throw new IllegalArgumentException("the key's type is " + fields.get("type") + ", not service_account");
        }
        Object email = fields.get("client_email");
        Object pem = fields.get("private_key");
        if (!(email instanceof String e) || !(pem instanceof String p)) {
            throw new IllegalArgumentException("the service account key lacks client_email or private_key");
        }
        URI token = fields.get("token_uri") instanceof String t ? URI.create(t) : GOOGLE_TOKEN_URI;
        return new ServiceAccountKey(e, privateKey(p), token);
    }

    private static PrivateKey privateKey(String pem) {
        String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the service account's private_key is not a PKCS#8 RSA key");
        }
    }

    @Override
    public String toString() {
        return "ServiceAccountKey[" + clientEmail + "]";
    }
}
