package io.devicestatus.app;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Keystores for HTTPS tests, made by the JDK's own {@code keytool} as an operator would make one, and clients that
 * trust exactly their certificate.
 */
final class TestKeyStores {

    static final String PASSWORD = "test-password";

    private TestKeyStores() {}

    /** A PKCS#12 store with an EC key whose certificate names localhost and 127.0.0.1, valid two days. */
    static Path serverKeyStore(Path dir) throws Exception {
        Path file = dir.resolve("server.p12");
        keytool(
                "-genkeypair",
                "-alias",
                "device-status",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                file.toString(),
                "-storepass",
                PASSWORD,
                "-keypass",
                PASSWORD);
        return file;
    }

    /** A file holding {@link #PASSWORD} and a line break, as {@code echo} writes it. */
    static Path passwordFile(Path dir) throws IOException {
        return Files.writeString(dir.resolve("keystore-password"), PASSWORD + "\n", StandardCharsets.UTF_8);
    }

    /** The same key in a JKS store: the format serve refuses. */
    static Path jksCopy(Path p12, Path dir) throws Exception {
        Path file = dir.resolve("server.jks");
        keytool(
                "-importkeystore",
                "-srckeystore",
                p12.toString(),
                "-srcstoretype",
                "PKCS12",
                "-srcstorepass",
                PASSWORD,
                "-destkeystore",
                file.toString(),
                "-deststoretype",
                "JKS",
                "-deststorepass",
                PASSWORD);
        return file;
    }

    /** A PKCS#12 store holding the server's certificate and no key: a trust store, given by mistake. */
    static Path certificateOnly(Path p12, Path dir) throws Exception {
        var trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", load(p12).getCertificate("device-status"));
        Path file = dir.resolve("certificate-only.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            trust.store(out, PASSWORD.toCharArray());
        }
        return file;
    }

    /** An HTTP client trusting only {@code p12}'s certificate, preferring {@code version}. */
    static HttpClient client(Path p12, HttpClient.Version version) throws Exception {
        var trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", load(p12).getCertificate("device-status"));
        var trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        var tls = SSLContext.getInstance("TLS");
        tls.init(null, trustManagers.getTrustManagers(), null);
        return HttpClient.newBuilder()
                .sslContext(tls)
                .version(version)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static KeyStore load(Path p12) throws IOException, GeneralSecurityException {
        var store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(p12)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private static void keytool(String... args) throws Exception {
        var command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(java.util.List.of(args));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }
}
