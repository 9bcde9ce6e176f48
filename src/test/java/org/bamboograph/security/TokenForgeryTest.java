package org.bamboograph.security;

import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.bamboograph.testing.GraphQLRequests.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bamboograph.write.WritesProfile;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Every forged or foreign token is refused with UNAUTHENTICATED and writes nothing; a token without the editor group
 * is FORBIDDEN. Each write here creates a source of a title of its own, looked for afterwards.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class TokenForgeryTest {

    private static final Path KEYS = Path.of("src/test/resources/test-keys");

    /** Writes a source titled for this attempt with {@code token}, checks the code, and that no such source exists. */
    private static void refused(String token, String code) {
        String title = "forgery " + UUID.randomUUID();
        post("mutation($t: String!) { createSource(input: {title: $t}) { id } }", Map.of("t", title), token)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo(code));
        graphql("{ sources { title } }").body("data.sources.title", not(hasItem(title)));
    }

    private static JwtClaims editorClaims() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("bamboo-graph");
        claims.setStringClaim("upn", "mallory");
        claims.setStringListClaim("groups", List.of("editor"));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(10);
        return claims;
    }

    private static PrivateKey key(String file) throws Exception {
        return KeyUtils.decodePrivateKey(Files.readString(KEYS.resolve(file)));
    }

    private static PublicKey publicOf(PrivateKey key) throws Exception {
        RSAPrivateCrtKey rsa = (RSAPrivateCrtKey) key;
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
    }

    private static String sign(JsonWebSignature jws) throws Exception {
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        jws.setDoKeyValidation(false);
        return jws.getCompactSerialization();
    }

    @Test
    void algNoneIsRefused() throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(editorClaims().toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        refused(sign(jws), "UNAUTHENTICATED");
        // The same with the signature part of a real token left on.
        String real = Jwt.issuer("bamboo-graph").upn("mallory").groups("editor").sign();
        String[] parts = sign(jws).split("\\.", -1);
        refused(parts[0] + "." + parts[1] + "." + real.split("\\.")[2], "UNAUTHENTICATED");
    }

    @Test
    void hs256KeyedWithThePublicKeyIsRefused() throws Exception {
        String pem = Files.readString(KEYS.resolve("publicKey.pem"));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        for (byte[] secret : List.of(pem.getBytes(StandardCharsets.UTF_8), der)) {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(editorClaims().toJson());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
            jws.setKey(new HmacKey(secret));
            refused(sign(jws), "UNAUTHENTICATED");
        }
    }

    @Test
    void otherKeysAreRefused() throws Exception {
        refused(Jwt.issuer("bamboo-graph").upn("mallory").groups("editor").sign(key("otherPrivateKey.pem")),
                "UNAUTHENTICATED");
        // RS512 and PS256 with the other key: another algorithm is no way around the key.
        for (String alg : List.of(AlgorithmIdentifiers.RSA_USING_SHA512, AlgorithmIdentifiers.RSA_PSS_USING_SHA256)) {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(editorClaims().toJson());
            jws.setAlgorithmHeaderValue(alg);
            jws.setKey(key("otherPrivateKey.pem"));
            refused(sign(jws), "UNAUTHENTICATED");
        }
    }

    @Test
    void aKeyEmbeddedInTheTokenIsNotTrusted() throws Exception {
        PrivateKey other = key("otherPrivateKey.pem");
        JsonWebSignature jwk = new JsonWebSignature();
        jwk.setPayload(editorClaims().toJson());
        jwk.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jwk.setJwkHeader(PublicJsonWebKey.Factory.newPublicJwk(publicOf(other)));
        jwk.setKey(other);
        refused(sign(jwk), "UNAUTHENTICATED");

        JsonWebSignature jku = new JsonWebSignature();
        jku.setPayload(editorClaims().toJson());
        jku.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jku.setHeader("jku", "http://127.0.0.1:18499/jwks.json");
        jku.setKeyIdHeaderValue("mallory");
        jku.setKey(other);
        refused(sign(jku), "UNAUTHENTICATED");
    }

    @Test
    void expiredTokensAreRefused() {
        refused(Jwt.issuer("bamboo-graph").upn("late").groups("editor")
                .issuedAt(Instant.now().minus(Duration.ofHours(2))).expiresAt(Instant.now().minus(Duration.ofMinutes(5)))
                .sign(), "UNAUTHENTICATED");
    }

    @Test
    void aWrongOrMissingIssuerIsRefused() throws Exception {
        refused(Jwt.issuer("someone-else").upn("mallory").groups("editor").sign(), "UNAUTHENTICATED");
        JwtClaims claims = editorClaims();
        claims.unsetClaim("iss");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKey(key("privateKey.pem"));
        refused(sign(jws), "UNAUTHENTICATED");
    }

    @Test
    void aTamperedTokenIsRefused() {
        String reader = Jwt.issuer("bamboo-graph").upn("reader").groups(Set.of("reader")).sign();
        String[] parts = reader.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"reader\"]", "\"editor\"]");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        refused(tampered, "UNAUTHENTICATED");
        // The untouched token is valid, and only lacks the group.
        refused(reader, "FORBIDDEN");
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() throws Exception {
        JwtClaims claims = editorClaims();
        claims.setIssuedAt(NumericDate.fromSeconds(Instant.now().plus(Duration.ofHours(1)).getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().plus(Duration.ofHours(2)).getEpochSecond()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKey(key("privateKey.pem"));
        refused(sign(jws), "UNAUTHENTICATED");
    }

    @Test
    void clocksAFewSecondsApartAreTolerated() {
        // Issued 10 s ahead of this clock, and expired 10 s ago: both inside the 30 s the server allows.
        String ahead = Jwt.issuer("bamboo-graph").upn("ahead").groups("editor")
                .issuedAt(Instant.now().plusSeconds(10)).expiresAt(Instant.now().plusSeconds(600)).sign();
        String behind = Jwt.issuer("bamboo-graph").upn("behind").groups("editor")
                .issuedAt(Instant.now().minusSeconds(600)).expiresAt(Instant.now().minusSeconds(10)).sign();
        for (String token : List.of(ahead, behind)) {
            post("mutation { createSource(input: {title: \"skew\"}) { id } }", Map.of(), token)
                    .body("errors", nullValue());
        }
        // Beyond it, an expired token is refused (see expiredTokensAreRefused for minutes).
        refused(Jwt.issuer("bamboo-graph").upn("late").groups("editor")
                .issuedAt(Instant.now().minusSeconds(600)).expiresAt(Instant.now().minusSeconds(45)).sign(),
                "UNAUTHENTICATED");
    }

    @Test
    void aValidTokenWithoutTheEditorGroupIsForbidden() {
        refused(Jwt.issuer("bamboo-graph").upn("reader").groups(Set.of("reader", "viewer")).sign(), "FORBIDDEN");
        refused(Jwt.issuer("bamboo-graph").upn("nobody").sign(), "FORBIDDEN");
    }
}
