package cn.sh.pilot.app.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The packaged WAR with a test's package added, as in-container tests deploy it. */
public final class TestWar {

    private TestWar() {
    }

    public static WebArchive with(Package testPackage) throws IOException {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "pilot.war").importFrom(new File("target/pilot.war"))
                .as(WebArchive.class).addPackage(testPackage).addClass(TestWar.class);
        // Arquillian's own test runner servlet must be reachable without a console login.
        String webXml;
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        webXml = webXml.replace("<url-pattern>/login.xhtml</url-pattern>",
                "<url-pattern>/login.xhtml</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        return war.setWebXML(new StringAsset(webXml));
    }
}
