package org.bamboograph.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Makes the data and import directories absolute, resolved against the working directory, however they were given
 * (default, {@code BAMBOO_DATA_DIR}, {@code -Dbamboo.data-dir}). H2 refuses a database URL that is implicitly
 * relative ({@code jdbc:h2:file:data/bamboo}), and everything that names these directories later (the log, the
 * import confinement) should see the one absolute path. The resolved values sit above every other source.
 */
public class Directories implements ConfigSourceFactory {

    static final List<String> KEYS = List.of("bamboo.data-dir", "bamboo.import.dir");
    private static final int ORDINAL = 1000;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> resolved = new LinkedHashMap<>();
        for (String key : KEYS) {
            ConfigValue value = context.getValue(key);
            if (value != null && value.getValue() != null && !value.getValue().isBlank()) {
                resolved.put(key, absolute(value.getValue()));
            }
        }
        return List.of(new PropertiesConfigSource(resolved, "bamboo-directories", ORDINAL));
    }

    static String absolute(String directory) {
        return Path.of(directory).toAbsolutePath().normalize().toString();
    }
}
