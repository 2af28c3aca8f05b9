package cn.sh.pilot.projects.api;

import cn.sh.pilot.contracts.error.ErrorId;

/**
 * Why the projects module refuses something. The ids are stable and published (console, extension decisions,
 * logs, tests); the messages say what is wrong and what to do next. Clause references are to 沪市监标技〔2023〕139号.
 */
public enum ProjectsError implements ErrorId {

    // opening a project (§四(一) 立项, §四(三) 项目期限为2年)
    PROJECT_NUMBER_MALFORMED("project-number-malformed",
            "项目编号格式不正确：应为 SHBZSD-立项年份-4位顺序号，例如 SHBZSD-2023-0001。请核对立项通知。",
            "The project number is malformed: it is SHBZSD, the approval year and a four-digit serial, e.g. SHBZSD-2023-0001. Check the decision notice."),
    GUARANTOR_CODE_MALFORMED("guarantor-code-malformed",
            "项目保证单位代码不正确：应为区行政区划代码（31 开头 6 位数字）或行业主管部门代码（D 开头）。",
            "The guarantor code is malformed: it is a district code (six digits starting with 31) or a department code (starting with D)."),
    APPLICANT_USCC_MALFORMED("applicant-uscc-malformed",
            "申报单位统一社会信用代码格式不正确：应为18位数字或大写字母（不含 I、O、Z、S、V）。",
            "The applicant's unified social credit code is malformed: 18 digits or capital letters without I, O, Z, S, V."),
    TERM_NOT_TWO_YEARS("term-not-two-years",
            "项目期限应为自立项之日起2年（截止日为起始日加2年的前一天，如 2023-07-20 至 2025-07-19，通知第四条（三））。请核对立项通知中的期限。",
            "The term is two years from approval (it ends the day before the second anniversary, e.g. 2023-07-20 to 2025-07-19; notice §四(三)). Check the term in the decision notice."),
    KEY_DIRECTION_MISSING("key-direction-missing",
            "重点项目须有重点方向领域及具体方向（通知第三条（一））。请按立项通知补全方向。",
            "A key project needs its key direction group and sub-direction (notice §三(一)). Complete them from the decision notice."),

    PROJECT_UNKNOWN("project-unknown",
            "没有这个项目编号的项目。请核对项目编号（立项通知中的 SHBZSD-年份-顺序号）。",
            "There is no project with this number. Check the project number (SHBZSD-year-serial in the decision notice)."),

    // life cycle guard
    PROJECT_TRANSITION_NOT_ALLOWED("project-transition-not-allowed",
            "项目当前状态下不能进行此操作。请查看项目状态和待办事项后再试。",
            "This action is not possible in the project's current state. Check the project's state and pending steps, then try again."),

    // §四(三) extension
    EXTENSION_ALREADY_USED("extension-already-used",
            "本项目已延期一次：项目期限只能延长一次（通知第四条（三））。请在现期限内申请验收。",
            "This project has already been extended once; a term can be extended only once (notice §四(三)). Apply for acceptance within the current term."),
    EXTENSION_PENDING("extension-pending",
            "本项目已有一份延期申请正在审批，请等待市市场监管局的决定。",
            "An extension request for this project is awaiting a decision; wait for the municipal bureau's decision."),
    EXTENSION_TOO_LONG("extension-too-long",
            "延期不得超过半年（6个月，通知第四条（三））。请将申请延长的月数改为1至6个月。",
            "An extension is at most half a year (6 months, notice §四(三)). Ask for 1 to 6 months."),
    EXTENSION_TOO_SHORT("extension-too-short",
            "延期月数至少为1个月。请填写1至6个月。",
            "An extension is at least one month. Ask for 1 to 6 months."),
    EXTENSION_NOT_GUARANTOR("extension-not-guarantor",
            "只有项目保证单位（推荐单位）可以申请延期（通知第四条（三））。请由项目保证单位报送延期申请。",
            "Only the project's guarantor (its recommender) may request an extension (notice §四(三)). Have the guarantor send the request."),
    EXTENSION_AFTER_TERM("extension-after-term",
            "项目期限已届满，不能再申请延期：延期须在项目期限截止日（含当日）前提出。请申请验收。",
            "The term has ended, so an extension can no longer be requested: it must be asked for on or before the last day of the term. Apply for acceptance instead."),
    EXTENSION_SELF_APPROVAL("extension-self-approval",
            "延期申请人不能审批自己的申请（双人审批）。请由另一位市市场监管局审批人决定。",
            "The requester of an extension cannot decide on it (four eyes). Another municipal approver must decide."),
    EXTENSION_APPROVER_NOT_AUTHORISED("extension-approver-not-authorised",
            "延期只能由市市场监管局的审批人批准或不予批准（通知第四条（三）“经批准”）。请转交具有审批权限的人员。",
            "Only an approver of the municipal bureau may approve or refuse an extension (notice §四(三) “经批准”). Pass it to a user with the approver role."),
    EXTENSION_GRANT_EXCEEDS_REQUEST("extension-grant-exceeds-request",
            "批准延长的月数应为1个月至申请的月数之间。请修改批准月数。",
            "The months granted must be between 1 and the months requested. Change the months granted."),
    DECISION_REASON_REQUIRED("decision-reason-required",
            "请填写决定理由，它将随延期决定发送给项目保证单位。",
            "Enter the reason for the decision; it is sent to the guarantor with the extension decision."),

    // §四(一) acceptance application
    ACCEPTANCE_NOT_GUARANTOR("acceptance-not-guarantor",
            "只有项目保证单位可以为本项目申请验收。请由项目保证单位报送验收申请。",
            "Only the project's guarantor may apply for its acceptance. Have the guarantor send the acceptance application."),
    MUNICIPAL_OPERATOR_REQUIRED("municipal-operator-required",
            "此操作须由市市场监管局经办人进行。",
            "This step is for an operator of the municipal bureau."),

    // progress reports
    DOCUMENT_WRONG_PROJECT("document-wrong-project",
            "文档中的项目编号与所办理的项目不一致。请核对项目编号后重新报送。",
            "The document names another project than the one it is filed under. Check the project number and send it again."),
    PROGRESS_PERIOD_INVALID("progress-period-invalid",
            "报告期截止日不能早于起始日，且报告期不能早于立项日。请更正报告期。",
            "The reporting period must not end before it starts nor start before the project's approval. Correct the period."),
    PROGRESS_NOT_GUARANTOR("progress-not-guarantor",
            "进展报告须由项目保证单位报送，或由市市场监管局经办人代为登记。",
            "A progress report is sent by the project's guarantor or recorded by a municipal operator."),
    PROGRESS_PROJECT_CLOSED("progress-project-closed",
            "项目已结束，不再接收进展报告。",
            "The project is closed and takes no more progress reports."),

    // standard outputs and publicity
    OUTPUT_STAGE_BACKWARDS("output-stage-backwards",
            "标准成果的阶段只能向前推进（立项→征求意见→发布→实施）。如登记有误，请联系市市场监管局经办人更正。",
            "A standard output's stage only moves forward (approved → consultation → published → implemented). If it was recorded wrongly, ask a municipal operator to correct it."),
    OUTPUT_DATE_BEFORE_PREVIOUS_STAGE("output-date-before-previous-stage",
            "新阶段的日期不能早于上一阶段的日期。请核对日期。",
            "The date of the new stage cannot be before the date of the previous stage. Check the date."),
    OUTPUT_NUMBER_REQUIRED("output-number-required",
            "已发布或已实施的标准须填写标准编号，例如 DB31/T 1234-2024。",
            "A published or implemented standard needs its number, e.g. DB31/T 1234-2024."),
    OUTPUT_ALREADY_REGISTERED("output-already-registered",
            "本项目已登记同一层级、同一名称的标准成果。请更新其阶段，而不是重复登记。",
            "This project already has a standard output of that level and title; advance its stage instead of registering it again."),
    OUTPUT_UNKNOWN("output-unknown",
            "本项目没有登记该标准成果。请先登记。",
            "This project has no such standard output; register it first."),
    ACTIVITY_INVALID("activity-invalid",
            "宣贯活动须填写日期、类型、说明，参加人数不能为负数。",
            "A publicity or training activity needs a date, a kind and a description, and the audience cannot be negative.");

    private final String id;
    private final String zh;
    private final String en;

    ProjectsError(String id, String zh, String en) {
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
