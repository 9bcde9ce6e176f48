package org.bamboograph.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Mints a bearer token for local use and tests: signed with a private key you hold, for a server started with the
 * matching public key. It runs without starting the service. Production tokens come from your identity provider.
 */
public final class EditorToken {

    private EditorToken() {
    }

    public static int main(String... args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        String key = options.get("--key");
        if (key == null || args.length % 2 == 0) {
            System.err.println("usage: java -jar quarkus-run.jar token --key <private key PEM> [--name <who>] "
                    + "[--groups editor] [--minutes 60] [--issuer bamboo-graph]");
            return 2;
        }
        try {
            PrivateKey privateKey = KeyUtils.decodePrivateKey(Files.readString(Path.of(key)));
            String token = Jwt.issuer(options.getOrDefault("--issuer", "bamboo-graph"))
                    .upn(options.getOrDefault("--name", System.getProperty("user.name", "editor")))
                    .groups(Set.of(options.getOrDefault("--groups", "editor").split(",")))
                    .expiresIn(Duration.ofMinutes(Long.parseLong(options.getOrDefault("--minutes", "60"))))
                    .sign(privateKey);
            System.out.println(token);
            return 0;
        } catch (Exception e) {
            System.err.println("cannot make a token: " + e.getMessage());
            return 1;
        }
    }
}
