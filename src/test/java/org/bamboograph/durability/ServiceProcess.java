package org.bamboograph.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.bamboograph.testing.TestDatabases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * The packaged application (target/quarkus-app) in a JVM of its own, started the way an operator starts it, so a test
 * can stop it, kill it and start it again on the same data. Its output goes to target/durability-logs/NAME.log.
 */
public final class ServiceProcess implements AutoCloseable {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
    static final Path LOGS = Path.of("target/durability-logs").toAbsolutePath();
    static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path PUBLIC_KEY = Path.of("src/test/resources/test-keys/publicKey.pem").toAbsolutePath();
    private static final Path PRIVATE_KEY = Path.of("src/test/resources/test-keys/privateKey.pem").toAbsolutePath();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;
    private final HttpClient http;

    private ServiceProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
        // HTTP/1.1: the default would try an h2c upgrade on every new connection.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Starts the jar on 127.0.0.1:port with its data under dataDir and waits until /q/health/ready answers 200.
     * {@code properties} become -D options, {@code env} is added to this JVM's environment.
     */
    public static ServiceProcess start(String name, int port, Path dataDir, Map<String, String> properties,
            Map<String, String> env) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: package the application first");
        }
        requireFree(port);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("quarkus.http.host", "127.0.0.1");
        props.put("quarkus.http.port", String.valueOf(port));
        props.put("bamboo.data-dir", dataDir.toAbsolutePath().toString());
        props.put("mp.jwt.verify.publickey.location", "file:" + PUBLIC_KEY);
        props.putAll(properties);

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        props.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(JAR.toString());

        try {
            Files.createDirectories(LOGS);
            Path log = LOGS.resolve(name + ".log");
            // Appended, so a restart's log follows the run it restarts.
            Files.writeString(log, "==== " + Instant.now() + " start: " + String.join(" ", command) + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            // A test JVM that dies (or is stopped by Maven) must not leave the service holding its port.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            ServiceProcess service = new ServiceProcess(name, port, log, process);
            service.awaitReady();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ServiceProcess start(String name, int port, Path dataDir, Map<String, String> env) {
        return start(name, port, dataDir, Map.of(), env);
    }

    /** A stale process still listening would answer in place of the one under test. */
    private static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is in use: " + e.getMessage());
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(uri("/q/health/ready")).timeout(Duration.ofSeconds(5)).GET().build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting:\n"
                        + logTail());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
                throw new IllegalStateException("interrupted while waiting for " + name);
            }
            if (System.nanoTime() > deadline) {
                kill();
                throw new IllegalStateException(name + " was not ready within " + READY_TIMEOUT.toSeconds() + " s:\n"
                        + logTail());
            }
            sleep(100);
        }
    }

    /** SIGTERM, as a service manager stops it, then waits for the JVM to finish its shutdown. */
    public int stop() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException(name + " did not stop within " + STOP_TIMEOUT.toSeconds()
                        + " s of SIGTERM:\n" + logTail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed by the JVM; what survives was on disk (or in the OS). */
    public void kill() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** POSTs a GraphQL request, with a bearer token unless it is null. IOException when the process is gone. */
    public Response graphql(String query, Map<String, ?> variables, String token) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (variables != null && !variables.isEmpty()) {
            body.put("variables", variables);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode json = response.body().length == 0 ? JSON.nullNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), json);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    public Response graphql(String query) throws IOException {
        return graphql(query, Map.of(), null);
    }

    public Response createSource(String title, String token) throws IOException {
        return graphql("mutation($t: String!) { createSource(input: {title: $t}) { id version title } }",
                Map.of("t", title), token);
    }

    public Response updateSource(String id, int version, String title, String token) throws IOException {
        return graphql("mutation($id: ID!, $v: Int!, $t: String!) "
                + "{ updateSource(id: $id, version: $v, input: {title: $t}) { id version title } }",
                Map.of("id", id, "v", version, "t", title), token);
    }

    /** Every source: id to title. */
    public Map<String, String> sources() throws IOException {
        Response response = graphql("{ sources { id title } }");
        if (!response.ok()) {
            throw new IllegalStateException("sources query failed: " + response);
        }
        Map<String, String> sources = new LinkedHashMap<>();
        response.data().path("sources").forEach(s -> sources.put(s.path("id").asText(), s.path("title").asText()));
        return sources;
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A token for writes, signed with the test key that the started processes trust. */
    public static String editorToken() {
        try {
            return Jwt.issuer("bamboo-graph").upn("it-writer").groups(Set.of("editor"))
                    .expiresIn(Duration.ofMinutes(30))
                    .sign(KeyUtils.decodePrivateKey(Files.readString(PRIVATE_KEY)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign a test token with " + PRIVATE_KEY, e);
        }
    }

    /** Whether the suite runs on PostgreSQL; the jar is then the PostgreSQL flavour and needs a database URL. */
    public static boolean onPostgres() {
        String url = System.getenv("BAMBOO_TEST_JDBC_URL");
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    /**
     * The environment that points the packaged jar at the suite's database of that name (see {@link TestDatabases}),
     * or nothing on H2, where each process keeps its own files under its data dir.
     */
    public static Map<String, String> databaseEnv(String name) {
        if (!onPostgres()) {
            return Map.of();
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", TestDatabases.url(name));
        env.put("QUARKUS_DATASOURCE_USERNAME", System.getenv().getOrDefault("BAMBOO_TEST_DB_USER", "bamboo"));
        env.put("QUARKUS_DATASOURCE_PASSWORD", System.getenv().getOrDefault("BAMBOO_TEST_DB_PASSWORD", ""));
        return env;
    }

    /** A GraphQL answer: HTTP status and body. */
    public record Response(int status, JsonNode body) {

        /** Acknowledged: HTTP 200 and no error. */
        public boolean ok() {
            return status == 200 && body.path("errors").size() == 0;
        }

        public JsonNode data() {
            return body.path("data");
        }

        /** The first error's extensions.code, or null. */
        public String errorCode() {
            JsonNode code = body.path("errors").path(0).path("extensions").path("code");
            return code.isMissingNode() ? null : code.asText();
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + body;
        }
    }
}
