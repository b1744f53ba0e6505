package io.devicestatus.app;

import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code serve}'s HTTPS: a PKCS#12 keystore and its password, which comes from a file or the environment
 * ({@code DEVICE_STATUS_TLS_KEYSTORE_PASSWORD}); on a command line it would be visible to every local user.
 */
final class TlsOptions {

    static final String KEYSTORE = "--tls-keystore";
    static final String PASSWORD = "--tls-keystore-password";
    static final String PASSWORD_FILE = "--tls-keystore-password-file";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @picocli.CommandLine.Option(names = KEYSTORE, paramLabel = "FILE")
    Path keystore;

    @picocli.CommandLine.Option(names = PASSWORD, paramLabel = "PASSWORD")
    String password;

    @picocli.CommandLine.Option(names = PASSWORD_FILE, paramLabel = "FILE")
    Path passwordFile;

    /** The keystore when HTTPS was asked for; a usage error naming the option at fault otherwise. */
    Option<TlsKeyStore> keyStore() {
        if (keystore == null) {
            if (password != null || passwordFile != null) {
                throw usage(
                        password != null ? PASSWORD : PASSWORD_FILE,
                        (password != null ? PASSWORD : PASSWORD_FILE) + " needs " + KEYSTORE + " FILE");
            }
            return Option.none();
        }
        if ((password == null) == (passwordFile == null)) {
            throw usage(
                    KEYSTORE,
                    KEYSTORE + " needs its password, from one of " + PASSWORD_FILE
                            + " FILE and DEVICE_STATUS_TLS_KEYSTORE_PASSWORD (or " + PASSWORD + ")");
        }
        String secret = password != null ? password : readPasswordFile();
        var loaded = TlsKeyStore.load(keystore, secret);
        if (loaded.isLeft()) {
            var refusal = loaded.getLeft();
            String blamed =
                    refusal.blame() == TlsKeyStore.Blame.FILE ? KEYSTORE : password != null ? PASSWORD : PASSWORD_FILE;
            throw usage(blamed, KEYSTORE + " " + keystore + ": " + refusal.message());
        }
        return Option.some(loaded.get());
    }

    private String readPasswordFile() {
        try {
            return SecretFile.read(passwordFile);
        } catch (IOException e) {
            throw usage(PASSWORD_FILE, PASSWORD_FILE + " " + passwordFile + ": cannot read it: " + FileErrors.why(e));
        }
    }

    /** A usage error about {@code option}, so that one set by the environment is named by its variable. */
    private ParameterException usage(String option, String message) {
        return new ParameterException(spec.commandLine(), message, spec.findOption(option), null);
    }
}
