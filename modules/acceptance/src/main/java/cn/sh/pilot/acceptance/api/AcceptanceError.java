package cn.sh.pilot.acceptance.api;

import cn.sh.pilot.contracts.error.ErrorId;

/**
 * Why the acceptance module refuses something. The ids are stable and published (console, acceptance results, logs,
 * tests); the messages say what is wrong and what to do next. Clause references are to 沪市监标技〔2023〕139号.
 */
public enum AcceptanceError implements ErrorId {

    // the application (§四(一))
    DOCUMENT_WRONG_PROJECT("document-wrong-project",
            "验收申请中的项目编号与所办理的项目不一致。请核对项目编号后重新报送。",
            "The acceptance application names another project than the one it is filed under. Check the project number and send it again."),
    ACCEPTANCE_NOT_GUARANTOR("acceptance-not-guarantor",
            "验收申请须由项目保证单位报送（通知第四条（三））。请由项目保证单位报送。",
            "An acceptance application is sent by the project's guarantor (notice §四(三)). Have the guarantor send it."),
    EVIDENCE_REQUIRED("evidence-required",
            "验收申请须附至少一份佐证材料（如自评报告）。请补充附件后重新报送。",
            "An acceptance application needs at least one piece of evidence (e.g. the self-evaluation report). Attach it and send again."),

    // the panel (§四(四))
    ACCEPTANCE_CONFLICT_OF_INTEREST("acceptance-conflict-of-interest",
            "该专家与项目存在利益关系（来自申报单位，或属于项目保证单位），不能参加本项目验收。请另选专家。",
            "This expert has a conflict of interest (works for the applicant, or belongs to the project's guarantor) and cannot evaluate this project. Choose another expert."),
    EXPERT_ALREADY_ON_PANEL("expert-already-on-panel",
            "该专家已在本项目验收专家组中。",
            "This expert is already on the project's panel."),
    PANEL_TOO_SMALL("panel-too-small",
            "验收专家组人数不足。请先增补专家，再开始评分。",
            "The panel has too few experts. Add experts before scoring starts."),

    // scoring
    EXPERT_NOT_ON_PANEL("expert-not-on-panel",
            "该专家不在本项目验收专家组中，其评分不予接受。",
            "This expert is not on the project's panel; the score is not accepted."),
    SCORER_NOT_AUTHORISED("scorer-not-authorised",
            "评分须由专家本人录入，或由市市场监管局经办人按纸质评分表代录。",
            "Scores are entered by the expert, or by a municipal operator from the paper score sheet."),
    CRITERION_UNKNOWN("criterion-unknown",
            "评分指标不在本次征集的验收评分表中。请按评分表的指标评分。",
            "The criterion is not in this call's acceptance criteria table. Score the table's criteria."),
    SCORE_OUT_OF_RANGE("score-out-of-range",
            "评分超出该指标的分值范围（0 至满分，最多两位小数）。请核对评分。",
            "The score is outside the criterion's range (0 to its maximum, at most two decimals). Check the score."),
    SCORE_DUPLICATE("score-duplicate",
            "该专家已对该指标评分，每位专家对每项指标只评一次。如需更正，请经办人撤回该专家的评分后重评。",
            "This expert has already scored this criterion; each expert scores each criterion once. To correct it, an operator withdraws the expert's scores for re-scoring."),
    SCORES_INCOMPLETE("scores-incomplete",
            "尚有专家未对全部指标评分。请待全部评分完成后再提出验收结论。",
            "Some experts have not scored every criterion yet. Propose the result once all scores are in."),
    CRITERIA_TABLE_INVALID("criteria-table-invalid",
            "验收评分表不完整：每项指标须有唯一代码、中英文名称、正数权重和正数满分。请在征集通知设置中更正。",
            "The criteria table is incomplete: each criterion needs a unique code, Chinese and English names, a positive weight and a positive maximum. Correct it in the call's settings."),

    // result, four eyes
    MUNICIPAL_OPERATOR_REQUIRED("municipal-operator-required",
            "此操作须由市市场监管局经办人进行。",
            "This step is for an operator of the municipal bureau."),
    COMMENTS_REQUIRED("comments-required",
            "请填写验收意见，它将随验收结论发送给项目保证单位。",
            "Enter the evaluation comments; they go to the guarantor with the acceptance result."),
    ACCEPTANCE_APPROVER_NOT_AUTHORISED("acceptance-approver-not-authorised",
            "验收结论须由市市场监管局审批人确认（通知第四条（一））。请转交具有审批权限的人员。",
            "An acceptance result is confirmed by an approver of the municipal bureau (notice §四(一)). Pass it to a user with the approver role."),
    ACCEPTANCE_SELF_APPROVAL("acceptance-self-approval",
            "提出验收结论的人不能确认自己的结论（双人审批）。请由另一位审批人确认。",
            "Whoever proposed the result cannot confirm it (four eyes). Another approver must confirm it."),

    // benchmark (§一 树立一批标准化建设的标杆)
    BENCHMARK_NOT_KEY_PROJECT("benchmark-not-key-project",
            "只有重点项目可以评为标杆。",
            "Only a key project can be named a benchmark."),
    BENCHMARK_REQUIRES_PASS("benchmark-requires-pass",
            "只有通过验收的项目可以评为标杆。",
            "Only a project that passed acceptance can be named a benchmark."),
    BENCHMARK_REASON_REQUIRED("benchmark-reason-required",
            "评为标杆须写明理由（示范、辐射和带动作用）。",
            "Naming a benchmark needs a reason (its value as an example for others)."),

    // life cycle
    EVALUATION_UNKNOWN("evaluation-unknown",
            "没有这项验收评估。请从项目详情页进入验收评估。",
            "There is no such acceptance evaluation. Open it from the project's page."),
    EVALUATION_TRANSITION_NOT_ALLOWED("evaluation-transition-not-allowed",
            "验收评估当前状态下不能进行此操作。请查看评估状态后再试。",
            "This step is not possible in the evaluation's current state. Check its state, then try again.");

    private final String id;
    private final String zh;
    private final String en;

    AcceptanceError(String id, String zh, String en) {
        this.id = id;
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
