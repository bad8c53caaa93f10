import VendorScoreCore
import VendorScoreStore
import VendorScoreWorkspace

/// Every fixed text of the workspace's pages and of its error answers, in Chinese and in
/// English, in one place. Tender titles, names and reasons come from the people who typed them.
///
/// Each entry gives the Chinese first, then the English.
struct PageLabels: Sendable {
    let language: Language

    init(_ language: Language) {
        self.language = language
    }

    private func pick(_ zh: String, _ en: String) -> String {
        language == .zh ? zh : en
    }

    // MARK: Layout

    var htmlLanguage: String { pick("zh-CN", "en") }
    var product: String { pick("VendorScore 评标工作台", "VendorScore evaluation workspace") }
    var myTenders: String { pick("我的项目", "My tenders") }
    var users: String { pick("用户管理", "Users") }
    var signOut: String { pick("退出", "Sign out") }
    /// Who is signed in, after the label's colon in the page's language.
    func signedInAs(_ name: String) -> String { pick("当前用户：\(name)", "Signed in as: \(name)") }
    var otherLanguage: String { pick("English", "中文") }
    var otherLanguageCode: String { pick("en", "zh") }
    var skipToContent: String { pick("跳到正文", "Skip to content") }

    // MARK: Sign-in and passwords

    var signIn: String { pick("登录", "Sign in") }
    var username: String { pick("用户名", "User name") }
    var password: String { pick("密码", "Password") }
    var currentPassword: String { pick("当前密码", "Current password") }
    var newPassword: String { pick("新密码", "New password") }
    var repeatPassword: String { pick("再次输入新密码", "New password again") }
    var changePassword: String { pick("修改密码", "Change password") }
    var mustChangePassword: String {
        pick("这是一次性密码，请先设置您自己的密码。", "This was a one-time password: choose your own password first.")
    }
    var signInFailed: String { pick("用户名或密码不正确。", "The user name or password is not correct.") }
    var signInThrottled: String {
        pick("登录失败次数过多，请稍后再试。", "Too many failed sign-ins; try again later.")
    }
    var passwordTooShort: String {
        pick("密码至少需要 \(PasswordRules.minimumLength) 个字符。", "A password needs at least \(PasswordRules.minimumLength) characters.")
    }
    var passwordTooLong: String {
        pick("密码不能超过 \(PasswordRules.maximumBytes) 字节。", "A password may have at most \(PasswordRules.maximumBytes) bytes.")
    }
    var passwordsDiffer: String { pick("两次输入的新密码不一致。", "The two new passwords differ.") }
    var passwordUnchanged: String { pick("新密码不能与当前密码相同。", "The new password must differ from the current one.") }
    var passwordChanged: String { pick("密码已修改。", "Password changed.") }

    // MARK: Errors

    var problemTitle: String { pick("无法完成", "Not done") }
    var notSignedIn: String { pick("请先登录。", "Sign in first.") }
    var forbidden: String { pick("您无权执行此操作。", "You may not do this.") }
    var notFound: String { pick("找不到该页面或项目。", "No such page or tender.") }
    var badCSRF: String {
        pick("表单已过期或来源不明，请返回重新提交。", "The form has expired or did not come from this site; go back and submit it again.")
    }
    var tooLarge: String { pick("提交的内容过大。", "What was sent is too large.") }
    var conflict: String {
        pick("其他人刚刚修改了同一内容，请刷新后重试。", "Someone else has just changed the same thing; reload and try again.")
    }
    var badRequest: String { pick("请求无效。", "The request is not valid.") }
    var serverError: String { pick("服务器内部错误，操作未完成。", "Internal error; nothing was changed.") }
    var required: String { pick("必填。", "Required.") }
    var wrongType: String { pick("类型不对。", "Wrong type.") }
    var expectedJSON: String { pick("请求体应为 JSON（Content-Type: application/json）。", "The body must be JSON (Content-Type: application/json).") }
    var back: String { pick("返回", "Back") }
    var save: String { pick("保存", "Save") }

    // MARK: Users

    var displayName: String { pick("姓名", "Name") }
    var roles: String { pick("角色", "Roles") }
    var status: String { pick("状态", "Status") }
    var active: String { pick("正常", "active") }
    var disabled: String { pick("已停用", "disabled") }
    var createUser: String { pick("新建用户", "Create user") }
    var disable: String { pick("停用", "Disable") }
    var enable: String { pick("启用", "Enable") }
    var resetPassword: String { pick("重置密码", "Reset password") }
    var atLeastOneRole: String { pick("请至少选择一个角色。", "Choose at least one role.") }
    var usernameRules: String {
        pick("用户名只能包含字母、数字、点、短横线和下划线，最长 64 个字符。",
             "A user name may hold letters, digits, dots, hyphens and underscores, at most 64 characters.")
    }
    func unknownRole(_ name: String) -> String {
        pick("未知角色“\(name)”；可选：\(GlobalRole.allCases.map(\.rawValue).joined(separator: "、"))。",
             "unknown role '\(name)'; one of: \(GlobalRole.allCases.map(\.rawValue).joined(separator: ", ")).")
    }
    var usernameTaken: String { pick("该用户名已被使用。", "This user name is taken.") }

    func oneTimePasswordFor(_ username: String) -> String {
        pick("用户 \(username) 的一次性密码（只显示这一次，请当面或通过安全渠道交给本人；首次登录时须修改）：",
             "One-time password for \(username) (shown only now; hand it over in person or by a safe channel; it must be changed at the first sign-in):")
    }

    func role(_ role: GlobalRole) -> String {
        switch role {
        case .administrator: return pick("系统管理员", "administrator")
        case .officer: return pick("采购人/代理机构", "officer")
        case .expert: return pick("评审专家", "expert")
        case .supervisor: return pick("监督/审计", "supervisor / auditor")
        }
    }

    // MARK: Tenders

    var tender: String { pick("项目", "Tender") }
    var tenderNumber: String { pick("项目编号", "Tender number") }
    var tenderTitle: String { pick("项目名称", "Title") }
    var stage: String { pick("阶段", "Stage") }
    var revision: String { pick("版本", "Revision") }
    var noTenders: String { pick("暂无您可查看的项目。", "No tenders you may see yet.") }
    func pageOf(_ page: Int, _ pages: Int, tenders: Int) -> String {
        pick("第 \(page) 页，共 \(pages) 页（\(tenders) 个项目）", "Page \(page) of \(pages) (\(tenders) tenders)")
    }
    var previousPage: String { pick("上一页", "Previous page") }
    var nextPage: String { pick("下一页", "Next page") }
    var pageNumberRules: String { pick("页码须为从 1 起的整数。", "A page number is a whole number from 1.") }
    var newTender: String { pick("新建项目", "New tender") }
    var rubricFile: String { pick("评分办法（YAML）", "Rubric (YAML)") }
    var bidsFile: String { pick("投标文件数据（YAML 或 CSV）", "Bids (YAML or CSV)") }
    var upload: String { pick("上传并创建", "Upload and create") }
    var fileMissing: String { pick("请选择文件。", "Choose a file.") }
    var tenderNumberRules: String {
        pick("项目编号只能包含字母、数字、点、短横线和下划线，最长 64 个字符。",
             "A tender number may hold letters, digits, dots, hyphens and underscores, at most 64 characters.")
    }
    var tenderExists: String { pick("该项目编号已存在。", "A tender with this number exists.") }
    var replaceInputs: String { pick("更换评分办法或投标数据", "Replace the rubric or the bids") }
    var replaceInputsIntro: String {
        pick("只选择要更换的文件；未选择的保留现有文件。新文件与保留的文件一并检查，无误后才保存。",
             "Choose only the files to replace; the other stays as it is. The new pair is checked together and stored only if it holds.")
    }
    var replace: String { pick("上传并更换", "Upload and replace") }
    var currentFile: String { pick("现有文件", "Current file") }
    var chooseAFile: String { pick("请至少选择一个文件。", "Choose at least one file.") }
    func openingRecordNamesGoneBidder(_ vendor: String) -> String {
        pick("开标记录中的投标人 \(vendor) 不在新的投标数据中：请先在“项目信息与开标记录”中删除其报价。",
             "The opening record names bidder \(vendor), who is not in the new bids: remove its price from the project and opening record first.")
    }
    func ignoredMarks(_ count: Int) -> String {
        pick("上传的投标数据中有 \(count) 个评委打分，本系统不予采用：各评委在评审阶段于评分表中打分，以其提交的分数为准。",
             "The uploaded bids carried \(count) committee marks, which are not used: each member gives marks on their score sheet during scoring, and the submitted marks count.")
    }
    var committee: String { pick("评标委员会", "Committee") }
    var member: String { pick("成员", "Member") }
    var leader: String { pick("组长", "Leader") }
    var progress: String { pick("进度", "Progress") }
    var declared: String { pick("已声明回避情况", "Declared") }
    var submitted: String { pick("已提交评分", "Submitted") }
    var signed: String { pick("已签字", "Signed") }
    var steppedAside: String { pick("已回避", "Stepped aside") }
    var yes: String { pick("是", "yes") }
    var no: String { pick("否", "no") }
    var nextStep: String { pick("下一步", "Next step") }
    var bids: String { pick("投标人", "Bidders") }
    var nothingToDo: String { pick("目前没有需要您处理的事项。", "Nothing for you to do at the moment.") }

    func stage(_ stage: TenderStage) -> String { stage.name(in: language) }

    func advance(to stage: TenderStage) -> String {
        pick("进入“\(self.stage(stage))”阶段", "Move to \(self.stage(stage))")
    }

    // MARK: Committee

    var editCommittee: String { pick("组建评标委员会", "Name the committee") }
    var committeeRowIncomplete: String {
        pick("每个席位都需要成员编号和账号。", "Each seat needs a member id and an account.")
    }
    var notAnExpert: String { pick("该账号不是评审专家。", "This account is not an expert.") }

    func seat(_ role: CommitteeRole) -> String {
        switch role {
        case .expert: return pick("评审专家", "expert")
        case .purchaserRepresentative: return pick("采购人代表", "purchaser's representative")
        }
    }

    // MARK: Declaration

    var declaration: String { pick("回避声明", "Conflict declaration") }
    var declarationIntro: String {
        pick("请对照投标人名单声明是否存在应当回避的关系（财政部令第87号 第48条）。声明后方可查看投标内容；选择回避后将不再参与本项目评审。",
             "Declare against the bidder list whether you have a relationship that requires you to step aside (MoF Order 87, art. 48). You see the bids only after declaring; stepping aside ends your part in this tender.")
    }
    var conflictReason: String { pick("回避理由（仅回避时填写）", "Reason (only when stepping aside)") }
    var noConflict: String { pick("与所有投标人均无利害关系", "No relationship with any bidder") }
    var stepAside: String { pick("申请回避", "Step aside") }

    // MARK: Score sheet

    var scoreSheet: String { pick("评分表", "Score sheet") }
    var scoreSheetIntro: String {
        pick("请独立评分。可多次保存草稿；提交后不能再修改，只能由评标组长按第64条更正。",
             "Score on your own. Save drafts as often as you like; once submitted, a mark changes only through the leader's correction under art. 64.")
    }
    var range: String { pick("分值范围", "Range") }
    var guidance: String { pick("评分标准", "Guidance") }
    var mark: String { pick("得分", "Mark") }
    var saveDraft: String { pick("保存草稿", "Save draft") }
    var submitSheet: String { pick("提交评分（提交后不可修改）", "Submit (final)") }
    var sheetSubmitted: String { pick("您的评分表已提交。", "Your score sheet is submitted.") }
    var markKeyFormat: String { pick("单元格应写作“投标人/评分项”。", "A cell is written 'VENDOR/CRITERION'.") }
    var facts: String { pick("投标事实", "Facts of the bid") }
    var fact: String { pick("事实", "Fact") }
    var value: String { pick("值", "Value") }

    func notANumber(_ text: String) -> String {
        pick("“\(text)”不是数字。", "'\(text)' is not a number.")
    }

    // MARK: Review, decisions, corrections

    var review: String { pick("复核", "Review") }
    var reviewIntro: String {
        pick("全部成员已提交评分。标红的单元格分差超过该项分值的规定比例（畸高畸低），请核实。",
             "Every member has submitted. Cells in red differ by more than the rubric's share of the criterion's points (畸高畸低): check them.")
    }
    var spread: String { pick("分差", "Spread") }
    var decisions: String { pick("评标委员会决定", "Committee decisions") }
    var noDecisions: String { pick("尚无决定。", "No decisions yet.") }
    var corrections: String { pick("评分更正（第64条）", "Corrections (art. 64)") }
    var noCorrections: String { pick("尚无更正。", "No corrections yet.") }
    var reason: String { pick("理由", "Reason") }
    var vendor: String { pick("投标人", "Bidder") }
    var criterion: String { pick("评分项", "Criterion") }
    var before: String { pick("原分", "Before") }
    var after: String { pick("更正后", "After") }
    var article64Case: String { pick("第64条情形", "Case under art. 64") }
    var accepted: String { pick("说明合理，接受", "explanation accepted") }
    var rejected: String { pick("不能证明合理性，投标无效", "explanation rejected: the bid is invalid") }
    var clarificationText: String { pick("澄清内容", "Clarification") }
    var candidates: String { pick("推荐中标候选人数量", "Candidates to recommend") }
    var record: String { pick("记录", "Record") }
    var correct: String { pick("更正", "Correct") }
    var anyVendor: String { pick("（不针对特定投标人）", "(no particular bidder)") }

    func decisionKind(_ kind: DecisionKind) -> String {
        switch kind {
        case .abnormalPrice: return pick("异常低价", "Abnormally low price")
        case .invalidBid: return pick("投标无效", "Invalid bid")
        case .clarification: return pick("澄清、说明、补正", "Clarification")
        case .recommendedCandidates: return pick("推荐候选人数量", "Candidates to recommend")
        }
    }

    func article64(_ value: Article64Case) -> String {
        switch value {
        case .summingError: return pick("（一）分值汇总计算错误", "(1) summing error")
        case .outOfRange: return pick("（二）分项评分超出评分标准规定的评分范围", "(2) mark outside the criterion's range")
        case .objectiveDisagreement: return pick("（三）客观评审因素评分不一致", "(3) disagreement on an objective criterion")
        case .abnormalSpread: return pick("（四）经评标委员会认定评分畸高、畸低", "(4) mark found abnormally high or low")
        }
    }

    // MARK: Signing

    var signing: String { pick("签字确认", "Signing") }
    var signingIntro: String {
        pick("请确认评标结果；如有不同意见，请签署不同意见并写明理由（政府采购法实施条例 第41条）。",
             "Confirm the result; if you disagree, sign your dissent with its reasons (Implementing Regulations art. 41).")
    }
    var confirm: String { pick("确认", "Confirm") }
    var dissent: String { pick("不同意见", "Dissent") }
    var dissentReasons: String { pick("不同意见及理由", "Dissent and reasons") }

    // MARK: Closed tender

    var result: String { pick("评标结果", "Result") }
    var files: String { pick("文件", "Files") }
    var noResultFiles: String {
        pick("本项目尚无冻结的排名、报告和封存记录。", "This tender holds no frozen ranking, report or sealed record.")
    }
    var signatures: String { pick("签字", "Signatures") }
    var log: String { pick("操作日志", "Event log") }
    var when: String { pick("时间", "When") }
    var who: String { pick("操作人", "Who") }
    var what: String { pick("操作", "What") }
    var subject: String { pick("对象", "About") }
    var confirmed: String { pick("确认", "confirmed") }
    var size: String { pick("大小（字节）", "Size (bytes)") }

    func fileKind(_ kind: FileKind) -> String {
        switch kind {
        case .rubric: return pick("评分办法", "rubric")
        case .bids: return pick("投标数据", "bids")
        case .tender: return pick("项目文件", "tender file")
        case .result: return pick("排名（JSON）", "ranking (JSON)")
        case .report: return pick("评标报告（HTML）", "evaluation report (HTML)")
        case .record: return pick("封存记录", "sealed record")
        }
    }

    var signingKey: String { pick("工作台签名公钥", "the workspace's public signing key") }
    var signingKeyIntro: String {
        pick("封存记录由工作台以 Ed25519 签名；审计时用 vendorscore verify 记录 --public-key 公钥 核验：",
             "The sealed record is signed by the workspace (Ed25519); auditors check it with vendorscore verify RECORD --public-key KEY using")
    }

    // MARK: Re-evaluation

    var reevaluation: String { pick("重新评审", "Re-evaluation") }
    func reevaluationIntro(closed number: Int) -> String {
        pick("评审报告签署后发现第64条所列情形的，由原评标委员会重新评审。将开启第 \(number + 1) 版：回到复核阶段，已提交的评分、决定和更正一并带入；第 \(number) 版及其冻结的文件保持不变，仍可下载。",
             "When a case of art. 64 is found after the report was signed, the original committee re-evaluates. This opens revision \(number + 1): it returns to review with the submitted marks, decisions and corrections; revision \(number) and its frozen files stay unchanged and downloadable.")
    }
    var reevaluationReason: String { pick("重新评审的理由（第64条情形）", "Why the committee re-evaluates (the case of art. 64)") }
    var openRevision: String { pick("开启重新评审", "Open the re-evaluation") }
    var revisions: String { pick("版本记录", "Revisions") }
    func revisionTitle(_ number: Int) -> String { pick("第 \(number) 版", "Revision \(number)") }
    var superseded: String { pick("已被新版本取代（只读）", "superseded (read-only)") }
    var currentRevision: String { pick("当前版本", "current") }
    var openedWhy: String { pick("重新评审理由", "Reason for re-evaluation") }

    // MARK: Re-evaluation statement

    /// What a re-evaluated result says of itself: which revision it re-evaluates, why, when and by whom.
    func reevaluationStatement(_ number: Int, reason: String, openedAt: String, openedBy: String) -> String {
        pick("第 \(number) 版重新评审第 \(number - 1) 版。理由：\(reason)（\(openedBy) 于 \(openedAt) UTC 开启）",
             "Revision \(number) re-evaluates revision \(number - 1). Reason: \(reason) (opened by \(openedBy) at \(openedAt) UTC)")
    }

    // MARK: Project and opening record

    var setup: String { pick("项目信息与开标记录", "Project and opening record") }
    var projectNameZh: String { pick("项目名称（中文）", "Project name (Chinese)") }
    var projectNameEn: String { pick("项目名称（英文）", "Project name (English)") }
    var projectNumber: String { pick("项目编号（公告）", "Project number (notice)") }
    var purchaser: String { pick("采购人", "Purchaser") }
    var agency: String { pick("采购代理机构", "Procurement agency") }
    var budget: String { pick("预算金额（元）", "Budget (yuan)") }
    var procurementMethod: String { pick("采购方式", "Procurement method") }
    var noticeMedia: String { pick("公告媒体", "Notice published in") }
    var noticeDate: String { pick("公告日期", "Notice date") }
    var openingTime: String { pick("开标时间", "Opening time") }
    var openingPlace: String { pick("开标地点", "Opening place") }
    var openingRecord: String { pick("开标记录", "Opening record") }
    var quotedPrice: String { pick("开标报价（元）", "Price read out (yuan)") }
    var declarationsHandedIn: String { pick("声明函（逗号分隔）", "Declarations handed in (comma-separated)") }

    func notABidder(_ vendor: String) -> String {
        pick("“\(vendor)”不是本项目的投标人。", "'\(vendor)' is not a bidder in this tender.")
    }

    func notAnAmount(_ text: String) -> String {
        pick("“\(text)”不是金额（请写十进制数字，如 8900000 或 8900000.50）。",
             "'\(text)' is not an amount (write a decimal number such as 8900000 or 8900000.50).")
    }
}
