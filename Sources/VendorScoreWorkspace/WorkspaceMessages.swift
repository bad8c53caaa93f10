import VendorScoreCore

/// Every message the workspace domain shows a user, in one place, in Chinese and English side by
/// side (Chinese first), so wording stays consistent and both languages are reviewed together.
/// The server shows them in the page's language; `description` gives the English, for logs and
/// the command line.
enum WorkspaceMessages {
    private static func pick(_ zh: String, _ en: String, _ language: Language) -> String {
        language == .zh ? zh : en
    }

    private static func listed(_ items: [String], _ language: Language) -> String {
        items.joined(separator: language == .zh ? "、" : ", ")
    }

    static func error(_ error: WorkspaceError, _ l: Language) -> String {
        switch error {
        case .committee(let problems):
            return pick("评标委员会无法组成：", "the committee cannot sit: ", l)
                + problems.map { committeeProblem($0, l) }.joined(separator: l == .zh ? "；" : "; ")
        case .declaration(let problem): return pick("声明未被接受：", "declaration refused: ", l) + declarationProblem(problem, l)
        case .mark(let problem): return pick("分数未被接受：", "mark refused: ", l) + markProblem(problem, l)
        case .correction(let problem): return pick("更正未被接受：", "correction refused: ", l) + correctionProblem(problem, l)
        case .decision(let problem): return pick("决定未被接受：", "decision refused: ", l) + decisionProblem(problem, l)
        case .dissentWithoutReasons: return pick("持不同意见须写明理由", "a dissent must give its reasons", l)
        case .denied(let reason): return pick("不允许：", "not allowed: ", l) + denial(reason, l)
        }
    }

    // MARK: Stages

    static func stage(_ stage: TenderStage, _ l: Language) -> String {
        switch stage {
        case .draft: return pick("准备", "draft", l)
        case .declarations: return pick("回避声明", "declarations", l)
        case .complianceReview: return pick("符合性审查", "compliance review", l)
        case .scoring: return pick("评分", "scoring", l)
        case .review: return pick("复核", "review", l)
        case .signing: return pick("签字", "signing", l)
        case .closed: return pick("已结束", "closed", l)
        }
    }

    // MARK: Committee

    static func committeeProblem(_ problem: CommitteeProblem, _ l: Language) -> String {
        switch problem {
        case .noMembers: return pick("没有成员", "it has no members", l)
        case .noLeader: return pick("未指定评标组长", "no member is designated leader", l)
        case .severalLeaders(let ids):
            return pick("只能有一名组长，现指定了：\(listed(ids, l))", "only one member may lead; leaders named: \(listed(ids, l))", l)
        case .representativeAsLeader(let id):
            return pick("成员“\(id)”是采购人代表，不得担任评标组长（第45条）",
                        "member '\(id)' is the purchaser's representative and may not lead the committee (第45条)", l)
        case .duplicateMemberID(let id): return pick("成员编号“\(id)”重复使用", "member id '\(id)' is used twice", l)
        case .duplicateUser(let user): return pick("账号“\(user)”占了两个席位", "user '\(user)' holds two seats", l)
        case .badMemberID(let id):
            return pick("“\(id)”不是有效的成员编号：只能用字母、数字、“-”“_”“.”，不含空格",
                        "'\(id)' is not a valid member id; use letters, digits, '-', '_' or '.' without spaces", l)
        }
    }

    static func declarationProblem(_ problem: DeclarationProblem, _ l: Language) -> String {
        switch problem {
        case .noVendorNamed: return pick("申请回避须写明所涉投标人", "stepping aside must name the bidder concerned", l)
        case .unknownVendor(let vendor): return pick("“\(vendor)”不是本项目的投标人", "'\(vendor)' is not a bidder in this tender", l)
        case .missingReason: return pick("申请回避须写明理由", "stepping aside must give the reason", l)
        }
    }

    // MARK: Marks

    static func markProblem(_ problem: MarkProblem, _ l: Language) -> String {
        switch problem {
        case .unknownVendor(let key): return pick("“\(key.vendor)”不在本评分表的投标中", "'\(key.vendor)' is not a bid on this score sheet", l)
        case .unknownCriterion(let key):
            return pick("“\(key.criterion)”不是本评分办法的主观评分因素", "'\(key.criterion)' is not a subjective criterion of this rubric", l)
        case .outOfRange(let key, let points, let maximum):
            return pick("\(key)：\(points) 超出该评分因素的分值范围 0–\(maximum)", "\(key): \(points) is outside the criterion's range 0–\(maximum)", l)
        case .incomplete(let missing):
            let shown = listed(missing.prefix(5).map(\.description), l) + (missing.count > 5 ? (l == .zh ? "……" : ", …") : "")
            return pick("还有 \(missing.count) 项未打分，评分表提交前须全部填写：\(shown)",
                        "\(missing.count) mark(s) missing before the sheet can be submitted: \(shown)", l)
        case .alreadySubmitted:
            return pick("评分表已提交；此后分数只能经更正（第64条）修改",
                        "the score sheet is already submitted; a mark now changes only through a correction (第64条)", l)
        case .notSubmitted: return pick("评分表尚未提交", "the score sheet is not submitted", l)
        }
    }

    static func correctionProblem(_ problem: CorrectionProblem, _ l: Language) -> String {
        switch problem {
        case .sheetNotSubmitted:
            return pick("只能更正已提交的分数；草稿中的分数由评委自行修改",
                        "only a submitted mark is corrected; the member can still change a draft", l)
        case .noSuchMark(let key): return pick("该评委未对 \(key) 打分", "the member gave no mark for \(key)", l)
        case .beforeDiffers(let key, let stated, let recorded):
            return pick("\(key)：评分表上更正前的分数是 \(recorded)，不是 \(stated)", "\(key): the mark before is \(recorded) on the sheet, not \(stated)", l)
        case .unchanged(let key): return pick("\(key)：更正后的分数与更正前相同", "\(key): the corrected mark equals the mark before", l)
        case .missingReason: return pick("更正须写明理由", "a correction must give its reason", l)
        }
    }

    static func decisionProblem(_ problem: DecisionProblem, _ l: Language) -> String {
        switch problem {
        case .unknownVendor(let vendor): return pick("“\(vendor)”不是本项目的投标人", "'\(vendor)' is not a bidder in this tender", l)
        case .missingReason: return pick("决定须写明理由", "a decision must give its reason", l)
        case .candidatesBelowOne(let count):
            return pick("至少推荐一名中标候选人，不能是 \(count)", "at least one candidate is recommended, not \(count)", l)
        case .emptyClarification: return pick("澄清须有内容", "a clarification needs its text", l)
        }
    }

    // MARK: Policy

    static func denial(_ reason: DenialReason, _ l: Language) -> String {
        switch reason {
        case .accountDisabled: return pick("该账号已停用", "this account is disabled", l)
        case .administratorHasNoTenderAccess:
            return pick("管理员只管理账号，不能查看项目和评分", "administrators manage accounts and have no access to tenders or scores", l)
        case .notOnCommittee: return pick("您不是本项目评标委员会的成员", "you do not sit on this tender's committee", l)
        case .roleNotPermitted(let action):
            return pick("您的角色不能在本项目执行此操作", "your role may not \(action) on this tender", l)
        case .workspaceRoleRequired(let role): return pick("此操作需要“\(globalRole(role, l))”角色", "this needs the \(role.rawValue) role", l)
        case .steppedAside: return pick("您已申请回避，不能再查看本项目", "you stepped aside from this tender and see nothing more of it", l)
        case .wrongStage(let current, let allowed):
            return pick("项目处于“\(stage(current, l))”阶段；此操作只能在“\(listed(allowed.map { stage($0, l) }, l))”阶段进行",
                        "the tender is at stage \(current.rawValue); this is allowed only at \(allowed.map(\.rawValue).joined(separator: ", "))", l)
        case .notCurrentRevision: return pick("此版本已被新版本取代，只能查看", "this revision was superseded by a newer one and is read-only", l)
        case .inputsMissing: return pick("请先上传评分办法和投标数据", "upload the rubric and the bids first", l)
        case .committeeNotReady(let problems):
            return pick("请先组建评标委员会：", "name the committee first: ", l)
                + problems.map { committeeProblem($0, l) }.joined(separator: l == .zh ? "；" : "; ")
        case .waitingForDeclarations: return pick("尚有成员未作回避声明", "not every member has declared conflicts of interest yet", l)
        case .waitingForSubmissions: return pick("尚有成员未提交评分表", "not every member has submitted a score sheet yet", l)
        case .waitingForSignatures: return pick("尚有成员未签字确认或提出不同意见", "not every member has confirmed or dissented yet", l)
        case .notDeclared: return pick("请先作回避声明", "declare conflicts of interest first", l)
        case .alreadyDeclared: return pick("您已作过声明；声明只能作一次", "you have already declared; a declaration is made once", l)
        case .ownSheetNotSubmitted:
            return pick("提交自己的评分表后才能看到其他成员的分数", "other members' marks are shown only after submitting your own sheet", l)
        case .alreadySubmitted: return pick("您的评分表已提交", "your score sheet is already submitted", l)
        case .alreadySigned: return pick("您已签字", "you have already signed", l)
        }
    }

    static func globalRole(_ role: GlobalRole, _ l: Language) -> String {
        switch role {
        case .administrator: return pick("管理员", "administrator", l)
        case .officer: return pick("采购人/代理机构经办人", "officer", l)
        case .expert: return pick("评审专家", "expert", l)
        case .supervisor: return pick("监督/审计", "supervisor", l)
        }
    }

    // MARK: Log

    static func logIntact(rows: Int64, lastHash: String) -> String {
        "log intact: \(rows) row(s), last hash \(lastHash)"
    }

    static func logSeal(_ seal: LogSeal) -> String {
        "log head at closing: row \(seal.sequence), hash \(seal.hash)"
    }

    static func logSealCheck(_ check: LogSealCheck) -> String {
        switch check {
        case .matches(let seal):
            return "record matches the log: row \(seal.sequence) has the sealed hash \(seal.hash)"
        case .rowMissing(let seal, let lastRow):
            return "record does not match the log: it seals row \(seal.sequence), but the log ends at row \(lastRow); rows were cut off its end"
        case .hashDiffers(let seal, let found):
            return "record does not match the log: row \(seal.sequence) has hash \(found), not the sealed \(seal.hash); the log was rewritten, or this is another workspace's log"
        }
    }

    static func logBreak(_ broken: LogBreak) -> String {
        switch broken.problem {
        case .sequenceGap(let expected):
            return "log broken at row \(broken.sequence): expected row \(expected) here; rows are missing or renumbered"
        case .previousHashMismatch(let expected, let found):
            return "log broken at row \(broken.sequence): it links to \(found), but the row before has hash \(expected); the row before was deleted, replaced or edited"
        case .hashMismatch(let computed, let stored):
            return "log broken at row \(broken.sequence): its content gives hash \(computed), not the stored \(stored); the row was edited"
        }
    }
}
