package cn.sh.pilot.app.it;

import cn.sh.pilot.app.application.AuditLog;
import cn.sh.pilot.app.application.CallCatalogue;
import cn.sh.pilot.app.application.CallView;
import cn.sh.pilot.app.domain.audit.ChainVerification;
import cn.sh.pilot.contracts.audit.AuditEntry;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged WAR in Payara Micro, on the database PILOT_DB_URL names (embedded H2 when unset): migrations,
 * the audit chain (tampering, concurrent appends), and — as an HTTP client — operations endpoints, security
 * headers and cookies, CSRF, login throttling and recommender scoping.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    private static final String ADMIN_PASSWORD = System.getProperty("pilot.it.admin.password", "it-Admin-Passw0rd!");

    @Deployment
    static WebArchive deployment() throws Exception {
        freshEmbeddedDatabase();
        return TestWar.with(PlatformIT.class.getPackage());
    }

    /** Each run starts on an empty embedded database (the data directory is under target/). */
    private static void freshEmbeddedDatabase() throws java.io.IOException {
        String dataDir = System.getenv("PILOT_DATA_DIR");
        java.nio.file.Path db = dataDir == null ? null : java.nio.file.Path.of(dataDir, "db").toAbsolutePath();
        if (db != null && db.startsWith(java.nio.file.Path.of("target").toAbsolutePath()) && java.nio.file.Files.isDirectory(db)) {
            try (var files = java.nio.file.Files.walk(db)) {
                for (java.nio.file.Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(p);
                }
            }
        }
    }

    @Inject
    AuditLog audit;
    @Inject
    CallCatalogue calls;
    @Resource(lookup = "java:app/jdbc/pilot")
    DataSource dataSource;
    @Resource
    ManagedExecutorService executor;
    @Resource(lookup = "jdbc/__default")
    DataSource payarasOwnNonXaDataSource;
    @Resource
    jakarta.transaction.UserTransaction transaction;

    // ---------------------------------------------------------------- in the container

    @Test
    void migrations_build_the_schema_with_the_2023_call_on_the_configured_database() throws Exception {
        String configured = System.getenv("PILOT_DB_URL");
        String expected = configured == null || configured.isBlank() ? "H2" : "PostgreSQL";
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL"
                             + " ORDER BY \"installed_rank\"")) {
            assertEquals(expected, c.getMetaData().getDatabaseProductName());
            List<String> versions = new ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            assertTrue(versions.containsAll(List.of("1", "2")), "applied: " + versions);
        }
        CallView call = calls.byId("2023-139").orElseThrow();
        assertEquals("沪市监标技〔2023〕139号", call.docNumber());
        assertEquals(LocalDate.of(2023, 5, 15), call.deadline());
        assertEquals(6, call.domains().size());
        assertEquals(7, call.directionGroups().size());
        assertTrue(call.directionGroups().stream().flatMap(g -> g.directions().stream()).anyMatch(d -> d.nameZh().equals("氢能")));
    }

    @Test
    void the_pilot_data_source_is_xa_so_it_joins_a_transaction_beside_a_non_xa_resource() throws Exception {
        // Two non-XA resources in one JTA transaction are refused at enlistment ("Local transaction already has
        // 1 non-XA Resource"); Payara's own default data source is non-XA, so this works only because ours is XA.
        // Rolled back: committing would PREPARE on PostgreSQL, which needs max_prepared_transactions > 0.
        transaction.begin();
        try (Connection ours = dataSource.getConnection(); Connection theirs = payarasOwnNonXaDataSource.getConnection()) {
            ours.createStatement().executeQuery("SELECT last_id FROM audit_chain_head").close();
            theirs.createStatement().executeQuery("SELECT 1").close();
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void a_changed_audit_row_is_named_by_the_chain_check_and_the_chain_heals_when_restored() throws Exception {
        String marker = UUID.randomUUID().toString();
        audit.recordAs("it", "test.first", "test", marker, null, Map.of("step", 1));
        AuditEntry target = audit.recordAs("it", "test.second", "test", marker, Map.of("step", 1), Map.of("step", 2));
        audit.recordAs("it", "test.third", "test", marker, null, Map.of("step", 3));
        assertTrue(audit.verify().intact(), "chain intact before tampering");

        String original = target.afterJson();
        update(target.id(), "{\"step\":20000}");
        try {
            ChainVerification result = audit.verify();
            assertFalse(result.intact());
            assertEquals(target.id(), result.brokenId());
            assertEquals(ChainVerification.Problem.CONTENT_CHANGED, result.problem());
            assertEquals(target.occurredAt().toInstant(), result.brokenAt());
        } finally {
            update(target.id(), original);
        }
        assertTrue(audit.verify().intact(), "chain intact once the row is restored");
    }

    @Test
    void concurrent_appends_queue_up_on_the_chain_head_and_never_fork_the_chain() throws Exception {
        long before = audit.count();
        List<Future<?>> tasks = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            tasks.add(executor.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    audit.recordAs("it", "test.concurrent", "test", thread + "-" + i, null, Map.of("i", i));
                }
            }));
        }
        for (Future<?> f : tasks) {
            f.get();
        }
        assertEquals(before + 40, audit.count());
        ChainVerification result = audit.verify();
        assertTrue(result.intact(), () -> "broken at " + result.brokenId() + ": " + result.detail());
    }

    private void update(long id, String afterJson) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE audit_event SET after_json = ? WHERE id = ?")) {
            ps.setString(1, afterJson);
            ps.setLong(2, id);
            assertEquals(1, ps.executeUpdate());
        }
    }

    // ---------------------------------------------------------------- as an HTTP client

    @Test
    @RunAsClient
    void health_and_openapi_answer_without_login(@ArquillianResource URL base) throws Exception {
        ConsoleClient anonymous = new ConsoleClient(base.toString());

        HttpResponse<String> ready = anonymous.get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\"") && ready.body().contains("\"UP\""), ready.body());
        assertEquals(200, anonymous.get("/health/live").statusCode());
        HttpResponse<String> openapi = anonymous.get("/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/calls") && openapi.body().contains("/api/recommenders"), openapi.body());
    }

    @Test
    @RunAsClient
    void the_login_page_is_chinese_with_security_headers_and_a_strict_http_only_session_cookie(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> login = new ConsoleClient(base.toString()).get("/");

        assertEquals(200, login.statusCode());
        assertTrue(login.uri().getPath().endsWith("/login.xhtml"), "redirected to the login page: " + login.uri());
        assertTrue(login.body().contains("lang=\"zh-CN\"") && login.body().contains("用户登录"), login.body());
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
        String cookie = String.join("\n", new ConsoleClient(base.toString()).get("/login.xhtml").headers().allValues("Set-Cookie"));
        assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase().contains("samesite=strict"), cookie);
    }

    @Test
    @RunAsClient
    void a_forged_post_without_the_token_or_from_another_origin_is_refused_and_changes_nothing(@ArquillianResource URL base) throws Exception {
        ConsoleClient admin = new ConsoleClient(base.toString());
        assertTrue(admin.login("admin", ADMIN_PASSWORD).body().contains("id=\"page-title\""), "admin logged in");
        String form = admin.get("/admin/user.xhtml").body();
        String victim = "forged-" + System.nanoTime() % 1_000_000;
        List<Map.Entry<String, String>> fields = List.of(Map.entry("user:username", victim), Map.entry("user:roles", "EXPERT"),
                Map.entry("user:password", "Forged-pass-123"));

        List<Map.Entry<String, String>> withoutToken = new ArrayList<>(ConsoleClient.formFields(form, "user", fields, "user:save"));
        withoutToken.removeIf(e -> e.getKey().equals("_csrf"));
        HttpResponse<String> noToken = admin.post("/admin/user.xhtml", withoutToken, Map.of());
        HttpResponse<String> crossSite = admin.post("/admin/user.xhtml", ConsoleClient.formFields(form, "user", fields, "user:save"),
                Map.of("Origin", "http://attacker.example"));

        assertEquals(403, noToken.statusCode());
        assertEquals(403, crossSite.statusCode());
        assertFalse(admin.get("/admin/users.xhtml?sort=created&dir=desc").body().contains(victim), "no account was created");
    }

    @Test
    @RunAsClient
    void repeated_wrong_passwords_lock_the_account_and_say_until_when(@ArquillianResource URL base) throws Exception {
        String name = "locked" + System.nanoTime() % 1_000_000;
        createUser(base, name, "MUNICIPAL_OPERATOR", null, "Right-pass-123");
        ConsoleClient guesser = new ConsoleClient(base.toString());

        for (int i = 0; i < 4; i++) {
            assertTrue(guesser.login(name, "wrong-" + i).body().contains("用户名或密码错误"));
        }
        String fifth = guesser.login(name, "wrong-4").body();
        String withRightPassword = guesser.login(name, "Right-pass-123").body();

        assertTrue(fifth.contains("已暂时锁定") && fifth.matches("(?s).*请于 \\d\\d:\\d\\d:\\d\\d.*"), fifth);
        assertTrue(withRightPassword.contains("已暂时锁定"), "the right password does not open a locked account");
        assertTrue(new ConsoleClient(base.toString()).login("admin", ADMIN_PASSWORD).body().contains("id=\"page-title\""),
                "other accounts are not affected");
    }

    @Test
    @RunAsClient
    void a_recommender_operator_sees_and_changes_only_its_own_recommender(@ArquillianResource URL base) throws Exception {
        String name = "op310104-" + System.nanoTime() % 1_000_000;
        createUser(base, name, "RECOMMENDER_OPERATOR", "310104", "Xuhui-pass-123");
        ConsoleClient operator = new ConsoleClient(base.toString());
        assertTrue(operator.login(name, "Xuhui-pass-123").body().contains("id=\"page-title\""));

        HttpResponse<String> own = operator.get("/recommender/profile.xhtml?code=310104");
        HttpResponse<String> other = operator.get("/recommender/profile.xhtml?code=310105");
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("徐汇区市场监督管理局"));
        assertEquals(403, other.statusCode());
        assertTrue(other.body().contains("无权访问") && !other.body().contains("长宁区市场监督管理局"));

        String phone = "021-" + System.nanoTime() % 10_000_000;
        List<Map.Entry<String, String>> profile = List.of(Map.entry("profile:contactName", "张三"),
                Map.entry("profile:contactPhone", phone), Map.entry("profile:contactEmail", ""), Map.entry("profile:address", ""));
        // a crafted POST: the operator's own, valid form sent to the other recommender's address
        HttpResponse<String> crafted = operator.post("/recommender/profile.xhtml?code=310105",
                ConsoleClient.formFields(own.body(), "profile", profile, "profile:save"), Map.of());
        assertEquals(403, crafted.statusCode());
        String fresh = operator.get("/recommender/profile.xhtml?code=310104").body();
        HttpResponse<String> saved = operator.submit("/recommender/profile.xhtml", fresh, "profile", profile, "profile:save");
        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().contains("单位信息已保存") && saved.body().contains(phone), saved.body());
        assertTrue(saved.body().contains("value=\"张三\""), "Chinese input survives the round trip");

        String listed = operator.get("/api/recommenders").body();
        assertTrue(listed.contains("\"310104\"") && !listed.contains("\"310105\""), listed);
        assertEquals(403, operator.get("/api/recommenders/310105").statusCode());
        String page = operator.get("/recommenders.xhtml").body();
        assertTrue(page.contains("310104") && !page.contains("310105"), "list pages show only the operator's recommender");
        assertEquals(403, operator.get("/admin/users.xhtml").statusCode());

        ConsoleClient admin = new ConsoleClient(base.toString());
        admin.login("admin", ADMIN_PASSWORD);
        String other310105 = admin.get("/api/recommenders/310105").body();
        assertFalse(other310105.contains(phone), "310105 unchanged: " + other310105);
        assertTrue(admin.get("/api/recommenders/310104").body().contains(phone));
    }

    @Test
    @RunAsClient
    void an_administrator_disables_and_resets_accounts_and_adds_and_deactivates_departments(@ArquillianResource URL base) throws Exception {
        String name = "expert" + System.nanoTime() % 1_000_000;
        createUser(base, name, "EXPERT", null, "First-pass-123");
        ConsoleClient admin = new ConsoleClient(base.toString());
        admin.login("admin", ADMIN_PASSWORD);
        String users = admin.get("/admin/users.xhtml?sort=created&dir=desc").body();
        String editPath = null;
        for (Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(users); row.find(); ) {
            if (row.group(1).contains(">" + name + "<")) {
                Matcher m = Pattern.compile("href=\"([^\"]*user\\.xhtml\\?id=\\d+)\"").matcher(row.group(1));
                assertTrue(m.find());
                editPath = m.group(1).replace("&amp;", "&");
            }
        }
        assertTrue(editPath != null, "user listed: " + users);

        String edit = admin.get(editPath).body();
        assertTrue(admin.submit(editPath, edit, "state", List.of(), "state:toggle").body().contains("已停用用户 " + name));
        assertTrue(new ConsoleClient(base.toString()).login(name, "First-pass-123").body().contains("用户名或密码错误"),
                "a disabled account cannot log in");
        edit = admin.get(editPath).body();
        assertTrue(admin.submit(editPath, edit, "state", List.of(), "state:toggle").body().contains("已启用用户 " + name));
        edit = admin.get(editPath).body();
        assertTrue(admin.submit(editPath, edit, "reset", List.of(Map.entry("reset:newPassword", "short")), "reset:go").body()
                .contains("密码至少 10 位"));
        assertTrue(admin.submit(editPath, edit, "reset", List.of(Map.entry("reset:newPassword", "Second-pass-456")), "reset:go").body()
                .contains("已重置用户 " + name + " 的密码"));
        assertTrue(new ConsoleClient(base.toString()).login(name, "Second-pass-456").body().contains("id=\"page-title\""));

        String code = "DT" + System.nanoTime() % 1_000_000;
        String form = admin.get("/admin/recommender.xhtml").body();
        HttpResponse<String> added = admin.submit("/admin/recommender.xhtml", form, "recommender", List.of(
                Map.entry("recommender:code", code), Map.entry("recommender:kind", "DEPARTMENT"),
                Map.entry("recommender:nameZh", "上海市测试委员会"), Map.entry("recommender:nameEn", "Test Commission")), "recommender:save");
        assertTrue(added.body().contains("已新增推荐单位 " + code), added.body());
        assertTrue(admin.get("/admin/user.xhtml").body().contains("value=\"" + code + "\""), "offered for operator binding");
        String page = admin.get("/admin/recommender.xhtml?code=" + code).body();
        assertTrue(admin.submit("/admin/recommender.xhtml", page, "state", List.of(), "state:toggle").body().contains("已停用推荐单位 " + code));
        assertTrue(admin.get("/api/recommenders/" + code).body().contains("\"active\":false"));
        assertFalse(admin.get("/admin/user.xhtml").body().contains("value=\"" + code + "\""), "no longer offered for binding");
    }

    private static void createUser(URL base, String name, String role, String recommender, String password) throws Exception {
        ConsoleClient admin = new ConsoleClient(base.toString());
        admin.login("admin", ADMIN_PASSWORD);
        String form = admin.get("/admin/user.xhtml").body();
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("user:username", name),
                Map.entry("user:displayName", "测试 " + name), Map.entry("user:roles", role), Map.entry("user:password", password)));
        fields.add(Map.entry("user:recommender", recommender == null ? "" : recommender));
        HttpResponse<String> created = admin.submit("/admin/user.xhtml", form, "user", fields, "user:save");
        assertTrue(created.body().contains("已创建用户 " + name), created.body());
    }
}
