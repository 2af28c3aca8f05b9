package cn.sh.pilot.app.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A municipal approval (立项) of one imported key-project item, driven through the municipal site's console as its
 * people do it: the administrator creates an operator who is also an approver, an expert and a second approver; the
 * operator routes the item to its domain's worklist, passes the four checklist lines, is refused an expert from the
 * applicant's own organisation ({@code expert-same-organisation}) and assigns one from elsewhere; the expert is
 * refused an out-of-range score and then scores; the operator confirms the type and proposes approval, and is refused
 * confirming their own proposal ({@code decision-self-approval}); the second approver confirms it. Shared by the
 * municipal review test and the two-site test, so that both drive the same real chain.
 */
final class MunicipalApproval {

    private static final String PASSWORD = "Review-pass-2023";

    private final ConsoleBrowser console;
    private final WebDriver browser;
    private final String shots;
    /** Account names unique per run, so that a shared (PostgreSQL) database takes them again. */
    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    /** On {@code console} (its base set to the municipal site); screenshots named {@code shots + "01-unrouted"} etc. */
    MunicipalApproval(ConsoleBrowser console, String shots) {
        this.console = console;
        this.browser = console.driver;
        this.shots = shots;
    }

    /**
     * Approves the imported item of {@code project} sent by {@code recommender} and returns the project number its
     * page shows; {@code applicantUscc} is the applicant's unified social credit code (the conflicting expert's
     * organisation). Ends on the item's page, logged in as the second approver.
     */
    String approve(String adminPassword, String project, String recommender, String applicantUscc) throws Exception {
        String operator = "op-li-" + run;
        String expert = "ex-zhou-" + run;
        String approver = "ap-wang-" + run;
        console.login("admin", adminPassword);
        console.createUser(operator, "李静", PASSWORD, "MUNICIPAL_OPERATOR", "APPROVER");
        console.createUser(expert, "周教授", PASSWORD, "EXPERT");
        console.createUser(approver, "王芳", PASSWORD, "APPROVER");
        console.logout();

        // the operator routes the imported item to its domain's worklist
        console.login(operator, PASSWORD);
        console.open("/review/index.xhtml");
        assertThat(console.text("unrouted-table")).contains(project, recommender);
        shot("01-unrouted");
        console.press(rowOf("unrouted-table", project).findElement(By.cssSelector(".route-button")));
        assertThat(console.text("messages")).contains("已分派至社会管理领域");
        assertThat(console.text("worklist-table")).contains(project, "评审中");
        shot("02-worklist");
        console.press(rowOf("worklist-table", project).findElement(By.cssSelector(".item-link")));
        String itemUrl = browser.getCurrentUrl();
        assertThat(console.text("item-facts")).contains(applicantUscc);

        // the formal checklist: every line passed
        int lines = browser.findElements(By.cssSelector(".check-form")).size();
        assertThat(lines).isEqualTo(4); // a key project: the key-only lines too
        for (int i = 0; i < lines; i++) {
            console.press(browser.findElements(By.cssSelector(".check-form input[type=submit]")).get(i));
            assertThat(console.text("messages")).contains("形式审查结果已保存");
        }
        assertThat(console.text("checklist")).contains("全部通过");

        // an expert from the applicant's own organisation is refused; one from elsewhere is assigned
        new Select(browser.findElement(By.id("expert"))).selectByValue(expert);
        console.type("uscc", applicantUscc);
        console.submit("assign:go");
        assertThat(console.text("review-refusals")).contains("[expert-same-organisation]", "利益冲突");
        new Select(browser.findElement(By.id("expert"))).selectByValue(expert);
        console.type("uscc", "91310000MB2F34567X");
        console.submit("assign:go");
        assertThat(console.text("assigned-experts")).contains("周教授");
        shot("03-item-checked-assigned");
        console.logout();

        // the expert sees the item and scores it, each criterion with its comment
        console.login(expert, PASSWORD);
        console.open("/review/expert.xhtml");
        assertThat(browser.getPageSource()).contains(project);
        score("30", "20", "16", "8", "17");
        assertThat(console.text("review-refusals")).contains("[score-out-of-range]");
        score("22", "20", "16", "8", "17");
        assertThat(console.text("messages")).contains("评分已保存");
        shot("04-expert-scored");
        console.logout();

        // the operator sees the scores side by side, confirms the type and proposes approval
        console.login(operator, PASSWORD);
        browser.get(itemUrl);
        assertThat(console.text("score-table")).contains("周教授", "加权总分", "平均分", "极差", "83");
        console.submit("confirm-type:go");
        assertThat(console.text("item-type")).contains("重点项目", "（已确认）");
        new Select(browser.findElement(By.id("outcome"))).selectByValue("APPROVE");
        console.type("proposal-reason", "形式审查通过，专家评分 83 分，同意立项。");
        console.submit("propose:go");
        assertThat(console.text("item-status")).isEqualTo("待审批");
        shot("05-proposed");

        // the proposer holds the approver role too, but may not confirm their own proposal
        console.open("/review/approvals.xhtml");
        rowOf("pending-table", project).findElement(By.cssSelector(".select-item")).click();
        console.submit("approve:go");
        assertThat(console.text("review-refusals")).contains("[decision-self-approval]", "不能确认本人提出的建议");
        shot("06-self-approval-refused");
        browser.get(itemUrl);
        assertThat(console.text("item-status")).isEqualTo("待审批");
        console.logout();

        // a different approver confirms it: the item is approved with its project number
        console.login(approver, PASSWORD);
        console.open("/review/approvals.xhtml");
        rowOf("pending-table", project).findElement(By.cssSelector(".select-item")).click();
        console.submit("approve:go");
        assertThat(console.text("messages")).containsPattern("已确认 1 项决定，其中立项 1 项：SHBZSD-2023-\\d{4}");
        shot("07-approved");
        browser.get(itemUrl);
        assertThat(console.text("item-status")).isEqualTo("已立项");
        String number = console.text("item-number");
        assertThat(number).matches("SHBZSD-2023-\\d{4}");
        return number;
    }

    private void score(String fit, String outputs, String base, String leadership, String effect) {
        console.type("points-KEY_DIRECTION_FIT", fit);
        console.type("points-STANDARD_OUTPUTS", outputs);
        console.type("points-STANDARDIZATION_BASE", base);
        console.type("points-LEADERSHIP", leadership);
        console.type("points-EXPECTED_EFFECT", effect);
        console.type("comment", "标准体系清晰，示范性较好。");
        console.press(browser.findElement(By.cssSelector(".score-form input[type=submit]")));
    }

    private WebElement rowOf(String tableId, String containing) {
        List<WebElement> rows = browser.findElement(By.id(tableId)).findElements(By.cssSelector("tbody tr"));
        return rows.stream().filter(r -> r.getText().contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + containing + " in " + tableId));
    }

    private void shot(String name) throws Exception {
        console.shot(shots + name);
    }
}
