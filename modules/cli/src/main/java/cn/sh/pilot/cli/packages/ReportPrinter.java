package cn.sh.pilot.cli.packages;

import java.io.PrintWriter;

import cn.sh.pilot.exchange.signature.Check;
import cn.sh.pilot.exchange.signature.VerificationReport;

/** Prints a verification report check by check (通过 PASS / 失败 FAIL) in Chinese and English, then the verdict. */
public final class ReportPrinter {

    private ReportPrinter() {
    }

    public static void checks(VerificationReport report, PrintWriter out) {
        for (Check c : report.checks()) {
            String mark = c.passed() ? "[通过 PASS]" : "[失败 FAIL]";
            String subject = c.subject() == null ? "" : ": " + c.subject();
            out.println("  " + mark + " " + c.name().title().bilingual() + subject);
            out.println("        " + c.finding().zh());
            out.println("        " + c.finding().en());
        }
    }

    public static void verdict(VerificationReport report, PrintWriter out) {
        if (report.accepted()) {
            out.println("结论 / verdict: 接受 ACCEPTED — 发送方 / sender " + report.claimedSender() + "，签名时间 / signed at "
                    + report.signingTime());
            return;
        }
        Check failed = report.firstFailure().orElseThrow();
        String where = failed.subject() == null ? "" : "（" + failed.subject() + "）";
        out.println("结论 / verdict: 拒绝 REFUSED [" + failed.error().id() + "]" + where);
        out.println("  " + failed.error().zh());
        out.println("  " + failed.error().en());
        report.failures().stream().skip(1).forEach(c -> out.println("  另见 / also: " + c.error().id()
                + (c.subject() == null ? "" : " " + c.subject())));
    }
}
