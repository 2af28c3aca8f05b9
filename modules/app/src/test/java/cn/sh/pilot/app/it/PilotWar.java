package cn.sh.pilot.app.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** The packaged WAR for in-container tests, with one test package added, on an empty embedded database. */
public final class PilotWar {

    private PilotWar() {
    }

    public static WebArchive withTestPackage(Package testPackage) throws IOException {
        freshEmbeddedDatabase();
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "pilot.war").importFrom(new File("target/pilot.war"))
                .as(WebArchive.class).addPackage(testPackage).addClass(PilotWar.class);
        // Arquillian's own test runner servlet must be reachable without a console login.
        String webXml;
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        webXml = webXml.replace("<url-pattern>/login.xhtml</url-pattern>",
                "<url-pattern>/login.xhtml</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        return war.setWebXML(new StringAsset(webXml));
    }

    /** Each run starts on an empty embedded database (the data directory is under target/). */
    private static void freshEmbeddedDatabase() throws IOException {
        String dataDir = System.getenv("PILOT_DATA_DIR");
        Path db = dataDir == null ? null : Path.of(dataDir, "db").toAbsolutePath();
        if (db != null && db.startsWith(Path.of("target").toAbsolutePath()) && Files.isDirectory(db)) {
            try (var files = Files.walk(db)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
