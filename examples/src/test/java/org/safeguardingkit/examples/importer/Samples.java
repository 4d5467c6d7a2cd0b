package org.safeguardingkit.examples.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample exports and mappings shipped as resources, copied to files for the tests. */
final class Samples {

    /** A fixed key for the tests (never use a key from a test in production). */
    static final String KEY = "test-only-pseudonym-key-0123456789";

    private Samples() {
    }

    /**
     * Copies a sample to a directory.
     *
     * @param name the resource name under {@code samples/}
     * @param dir the directory
     * @return the copy
     */
    static Path copy(String name, Path dir) {
        try (InputStream in = Samples.class.getResourceAsStream("samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no sample " + name);
            }
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
