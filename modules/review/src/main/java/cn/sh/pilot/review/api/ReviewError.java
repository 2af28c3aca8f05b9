package cn.sh.pilot.review.api;

import cn.sh.pilot.contracts.error.ErrorId;

/**
 * Why review refuses something. The ids are stable and published (console, receipts, decision
 * notices, logs, tests); the messages say what is wrong and what to do next. Clause references are
 * to 沪市监标技〔2023〕139号.
 */
public enum ReviewError implements ErrorId {

    // §五(三) preliminary review at the recommender
    PRELIMINARY_OPINION_MISSING("preliminary-opinion-missing",
            "请填写推荐部门意见（初审意见）；推荐意见是推荐的组成部分（通知第五条（三））。",
            "Write the recommender's opinion (preliminary review); the opinion is part of the recommendation (notice §五(三))."),
    PRELIMINARY_RANK_INVALID("preliminary-rank-invalid",
            "推荐排序须为从 1 开始的正整数（1 为最优先）。",
            "The priority rank must be a whole number from 1 (1 is the strongest recommendation)."),
    PRELIMINARY_RANK_NOT_RECOMMENDED("preliminary-rank-not-recommended",
            "不推荐的申请不参与排序；请先将初审结论改为“推荐”。",
            "An application that is not recommended takes no rank; change the conclusion to \"recommend\" first."),
    PRELIMINARY_ALREADY_SENT("preliminary-already-sent",
            "该申请已随推荐批次报送，初审意见不能再修改；如需更正，请待市局要求更正后在新批次中报送。",
            "This application has been sent in a batch; its opinion can no longer change. Send a correction in a later batch when the municipal bureau asks for one."),

    // §五(三) batch assembly
    BATCH_EMPTY("batch-empty",
            "没有可报送的推荐项目：本次征集下尚无“推荐”且未报送的申请。",
            "Nothing to send: no application of this call is recommended and not yet sent."),
    BATCH_ITEM_UNRANKED("batch-item-unranked",
            "推荐项目未设置推荐排序，请为每个推荐项目设置排序后再生成批次。",
            "A recommended application has no priority rank; rank every recommended application before building the batch."),
    BATCH_RANK_DUPLICATE("batch-rank-duplicate",
            "推荐排序重复：同一批次内每个排序号只能用一次。",
            "Duplicate priority rank: each rank is used once in a batch."),
    BATCH_RANK_GAP("batch-rank-gap",
            "推荐排序须从 1 起连续编号，不能跳号。",
            "Priority ranks must run from 1 without gaps."),
    BATCH_ITEM_OTHER_CALL("batch-item-other-call",
            "批次只能包含本次征集通知下的申请；其他年度的申请不能一并报送。",
            "A batch holds only applications of its own call; another call's application cannot be sent with it."),
    BATCH_FOREIGN_RECOMMENDER("batch-foreign-recommender",
            "推荐单位只能报送本单位初审推荐的项目（通知第五条（三））。",
            "A recommender only submits the projects of its own preliminary review (notice §五(三))."),
    BATCH_NOT_FOUND("batch-not-found",
            "找不到该推荐批次，请刷新批次列表。",
            "No such batch; reload the list of batches."),
    BATCH_NOT_BUILT("batch-not-built",
            "只能对已生成、尚未签名的批次签名；已签名的批次不能再签名或修改。",
            "Only a built, unsigned batch can be signed; a signed batch is neither signed again nor changed."),
    BATCH_NOT_SIGNED("batch-not-signed",
            "只能发送已签名、尚未送达的批次。",
            "Only a signed batch that has not been delivered yet can be sent."),
    BATCH_REVIEW_CHANGED("batch-review-changed",
            "生成批次后初审意见或排序已有变化，请重新生成批次并再次核对后签名。",
            "An opinion or rank changed after the batch was built; build the batch again and check it before signing."),

    // per-recommender batch chain, checked by the municipal bureau on import
    BATCH_CHAIN_FIRST_NOT_ONE("batch-chain-first-not-one",
            "这是该推荐单位的第一个批次，顺序号应为 1。请核对推荐端的批次记录。",
            "This is the recommender's first batch; its sequence number must be 1. Check the recommender site's batch records."),
    BATCH_CHAIN_FIRST_HAS_PREVIOUS("batch-chain-first-has-previous",
            "顺序号为 1 的批次不应填写前一批次摘要。",
            "A batch with sequence 1 must not name a previous batch digest."),
    BATCH_CHAIN_GAP("batch-chain-gap",
            "批次顺序号不连续：中间有批次尚未送达。请先补发缺少的批次。",
            "The batch sequence skips a number: an earlier batch has not arrived. Send the missing batch first."),
    BATCH_CHAIN_FORK("batch-chain-fork",
            "批次链不一致：该顺序号已有不同内容的批次，或前一批次摘要与已收批次不符。请联系市市场监管局核对。",
            "The batch chain forks: another batch already holds this sequence number, or the previous-batch digest does not match the batch received. Contact the municipal bureau to reconcile."),
    BATCH_DUPLICATE("batch-duplicate",
            "该批次此前已收到并处理，本次不作变更（重复回执）。",
            "This batch was received and processed before; nothing changes (duplicate receipt)."),
    BATCH_ID_REUSED("batch-id-reused",
            "批次标识已被内容不同的批次使用，拒收。每个批次须使用新的标识。",
            "The batch id was already used by a batch with other content; refused. Each batch needs a new id."),

    // import into municipal review and routing (§五(五))
    ITEM_NOT_RECOMMENDED("item-not-recommended",
            "批次中的项目未被推荐；推荐批次只应包含推荐项目。",
            "An item in the batch is not recommended; a recommendation batch only holds recommended projects."),
    ITEM_CALL_MISMATCH("item-call-mismatch",
            "项目所属征集通知与批次的征集通知不一致。",
            "The item's call differs from the batch's call."),
    ITEM_CALL_UNKNOWN("item-call-unknown",
            "项目所属征集通知不存在；请核对征集通知编号。",
            "The item's call is not known here; check the call id."),
    ITEM_SUBMITTED_AFTER_DEADLINE("item-submitted-after-deadline",
            "申报书提交时间晚于征集通知的截止日期，不予受理。",
            "The application was submitted after the call's deadline and cannot be accepted."),
    ITEM_ALREADY_IMPORTED("item-already-imported",
            "该项目标识已在此前的批次中导入，本项不再导入。更正的项目须使用新的项目标识，并在批次中注明所更正的原项目。",
            "This item id was imported with an earlier batch and is not imported again. A corrected item needs a new item id and must name the item it corrects."),
    ROUTING_UNKNOWN_DIRECTION_GROUP("routing-unknown-direction-group",
            "重点项目的重点方向不属于本次征集通知所列方向（通知第三条（一）），无法分派审核领域。",
            "The key project's direction group is not one of this call's (notice §三(一)); it cannot be routed to a domain."),
    ROUTING_UNKNOWN_DOMAIN("routing-unknown-domain",
            "领域不属于本次征集通知所列领域（通知第五条（五））。",
            "The domain is not one of this call's domains (notice §五(五))."),
    ROUTING_NO_DOMAIN_FOR_KIND("routing-no-domain-for-kind",
            "一般项目的试点类别没有对应的审核领域，请由业务人员手工分派。",
            "No domain is set for the general project's pilot kind; an operator must route it by hand."),
    ROUTING_FIXED_BY_DIRECTION("routing-fixed-by-direction",
            "重点项目按其重点方向分派领域，不能单独改派；如方向有误，请变更项目类型或方向。",
            "A key project is routed by its direction group and cannot be rerouted alone; change its type or direction instead."),
    ROUTING_REASON_MISSING("routing-reason-missing",
            "改派审核领域须说明理由。",
            "Rerouting to another domain needs a reason."),

    // formal completeness
    CHECK_UNKNOWN_ITEM("check-unknown-item",
            "该检查项不在本次征集的形式审查清单中。",
            "This check is not on the call's completeness checklist."),
    CHECK_NOTE_MISSING("check-note-missing",
            "检查不通过时须写明原因，以便推荐单位更正。",
            "A failed check needs a note saying what is wrong, so the recommender can correct it."),
    CORRECTION_WITHOUT_FAILED_CHECK("correction-without-failed-check",
            "没有未通过的检查项，无需要求更正。",
            "No check has failed; there is nothing to ask the recommender to correct."),
    CORRECTION_DEADLINE_PAST("correction-deadline-past",
            "更正截止日期不能早于今天。",
            "The correction deadline cannot be before today."),
    CORRECTION_LINK_MISMATCH("correction-link-mismatch",
            "更正后的项目只能对应同一申请、且已被要求更正的原项目。",
            "A corrected item can only replace an item of the same application that was asked to be corrected."),

    // item state
    ITEM_ALREADY_DECIDED("item-already-decided",
            "该项目已作出立项决定，不能再修改。",
            "A decision has been made on this item; it can no longer change."),
    ITEM_AWAITING_CORRECTION("item-awaiting-correction",
            "该项目已要求推荐单位更正，请等待更正后的项目。",
            "The recommender has been asked to correct this item; wait for the corrected item."),
    DECISION_PENDING("decision-pending",
            "该项目已提交立项建议，待审批人确认；如需修改，请先撤回建议。",
            "A decision on this item awaits confirmation; withdraw the proposal first to change the item."),

    // experts and scores
    EXPERT_NOT_EXPERT_ROLE("expert-not-expert-role",
            "所选人员不具有评审专家角色。",
            "The person chosen does not hold the expert role."),
    EXPERT_SAME_ORGANISATION("expert-same-organisation",
            "利益冲突：评审专家与申报单位为同一单位（统一社会信用代码相同），应当回避。",
            "Conflict of interest: the expert belongs to the applicant's own organisation (same unified social credit code) and must stand aside."),
    EXPERT_SAME_RECOMMENDER("expert-same-recommender",
            "利益冲突：评审专家来自该项目的推荐单位，应当回避。",
            "Conflict of interest: the expert belongs to the item's recommender and must stand aside."),
    EXPERT_ALREADY_ASSIGNED("expert-already-assigned",
            "该专家已分配给本项目。",
            "This expert is already assigned to the item."),
    EXPERT_NOT_ASSIGNED("expert-not-assigned",
            "只有分配给本项目的专家才能评分。",
            "Only an expert assigned to this item may score it."),
    SCORE_UNKNOWN_CRITERION("score-unknown-criterion",
            "评分项不在本次征集的评分标准中。",
            "The score names a criterion that is not in this call's criteria table."),
    SCORE_INCOMPLETE("score-incomplete",
            "评分不完整：请对评分标准中的每一项打分。",
            "The score is incomplete: score every criterion of the table."),
    SCORE_OUT_OF_RANGE("score-out-of-range",
            "分值超出范围：每项得分须在 0 与该项满分之间。",
            "A score is out of range: each criterion is scored between 0 and its maximum."),
    CRITERIA_INVALID("criteria-invalid",
            "评分标准配置有误：评分项代码须唯一，满分和权重须为正数。",
            "The criteria table is invalid: codes are unique, maximum points and weights are positive."),

    // project type (§三)
    TYPE_CHANGE_REASON_MISSING("type-change-reason-missing",
            "变更项目类型（一般项目/重点项目）须说明理由。",
            "Changing the project type (general/key) needs a reason."),
    TYPE_CHANGE_SAME_TYPE("type-change-same-type",
            "项目已是该类型；如无变更，请使用“确认类型”。",
            "The item already has this type; use \"confirm type\" when nothing changes."),
    TYPE_CHANGE_DIRECTION_MISSING("type-change-direction-missing",
            "改为重点项目时须指定重点方向（通知第三条（一））。",
            "Changing to a key project needs a key direction group (notice §三(一))."),

    // four-eyes decision (§四(一))
    DECISION_REASON_MISSING("decision-reason-missing",
            "立项建议须说明理由。",
            "A decision proposal needs a reason."),
    DECISION_NOT_OPERATOR("decision-not-operator",
            "只有市局业务人员可以提出立项建议。",
            "Only a municipal operator may propose a decision."),
    DECISION_ITEM_INCOMPLETE("decision-item-incomplete",
            "形式审查尚未全部通过，不能建议立项。",
            "The completeness check has not fully passed; approval cannot be proposed."),
    DECISION_NOT_SCORED("decision-not-scored",
            "尚无专家评分，不能建议立项。",
            "No expert has scored the item yet; approval cannot be proposed."),
    DECISION_TYPE_UNCONFIRMED("decision-type-unconfirmed",
            "请先确认或变更项目类型（一般项目/重点项目），再建议立项。",
            "Confirm or change the project type (general/key) before proposing approval."),
    DECISION_NO_PROPOSAL("decision-no-proposal",
            "该项目没有待确认的立项建议。",
            "There is no decision proposal on this item to confirm."),
    DECISION_SELF_APPROVAL("decision-self-approval",
            "不能确认本人提出的建议：立项决定须由另一名审批人确认（双人复核）。",
            "You cannot confirm your own proposal: another approver must confirm the decision (four-eyes rule)."),
    DECISION_NOT_APPROVER("decision-not-approver",
            "只有具有审批人角色的用户才能确认立项决定。",
            "Only a user holding the approver role may confirm a decision."),
    DECISION_CONFLICT("decision-conflict",
            "该项目已被他人先行处理，您的操作基于旧版本，未生效。请刷新页面，查看最新状态后再操作。",
            "Someone else acted on this item first; your action was based on an older version and was not applied. Reload the page and check the current state."),
    DECISION_BATCH_EMPTY("decision-batch-empty",
            "请至少选择一个项目进行确认。",
            "Choose at least one item to confirm."),
    DECISION_BATCH_DUPLICATE_ITEM("decision-batch-duplicate-item",
            "同一项目在批量确认中出现了两次。",
            "The same item appears twice in one batch confirmation."),
    PROJECT_NUMBER_MALFORMED("project-number-malformed",
            "项目编号格式应为 SHBZSD-年份-四位序号，例如 SHBZSD-2023-0007。",
            "A project number reads SHBZSD-<year>-<four-digit sequence>, e.g. SHBZSD-2023-0007."),
    PROJECT_NUMBER_EXHAUSTED("project-number-exhausted",
            "本年度项目编号已用尽（最多 9999 个），请联系系统管理员。",
            "This year's project numbers are used up (at most 9999); contact the administrator."),
    NOTICE_WRONG_RECIPIENT("notice-wrong-recipient",
            "立项通知只能包含发给同一推荐单位的项目决定。",
            "A decision notice holds only decisions on one recommender's items."),
    NOTICE_ITEM_UNDECIDED("notice-item-undecided",
            "项目尚未作出决定或要求更正，不能写入立项通知。",
            "The item has no decision or correction request yet; it cannot go into a decision notice."),
    ANSWER_WRONG_RECIPIENT("answer-wrong-recipient",
            "这份回执或立项通知是发给其他推荐单位的，未予采用；请联系市局核对。",
            "This receipt or decision notice is addressed to another recommender and was not applied; ask the municipal bureau to check it."),

    // municipal review work
    REVIEW_ITEM_NOT_FOUND("review-item-not-found",
            "找不到该评审项目；请从工作清单重新打开。",
            "The review item was not found; open it again from the worklist."),
    REVIEW_ITEM_NOT_ROUTED("review-item-not-routed",
            "该项目尚未分派到评审领域；请先在“待分派”清单中分派。",
            "The item is not routed to a review domain yet; route it from the \"to route\" list first."),
    REVIEW_ITEM_ALREADY_ROUTED("review-item-already-routed",
            "该项目已分派；如需改派，请在项目详情页填写理由后改派。",
            "The item is already routed; to move it, reroute it with a reason on its detail page."),
    REVIEW_NOT_OPERATOR("review-not-operator",
            "只有市局业务人员可以办理评审事项（分派、形式审查、分配专家、确认类型）。",
            "Only a municipal operator may route, check, assign experts or confirm the type."),
    EXPERT_PROFILE_MISSING("expert-profile-missing",
            "请填写专家所在单位的统一社会信用代码（18 位），用于利益冲突回避审查。",
            "Enter the 18-character unified social credit code of the expert's organisation; it is needed for the conflict-of-interest check."),
    EXPERT_UNKNOWN("expert-unknown",
            "所选用户不存在、已停用或不具有评审专家角色。",
            "The chosen user does not exist, is disabled or does not hold the expert role."),
    SCORE_NOT_A_NUMBER("score-not-a-number",
            "分值须为数字，例如 18 或 18.5。",
            "A score is a number, e.g. 18 or 18.5."),
    REVIEW_SETUP_MISSING("review-setup-missing",
            "本次征集尚未配置评审规则（领域、形式审查清单、评分标准），请联系系统管理员。",
            "This call has no review setup yet (domains, checklist, criteria); contact the administrator.");

    private final String id;
    private final String zh;
    private final String en;

    ReviewError(String id, String zh, String en) {
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
