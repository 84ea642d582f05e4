package org.veracity.infrastructure.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the schema to the current version before anything else touches the database. Flyway owns
 * the schema; Hibernate only maps it. Start-up beans that use JPA declare {@code @DependsOn("SchemaMigrator")}.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "jdbc/veracity")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        String outcome = FlywayMigrations.migrate(dataSource);
        LOG.info(outcome);
    }
}
