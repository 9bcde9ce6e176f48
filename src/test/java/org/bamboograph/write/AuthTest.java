package org.bamboograph.write;

import static org.bamboograph.testing.GraphQLRequests.post;
import static org.bamboograph.testing.GraphQLRequests.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/** Reads are open to all; writes need a valid token of the editor group, and each failure says which. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class AuthTest {

    private static final String WRITE = "mutation { createSource(input: {title: \"Auth test\"}) { id } }";

    @Test
    void noTokenIsUnauthenticated() {
        post(WRITE, Map.of(), null)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aTokenWithoutTheEditorGroupIsForbidden() {
        post(WRITE, Map.of(), token("reader", "reader"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void anExpiredTokenIsUnauthenticated() {
        String expired = Jwt.issuer("bamboo-graph").upn("late").groups(Set.of("editor"))
                .issuedAt(Instant.now().minus(Duration.ofHours(2))).expiresAt(Instant.now().minus(Duration.ofHours(1)))
                .sign();
        post(WRITE, Map.of(), expired).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aTokenSignedByAnotherKeyIsUnauthenticated() throws Exception {
        String forged = Jwt.issuer("bamboo-graph").upn("mallory").groups(Set.of("editor"))
                .sign(KeyUtils.decodePrivateKey(Files.readString(Path.of("src/test/resources/test-keys/otherPrivateKey.pem"))));
        post(WRITE, Map.of(), forged).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        post(WRITE, Map.of(), "not.a.token").body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aBadTokenDoesNotBlockReads() {
        post("{ state(code: \"VNM\") { name } }", Map.of(), "not.a.token")
                .body("errors", nullValue())
                .body("data.state.name", equalTo("Vietnam"));
    }

    @Test
    void anEditorWrites() {
        post(WRITE, Map.of(), token("alice", "editor"))
                .body("errors", nullValue())
                .body("data.createSource.id", notNullValue());
    }
}
