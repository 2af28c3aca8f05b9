package cn.sh.pilot.app.infrastructure.archive;

import cn.sh.pilot.app.application.ArchiveDesk;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** After the migrations: an export still marked running was cut off by the last stop; it is marked failed. */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class ArchiveStartup {

    @Inject
    ArchiveDesk desk;

    @PostConstruct
    void start() {
        desk.abandonLeftovers();
    }
}
