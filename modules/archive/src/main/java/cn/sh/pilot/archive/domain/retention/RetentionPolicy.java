package cn.sh.pilot.archive.domain.retention;

/**
 * Sets a project file's retention period by rule.
 *
 * <p>Basis: 《机关文件材料归档范围和文书档案保管期限规定》(国家档案局令第 8 号, 2006) divides an organ's
 * records into 永久 (permanent: records of its main functions with lasting value for reference, such as
 * its approvals and the results of the work it directs), 定期 30 年 and 定期 10 年 (records of
 * shorter value). For a pilot programme run by the municipal bureau this gives, in order:
 * <ol>
 *   <li>{@code acceptance-result} — an acceptance result exists: 永久 (the outcome of a pilot the bureau
 *       approved and evaluated);</li>
 *   <li>{@code approved-project} — the project was approved (立项), whatever happened later (terminated,
 *       failed acceptance): 永久 (an approval is the bureau's decision, the core of its function);</li>
 *   <li>{@code rejected-application} — the application was rejected (不予立项): 10 年 (kept for
 *       complaints and re-applications, short reference value);</li>
 *   <li>{@code other} — anything else (still under review when exported, withdrawn): 30 年 (the
 *       file is not closed by a decision; kept long enough to be re-appraised).</li>
 * </ol>
 * A local archives bureau's retention schedule (保管期限表) overrides this; the rule code goes into every
 * record, so a re-appraisal can find all records set by one rule.
 */
public final class RetentionPolicy {

    public RetentionDecision decide(RetentionFacts facts) {
        if (facts.acceptanceConcluded()) {
            return new RetentionDecision(RetentionPeriod.PERMANENT, "acceptance-result",
                    "有验收结论的试点项目文件材料，永久保存。",
                    "Records of a pilot project with an acceptance result are kept permanently.");
        }
        if (facts.approved()) {
            return new RetentionDecision(RetentionPeriod.PERMANENT, "approved-project",
                    "已立项项目的文件材料，永久保存。",
                    "Records of an approved project are kept permanently.");
        }
        if (facts.rejected()) {
            return new RetentionDecision(RetentionPeriod.YEARS_10, "rejected-application",
                    "不予立项的申请材料，保存 10 年。",
                    "Records of a rejected application are kept for 10 years.");
        }
        return new RetentionDecision(RetentionPeriod.YEARS_30, "other",
                "未经立项决定的其他申请材料（审查中、撤回），保存 30 年。",
                "Other application records without an approval decision (under review, withdrawn) are kept for 30 years.");
    }
}
