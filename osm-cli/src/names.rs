//! The one place that names the operation commands: each spec tag's group (`osm case ...`)
//! and each operation's command within it (`osm case create`).
//!
//! Both maps are exhaustive `match`es on the generated [`Tag`] and [`Op`] enums: when the spec
//! gains a tag or an operation, osm-cli stops compiling here until it has a name.

use crate::generated::{Op, Tag};

/// How an operation appears on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Name {
    /// The generated command, under this name in its tag's group.
    Generated(&'static str),
    /// A handwritten command of this name in the tag's group implements the operation (with
    /// more than the operation: `attachment upload` checks the published limits first, shows
    /// progress and can attach the file to a case).
    Handwritten(&'static str),
}

impl Name {
    /// The command's name within its group.
    pub(crate) fn command(self) -> &'static str {
        match self {
            Name::Generated(n) | Name::Handwritten(n) => n,
        }
    }
}

/// The group of a tag: (command name, what it holds).
pub(crate) fn group(tag: Tag) -> (&'static str, &'static str) {
    match tag {
        Tag::Cases => (
            "case",
            "Support cases: create, list, show, act on, follow, wait",
        ),
        Tag::Messages => ("message", "Messages exchanged on a case"),
        Tag::Labels => ("label", "Labels and the cases they are attached to"),
        Tag::Accessories => ("attachment", "Attachments: upload, download, limits"),
        Tag::Authorizations => (
            "authorization",
            "Authorizations granted to support engineers, and their sessions",
        ),
        Tag::Agencies => ("agency", "IAM agencies usable for authorizations"),
        Tag::Agreements => ("agreement", "Service agreements"),
        Tag::Diagnose => ("diagnose", "One-click diagnosis of cloud resources"),
        Tag::Config => ("config", "What the case submission form offers"),
        Tag::Verification => ("verify", "Verification of contact details"),
        Tag::Privileges => ("privilege", "Case submission privileges of sub-users"),
        Tag::Customers => ("customer", "The account's sub-users and regions"),
        Tag::Feedback => ("feedback", "Abuse and infringement reports"),
    }
}

/// The command of an operation within its tag's group.
pub(crate) fn name(op: Op) -> Name {
    use Name::{Generated as G, Handwritten as H};
    match op {
        // cases
        Op::ListOrderIncident => G("list-legacy"),
        Op::ListCaseCcEmails => G("cc-emails"),
        Op::ListCases => G("list"),
        Op::CreateCases => G("create"),
        Op::ListCaseCounts => G("count"),
        Op::DownloadCases => G("export"),
        Op::ShowPartnersCasesPrivilege => G("partner-privilege"),
        Op::ShowPartnersServiceInfo => G("partner-service-info"),
        Op::ShowCaseDetail => G("show"),
        Op::UpdateCases => G("action"),
        Op::UpdateCaseContactInfo => G("update-contact"),
        Op::ShowCaseExtendsParam => G("extends-param"),
        Op::CreateCaseExtendsParam => G("set-extends-param"),
        Op::ListCaseOperateLogs => G("logs"),
        Op::ListRelation => G("relations"),
        Op::CreateRelations => G("relate"),
        Op::DeleteRelation => G("unrelate"),
        Op::CreateScores => G("score"),
        Op::ShowCaseStatus => G("status"),
        Op::ListCaseQuotas => G("quotas"),
        // messages
        Op::ListNewInstantMessages => G("latest"),
        Op::ListUnreadNewInstantMessages => G("unread"),
        Op::ListMoreInstantMessages => G("more"),
        Op::UpdateNewInstantMessagesRead => G("mark-read"),
        Op::RevokeMessage => G("revoke"),
        Op::CreateMessages => G("send"),
        Op::ListMessages => G("list"),
        // labels
        Op::ListCaseLabels => G("of-case"),
        Op::CreateCaseLabels => G("attach"),
        Op::DeleteCaseLabels => G("detach"),
        Op::ListLabels => G("list"),
        Op::CreateLabels => G("create"),
        Op::UpdateLabels => G("update"),
        Op::DeleteLabels => G("delete"),
        // attachments
        Op::UploadAccessory => H("upload"),
        Op::ListAccessoryAccessUrls => G("urls"),
        Op::UploadJsonAccessories => G("upload-json"),
        Op::ShowAccessoryLimits => G("limits"),
        Op::DownloadAccessories => G("download"),
        Op::DeleteAccessories => G("delete"),
        Op::ShowDownloadAccessoryUrl => G("url"),
        Op::DownloadImages => G("image"),
        // authorizations
        Op::ListAuthorizations => G("list"),
        Op::CheckHosts => G("check-host"),
        Op::ShowLoginType => G("login-type"),
        Op::ShowAuthorizationDetail => G("show"),
        Op::ConfirmAuthorizations => G("confirm"),
        Op::UpdateAuthorizations => G("action"),
        Op::ListHistorySessions => G("sessions"),
        Op::ListTransportHistories => G("file-logs"),
        Op::ListHistoryOperateLogs => G("operation-logs"),
        // agencies, agreements
        Op::ListAgencies => G("list"),
        Op::ShowLatestPublishedAgreement => G("latest"),
        Op::ShowSignedLatestPublishedAgreement => G("signed"),
        Op::SignPublishedAgreement => G("sign"),
        // diagnose
        Op::CreateDiagnoseFeedback => G("feedback"),
        Op::ListDiagnoseJob => G("job"),
        Op::ListDiagnoseItems => G("items"),
        Op::CreateDiagnoseJob => G("start"),
        Op::ListDiagnoseResources => G("resources"),
        Op::ListDiagnoseRecords => G("records"),
        // config
        Op::ListAreaCodes => G("area-codes"),
        Op::ListCaseCategories => G("categories"),
        Op::ListExtendsParams => G("extends-params"),
        Op::ListCaseLimits => G("limits"),
        Op::ListProblemTypes => G("problem-types"),
        Op::ListProductCategories => G("product-categories"),
        Op::ListRegions => G("regions"),
        Op::ListSatisfactionDimensions => G("satisfaction-dimensions"),
        Op::ListSeverities => G("severities"),
        Op::ListCaseTemplates => G("templates"),
        Op::ShowConfiguration => G("show"),
        // verification
        Op::CheckVerifyCodes => G("check"),
        Op::ListHasVerifiedContacts => G("contacts"),
        Op::CheckNeedVerify => G("needed"),
        Op::SendVerifyCodes => G("send"),
        // privileges, customers, feedback
        Op::ListPrivileges => G("list"),
        Op::CreatePrivileges => G("grant"),
        Op::ShowCustomerPrivilegePolicy => G("policy"),
        Op::ListCustomersRegions => G("regions"),
        Op::ListSubCustomers => G("sub-users"),
        Op::CreateFeedback => G("create"),
    }
}

/// The operation whose command is `group name`, if any.
pub(crate) fn find(group_name: &str, command: &str) -> Option<Op> {
    Op::ALL
        .iter()
        .copied()
        .find(|op| group(op.tag()).0 == group_name && name(*op).command() == command)
}
