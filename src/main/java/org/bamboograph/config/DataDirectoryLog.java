package org.bamboograph.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** Says once, at start, where the embedded database keeps its files, so an operator never has to guess. */
@ApplicationScoped
class DataDirectoryLog {

    private static final Logger LOG = Logger.getLogger(DataDirectoryLog.class);

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "bamboo.data-dir")
    String dataDir;

    void onStart(@Observes StartupEvent event) {
        if ("h2".equals(dbKind) && jdbcUrl.startsWith("jdbc:h2:file:")) {
            LOG.infof("Embedded database files in %s", dataDir);
        }
    }
}
