package io.devicestatus.app;

import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;

/**
 * The private key and certificate chain {@code serve} presents over HTTPS, from a PKCS#12 file: loaded and checked
 * before Jetty starts, so that a wrong file or password is one line naming it, not Jetty's stack trace at start.
 *
 * @param keyStore    the loaded store, holding at least one private key
 * @param password    its password (also the key's, as PKCS#12 tools make them)
 * @param description the certificate's subject and expiry, for the start-up line
 */
record TlsKeyStore(KeyStore keyStore, String password, String description) {

    TlsKeyStore {
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(description, "description");
    }

    /** What a refusal is about, so that the message can name the option that was wrong. */
    enum Blame {
        FILE,
        PASSWORD
    }

    /** Why the keystore cannot be used. */
    record Refusal(Blame blame, String message) {}

    private static final byte DER_SEQUENCE = 0x30;
    private static final int JKS_MAGIC = 0xFEEDFEED;

    static Either<Refusal, TlsKeyStore> load(Path file, String password) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return refuse(Blame.FILE, "cannot read it: " + FileErrors.why(e));
        }
        // the JDK's PKCS12 type also loads a JKS file (keystore.type.compat); PKCS#12 alone is promised, and a JKS
        // store is better converted once than half-supported
        if (bytes.length < 4 || bytes[0] != DER_SEQUENCE) {
            boolean jks = bytes.length >= 4 && java.nio.ByteBuffer.wrap(bytes).getInt() == JKS_MAGIC;
            return refuse(
                    Blame.FILE,
                    "not a PKCS#12 keystore"
                            + (jks
                                    ? " but a JKS one; convert it with keytool" + " -importkeystore -srckeystore "
                                            + file + " -destkeystore server.p12 -deststoretype PKCS12"
                                    : ""));
        }
        try {
            var store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password.toCharArray());
            return firstKey(store, password);
        } catch (IOException e) {
            return e.getCause() instanceof UnrecoverableKeyException
                    ? refuse(Blame.PASSWORD, "the password does not open it")
                    : refuse(Blame.FILE, "not a readable PKCS#12 keystore (" + SqlDatabase.rootMessage(e) + ")");
        } catch (GeneralSecurityException e) {
            return refuse(Blame.FILE, "not a readable PKCS#12 keystore (" + SqlDatabase.rootMessage(e) + ")");
        }
    }

    private static Either<Refusal, TlsKeyStore> firstKey(KeyStore store, String password)
            throws GeneralSecurityException {
        for (String alias : Collections.list(store.aliases())) {
            if (!store.isKeyEntry(alias)) {
                continue;
            }
            try {
                store.getKey(alias, password.toCharArray());
            } catch (UnrecoverableKeyException e) {
                return refuse(
                        Blame.PASSWORD,
                        "the key '" + alias + "' has a password other than the keystore's;" + " give both the same");
            }
            if (!(store.getCertificate(alias) instanceof X509Certificate certificate)) {
                return refuse(Blame.FILE, "the key '" + alias + "' has no X.509 certificate");
            }
            Instant notAfter = certificate.getNotAfter().toInstant();
            String expiry = notAfter.isBefore(Instant.now()) ? "EXPIRED " + notAfter : "valid until " + notAfter;
            return Either.right(new TlsKeyStore(
                    store,
                    password,
                    "certificate " + certificate.getSubjectX500Principal().getName() + ", " + expiry));
        }
        return refuse(
                Blame.FILE,
                "holds no private key, only certificates: HTTPS needs a key with its certificate"
                        + " (keytool -genkeypair -storetype PKCS12 makes one)");
    }

    private static Either<Refusal, TlsKeyStore> refuse(Blame blame, String message) {
        return Either.left(new Refusal(blame, message));
    }
}
