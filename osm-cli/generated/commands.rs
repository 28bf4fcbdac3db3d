// @generated from spec/osm.yaml (sha256 598e762feb5d2ad1412d00cb480e906a5e12347e7dd3b546a66946db4b2b6168) by osm-gen.
// Do not edit: change the spec (or osm-gen) and run `cargo xtask codegen`.

use clap::{Arg, ArgAction, ArgMatches};
use osm_client::{types, Client};
use crate::support::{self, CliError, Cx, EnumValue, OpKind, Output};
/// Every tag of the spec (an operation's group), in spec order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Tag {
    Cases,
    Messages,
    Labels,
    Accessories,
    Authorizations,
    Agencies,
    Agreements,
    Diagnose,
    Config,
    Verification,
    Privileges,
    Customers,
    Feedback,
}
impl Tag {
    /// Every tag, in spec order.
    pub(crate) const ALL: &'static [Tag] = &[
        Tag::Cases,
        Tag::Messages,
        Tag::Labels,
        Tag::Accessories,
        Tag::Authorizations,
        Tag::Agencies,
        Tag::Agreements,
        Tag::Diagnose,
        Tag::Config,
        Tag::Verification,
        Tag::Privileges,
        Tag::Customers,
        Tag::Feedback,
    ];
    /// The tag as the spec names it.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Tag::Cases => "cases",
            Tag::Messages => "messages",
            Tag::Labels => "labels",
            Tag::Accessories => "accessories",
            Tag::Authorizations => "authorizations",
            Tag::Agencies => "agencies",
            Tag::Agreements => "agreements",
            Tag::Diagnose => "diagnose",
            Tag::Config => "config",
            Tag::Verification => "verification",
            Tag::Privileges => "privileges",
            Tag::Customers => "customers",
            Tag::Feedback => "feedback",
        }
    }
}
/// Every operation of the spec, in spec order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Op {
    ListOrderIncident,
    ListCaseCcEmails,
    ListCases,
    CreateCases,
    ListCaseCounts,
    DownloadCases,
    ShowPartnersCasesPrivilege,
    ShowPartnersServiceInfo,
    ShowCaseDetail,
    UpdateCases,
    UpdateCaseContactInfo,
    ShowCaseExtendsParam,
    CreateCaseExtendsParam,
    ListCaseOperateLogs,
    ListRelation,
    CreateRelations,
    DeleteRelation,
    CreateScores,
    ShowCaseStatus,
    ListCaseQuotas,
    ListNewInstantMessages,
    ListUnreadNewInstantMessages,
    ListMoreInstantMessages,
    UpdateNewInstantMessagesRead,
    RevokeMessage,
    CreateMessages,
    ListMessages,
    ListCaseLabels,
    CreateCaseLabels,
    DeleteCaseLabels,
    ListLabels,
    CreateLabels,
    UpdateLabels,
    DeleteLabels,
    UploadAccessory,
    ListAccessoryAccessUrls,
    UploadJsonAccessories,
    ShowAccessoryLimits,
    DownloadAccessories,
    DeleteAccessories,
    ShowDownloadAccessoryUrl,
    DownloadImages,
    ListAuthorizations,
    CheckHosts,
    ShowLoginType,
    ShowAuthorizationDetail,
    ConfirmAuthorizations,
    UpdateAuthorizations,
    ListHistorySessions,
    ListTransportHistories,
    ListHistoryOperateLogs,
    ListAgencies,
    ShowLatestPublishedAgreement,
    ShowSignedLatestPublishedAgreement,
    SignPublishedAgreement,
    CreateDiagnoseFeedback,
    ListDiagnoseJob,
    ListDiagnoseItems,
    CreateDiagnoseJob,
    ListDiagnoseResources,
    ListDiagnoseRecords,
    ListAreaCodes,
    ListCaseCategories,
    ListExtendsParams,
    ListCaseLimits,
    ListProblemTypes,
    ListProductCategories,
    ListRegions,
    ListSatisfactionDimensions,
    ListSeverities,
    ListCaseTemplates,
    ShowConfiguration,
    CheckVerifyCodes,
    ListHasVerifiedContacts,
    CheckNeedVerify,
    SendVerifyCodes,
    ListPrivileges,
    CreatePrivileges,
    ShowCustomerPrivilegePolicy,
    ListCustomersRegions,
    ListSubCustomers,
    CreateFeedback,
}
impl Op {
    /// Every operation, in spec order.
    pub(crate) const ALL: &'static [Op] = &[
        Op::ListOrderIncident,
        Op::ListCaseCcEmails,
        Op::ListCases,
        Op::CreateCases,
        Op::ListCaseCounts,
        Op::DownloadCases,
        Op::ShowPartnersCasesPrivilege,
        Op::ShowPartnersServiceInfo,
        Op::ShowCaseDetail,
        Op::UpdateCases,
        Op::UpdateCaseContactInfo,
        Op::ShowCaseExtendsParam,
        Op::CreateCaseExtendsParam,
        Op::ListCaseOperateLogs,
        Op::ListRelation,
        Op::CreateRelations,
        Op::DeleteRelation,
        Op::CreateScores,
        Op::ShowCaseStatus,
        Op::ListCaseQuotas,
        Op::ListNewInstantMessages,
        Op::ListUnreadNewInstantMessages,
        Op::ListMoreInstantMessages,
        Op::UpdateNewInstantMessagesRead,
        Op::RevokeMessage,
        Op::CreateMessages,
        Op::ListMessages,
        Op::ListCaseLabels,
        Op::CreateCaseLabels,
        Op::DeleteCaseLabels,
        Op::ListLabels,
        Op::CreateLabels,
        Op::UpdateLabels,
        Op::DeleteLabels,
        Op::UploadAccessory,
        Op::ListAccessoryAccessUrls,
        Op::UploadJsonAccessories,
        Op::ShowAccessoryLimits,
        Op::DownloadAccessories,
        Op::DeleteAccessories,
        Op::ShowDownloadAccessoryUrl,
        Op::DownloadImages,
        Op::ListAuthorizations,
        Op::CheckHosts,
        Op::ShowLoginType,
        Op::ShowAuthorizationDetail,
        Op::ConfirmAuthorizations,
        Op::UpdateAuthorizations,
        Op::ListHistorySessions,
        Op::ListTransportHistories,
        Op::ListHistoryOperateLogs,
        Op::ListAgencies,
        Op::ShowLatestPublishedAgreement,
        Op::ShowSignedLatestPublishedAgreement,
        Op::SignPublishedAgreement,
        Op::CreateDiagnoseFeedback,
        Op::ListDiagnoseJob,
        Op::ListDiagnoseItems,
        Op::CreateDiagnoseJob,
        Op::ListDiagnoseResources,
        Op::ListDiagnoseRecords,
        Op::ListAreaCodes,
        Op::ListCaseCategories,
        Op::ListExtendsParams,
        Op::ListCaseLimits,
        Op::ListProblemTypes,
        Op::ListProductCategories,
        Op::ListRegions,
        Op::ListSatisfactionDimensions,
        Op::ListSeverities,
        Op::ListCaseTemplates,
        Op::ShowConfiguration,
        Op::CheckVerifyCodes,
        Op::ListHasVerifiedContacts,
        Op::CheckNeedVerify,
        Op::SendVerifyCodes,
        Op::ListPrivileges,
        Op::CreatePrivileges,
        Op::ShowCustomerPrivilegePolicy,
        Op::ListCustomersRegions,
        Op::ListSubCustomers,
        Op::CreateFeedback,
    ];
    /// The spec's operationId (the `Client` method).
    pub(crate) fn id(self) -> &'static str {
        match self {
            Op::ListOrderIncident => "list_order_incident",
            Op::ListCaseCcEmails => "list_case_cc_emails",
            Op::ListCases => "list_cases",
            Op::CreateCases => "create_cases",
            Op::ListCaseCounts => "list_case_counts",
            Op::DownloadCases => "download_cases",
            Op::ShowPartnersCasesPrivilege => "show_partners_cases_privilege",
            Op::ShowPartnersServiceInfo => "show_partners_service_info",
            Op::ShowCaseDetail => "show_case_detail",
            Op::UpdateCases => "update_cases",
            Op::UpdateCaseContactInfo => "update_case_contact_info",
            Op::ShowCaseExtendsParam => "show_case_extends_param",
            Op::CreateCaseExtendsParam => "create_case_extends_param",
            Op::ListCaseOperateLogs => "list_case_operate_logs",
            Op::ListRelation => "list_relation",
            Op::CreateRelations => "create_relations",
            Op::DeleteRelation => "delete_relation",
            Op::CreateScores => "create_scores",
            Op::ShowCaseStatus => "show_case_status",
            Op::ListCaseQuotas => "list_case_quotas",
            Op::ListNewInstantMessages => "list_new_instant_messages",
            Op::ListUnreadNewInstantMessages => "list_unread_new_instant_messages",
            Op::ListMoreInstantMessages => "list_more_instant_messages",
            Op::UpdateNewInstantMessagesRead => "update_new_instant_messages_read",
            Op::RevokeMessage => "revoke_message",
            Op::CreateMessages => "create_messages",
            Op::ListMessages => "list_messages",
            Op::ListCaseLabels => "list_case_labels",
            Op::CreateCaseLabels => "create_case_labels",
            Op::DeleteCaseLabels => "delete_case_labels",
            Op::ListLabels => "list_labels",
            Op::CreateLabels => "create_labels",
            Op::UpdateLabels => "update_labels",
            Op::DeleteLabels => "delete_labels",
            Op::UploadAccessory => "upload_accessory",
            Op::ListAccessoryAccessUrls => "list_accessory_access_urls",
            Op::UploadJsonAccessories => "upload_json_accessories",
            Op::ShowAccessoryLimits => "show_accessory_limits",
            Op::DownloadAccessories => "download_accessories",
            Op::DeleteAccessories => "delete_accessories",
            Op::ShowDownloadAccessoryUrl => "show_download_accessory_url",
            Op::DownloadImages => "download_images",
            Op::ListAuthorizations => "list_authorizations",
            Op::CheckHosts => "check_hosts",
            Op::ShowLoginType => "show_login_type",
            Op::ShowAuthorizationDetail => "show_authorization_detail",
            Op::ConfirmAuthorizations => "confirm_authorizations",
            Op::UpdateAuthorizations => "update_authorizations",
            Op::ListHistorySessions => "list_history_sessions",
            Op::ListTransportHistories => "list_transport_histories",
            Op::ListHistoryOperateLogs => "list_history_operate_logs",
            Op::ListAgencies => "list_agencies",
            Op::ShowLatestPublishedAgreement => "show_latest_published_agreement",
            Op::ShowSignedLatestPublishedAgreement => {
                "show_signed_latest_published_agreement"
            }
            Op::SignPublishedAgreement => "sign_published_agreement",
            Op::CreateDiagnoseFeedback => "create_diagnose_feedback",
            Op::ListDiagnoseJob => "list_diagnose_job",
            Op::ListDiagnoseItems => "list_diagnose_items",
            Op::CreateDiagnoseJob => "create_diagnose_job",
            Op::ListDiagnoseResources => "list_diagnose_resources",
            Op::ListDiagnoseRecords => "list_diagnose_records",
            Op::ListAreaCodes => "list_area_codes",
            Op::ListCaseCategories => "list_case_categories",
            Op::ListExtendsParams => "list_extends_params",
            Op::ListCaseLimits => "list_case_limits",
            Op::ListProblemTypes => "list_problem_types",
            Op::ListProductCategories => "list_product_categories",
            Op::ListRegions => "list_regions",
            Op::ListSatisfactionDimensions => "list_satisfaction_dimensions",
            Op::ListSeverities => "list_severities",
            Op::ListCaseTemplates => "list_case_templates",
            Op::ShowConfiguration => "show_configuration",
            Op::CheckVerifyCodes => "check_verify_codes",
            Op::ListHasVerifiedContacts => "list_has_verified_contacts",
            Op::CheckNeedVerify => "check_need_verify",
            Op::SendVerifyCodes => "send_verify_codes",
            Op::ListPrivileges => "list_privileges",
            Op::CreatePrivileges => "create_privileges",
            Op::ShowCustomerPrivilegePolicy => "show_customer_privilege_policy",
            Op::ListCustomersRegions => "list_customers_regions",
            Op::ListSubCustomers => "list_sub_customers",
            Op::CreateFeedback => "create_feedback",
        }
    }
    /// The operation's first tag.
    pub(crate) fn tag(self) -> Tag {
        match self {
            Op::ListOrderIncident => Tag::Cases,
            Op::ListCaseCcEmails => Tag::Cases,
            Op::ListCases => Tag::Cases,
            Op::CreateCases => Tag::Cases,
            Op::ListCaseCounts => Tag::Cases,
            Op::DownloadCases => Tag::Cases,
            Op::ShowPartnersCasesPrivilege => Tag::Cases,
            Op::ShowPartnersServiceInfo => Tag::Cases,
            Op::ShowCaseDetail => Tag::Cases,
            Op::UpdateCases => Tag::Cases,
            Op::UpdateCaseContactInfo => Tag::Cases,
            Op::ShowCaseExtendsParam => Tag::Cases,
            Op::CreateCaseExtendsParam => Tag::Cases,
            Op::ListCaseOperateLogs => Tag::Cases,
            Op::ListRelation => Tag::Cases,
            Op::CreateRelations => Tag::Cases,
            Op::DeleteRelation => Tag::Cases,
            Op::CreateScores => Tag::Cases,
            Op::ShowCaseStatus => Tag::Cases,
            Op::ListCaseQuotas => Tag::Cases,
            Op::ListNewInstantMessages => Tag::Messages,
            Op::ListUnreadNewInstantMessages => Tag::Messages,
            Op::ListMoreInstantMessages => Tag::Messages,
            Op::UpdateNewInstantMessagesRead => Tag::Messages,
            Op::RevokeMessage => Tag::Messages,
            Op::CreateMessages => Tag::Messages,
            Op::ListMessages => Tag::Messages,
            Op::ListCaseLabels => Tag::Labels,
            Op::CreateCaseLabels => Tag::Labels,
            Op::DeleteCaseLabels => Tag::Labels,
            Op::ListLabels => Tag::Labels,
            Op::CreateLabels => Tag::Labels,
            Op::UpdateLabels => Tag::Labels,
            Op::DeleteLabels => Tag::Labels,
            Op::UploadAccessory => Tag::Accessories,
            Op::ListAccessoryAccessUrls => Tag::Accessories,
            Op::UploadJsonAccessories => Tag::Accessories,
            Op::ShowAccessoryLimits => Tag::Accessories,
            Op::DownloadAccessories => Tag::Accessories,
            Op::DeleteAccessories => Tag::Accessories,
            Op::ShowDownloadAccessoryUrl => Tag::Accessories,
            Op::DownloadImages => Tag::Accessories,
            Op::ListAuthorizations => Tag::Authorizations,
            Op::CheckHosts => Tag::Authorizations,
            Op::ShowLoginType => Tag::Authorizations,
            Op::ShowAuthorizationDetail => Tag::Authorizations,
            Op::ConfirmAuthorizations => Tag::Authorizations,
            Op::UpdateAuthorizations => Tag::Authorizations,
            Op::ListHistorySessions => Tag::Authorizations,
            Op::ListTransportHistories => Tag::Authorizations,
            Op::ListHistoryOperateLogs => Tag::Authorizations,
            Op::ListAgencies => Tag::Agencies,
            Op::ShowLatestPublishedAgreement => Tag::Agreements,
            Op::ShowSignedLatestPublishedAgreement => Tag::Agreements,
            Op::SignPublishedAgreement => Tag::Agreements,
            Op::CreateDiagnoseFeedback => Tag::Diagnose,
            Op::ListDiagnoseJob => Tag::Diagnose,
            Op::ListDiagnoseItems => Tag::Diagnose,
            Op::CreateDiagnoseJob => Tag::Diagnose,
            Op::ListDiagnoseResources => Tag::Diagnose,
            Op::ListDiagnoseRecords => Tag::Diagnose,
            Op::ListAreaCodes => Tag::Config,
            Op::ListCaseCategories => Tag::Config,
            Op::ListExtendsParams => Tag::Config,
            Op::ListCaseLimits => Tag::Config,
            Op::ListProblemTypes => Tag::Config,
            Op::ListProductCategories => Tag::Config,
            Op::ListRegions => Tag::Config,
            Op::ListSatisfactionDimensions => Tag::Config,
            Op::ListSeverities => Tag::Config,
            Op::ListCaseTemplates => Tag::Config,
            Op::ShowConfiguration => Tag::Config,
            Op::CheckVerifyCodes => Tag::Verification,
            Op::ListHasVerifiedContacts => Tag::Verification,
            Op::CheckNeedVerify => Tag::Verification,
            Op::SendVerifyCodes => Tag::Verification,
            Op::ListPrivileges => Tag::Privileges,
            Op::CreatePrivileges => Tag::Privileges,
            Op::ShowCustomerPrivilegePolicy => Tag::Privileges,
            Op::ListCustomersRegions => Tag::Customers,
            Op::ListSubCustomers => Tag::Customers,
            Op::CreateFeedback => Tag::Feedback,
        }
    }
    /// The spec's one-line summary.
    pub(crate) fn summary(self) -> &'static str {
        match self {
            Op::ListOrderIncident => "List cases (legacy)",
            Op::ListCaseCcEmails => "List case CC email addresses",
            Op::ListCases => "List cases",
            Op::CreateCases => "Create a case",
            Op::ListCaseCounts => "Count cases by status",
            Op::DownloadCases => "Export cases",
            Op::ShowPartnersCasesPrivilege => "Show partner case privileges",
            Op::ShowPartnersServiceInfo => "Show partner service information",
            Op::ShowCaseDetail => "Show case details",
            Op::UpdateCases => "Operate on a case",
            Op::UpdateCaseContactInfo => "Update case contact information",
            Op::ShowCaseExtendsParam => "Show case extension parameters",
            Op::CreateCaseExtendsParam => "Submit case extension parameters",
            Op::ListCaseOperateLogs => "List case operation logs",
            Op::ListRelation => "List related cases",
            Op::CreateRelations => "Create case relations",
            Op::DeleteRelation => "Delete a case relation",
            Op::CreateScores => "Submit a satisfaction score",
            Op::ShowCaseStatus => "Show the status of a case",
            Op::ListCaseQuotas => "Show case quotas",
            Op::ListNewInstantMessages => "Poll for instant messages",
            Op::ListUnreadNewInstantMessages => "List unread messages",
            Op::ListMoreInstantMessages => "List more messages",
            Op::UpdateNewInstantMessagesRead => "Mark messages as read",
            Op::RevokeMessage => "Withdraw a message",
            Op::CreateMessages => "Post a message",
            Op::ListMessages => "List messages",
            Op::ListCaseLabels => "List the labels of a case",
            Op::CreateCaseLabels => "Add labels to a case",
            Op::DeleteCaseLabels => "Remove labels from a case",
            Op::ListLabels => "List labels",
            Op::CreateLabels => "Create a label",
            Op::UpdateLabels => "Update a label",
            Op::DeleteLabels => "Delete a label",
            Op::UploadAccessory => "Upload an attachment",
            Op::ListAccessoryAccessUrls => "Get download links for attachments",
            Op::UploadJsonAccessories => "Upload an attachment",
            Op::ShowAccessoryLimits => "Show attachment limits",
            Op::DownloadAccessories => "Download attachments",
            Op::DeleteAccessories => "Delete an attachment",
            Op::ShowDownloadAccessoryUrl => "Show an attachment download URL",
            Op::DownloadImages => "Show an image",
            Op::ListAuthorizations => "List authorizations",
            Op::CheckHosts => "Verify an authorized host",
            Op::ShowLoginType => "Show the login type",
            Op::ShowAuthorizationDetail => "Show authorization details",
            Op::ConfirmAuthorizations => "Confirm an authorization",
            Op::UpdateAuthorizations => "Reject or revoke an authorization",
            Op::ListHistorySessions => "List bastion host history sessions",
            Op::ListTransportHistories => "List bastion host file transfer records",
            Op::ListHistoryOperateLogs => "List bastion host operation history",
            Op::ListAgencies => "List agencies",
            Op::ShowLatestPublishedAgreement => "Show the latest published agreement",
            Op::ShowSignedLatestPublishedAgreement => {
                "Check whether the latest agreement is signed"
            }
            Op::SignPublishedAgreement => "Sign an agreement",
            Op::CreateDiagnoseFeedback => "Submit diagnosis feedback",
            Op::ListDiagnoseJob => "Get the result of a diagnosis job",
            Op::ListDiagnoseItems => "Get diagnosis check item results",
            Op::CreateDiagnoseJob => "Start a one-click diagnosis",
            Op::ListDiagnoseResources => "Get diagnosable resources",
            Op::ListDiagnoseRecords => "List diagnosis history records",
            Op::ListAreaCodes => "List country calling codes",
            Op::ListCaseCategories => "List case categories",
            Op::ListExtendsParams => "List additional parameters",
            Op::ListCaseLimits => "List case limits",
            Op::ListProblemTypes => "List problem types",
            Op::ListProductCategories => "List product categories",
            Op::ListRegions => "List regions",
            Op::ListSatisfactionDimensions => "List satisfaction dimensions",
            Op::ListSeverities => "List severities",
            Op::ListCaseTemplates => "List templates for a problem type",
            Op::ShowConfiguration => "Show a configuration item",
            Op::CheckVerifyCodes => "Verify a contact",
            Op::ListHasVerifiedContacts => "List verified contacts",
            Op::CheckNeedVerify => "Check whether verification is needed",
            Op::SendVerifyCodes => "Send a verification code",
            Op::ListPrivileges => "Check case privileges",
            Op::CreatePrivileges => "Create a privilege",
            Op::ShowCustomerPrivilegePolicy => {
                "Show the case submission privilege policy"
            }
            Op::ListCustomersRegions => "List regions associated with the user",
            Op::ListSubCustomers => "List sub-users",
            Op::CreateFeedback => "Create an abuse or infringement report",
        }
    }
    /// The command's long help: summary, description, operation and path.
    pub(crate) fn about(self) -> &'static str {
        match self {
            Op::ListOrderIncident => {
                "List cases (legacy).\n\nLists cases through the legacy v1 interface (camelCase parameters and fields). Prefer list_cases.\n\nOperation `list_order_incident`: GET /osm/incidentservice/api/v1/queryincident; every page is read unless --limit or --page."
            }
            Op::ListCaseCcEmails => {
                "List case CC email addresses.\n\nLists the CC email addresses configured for cases.\n\nOperation `list_case_cc_emails`: GET /v2/servicerequest/carbon-copy-emails."
            }
            Op::ListCases => {
                "List cases.\n\nLists the cases of the account, filtered by keyword, labels, status, time range or sub-user, page by page (offset, limit).\n\nOperation `list_cases`: GET /v2/servicerequest/cases; every page is read unless --limit or --page."
            }
            Op::CreateCases => {
                "Create a case.\n\nCreates a case (service ticket) and returns its ID. Get business_type_id from list_problem_types, incident_sub_type_id and product_category_id from list_case_categories, severity_id from list_severities, and attachment IDs from upload_accessory. When the contact is not the registered one, verify it first (send_verify_codes, check_verify_codes) and pass the verification serial IDs in the headers.\n\nOperation `create_cases`: POST /v2/servicerequest/cases."
            }
            Op::ListCaseCounts => {
                "Count cases by status.\n\nCounts the cases of the account in each status.\n\nOperation `list_case_counts`: GET /v2/servicerequest/cases/count."
            }
            Op::DownloadCases => {
                "Export cases.\n\nExports the cases matching the filters as a file (byte stream).\n\nOperation `download_cases`: GET /v2/servicerequest/cases/export."
            }
            Op::ShowPartnersCasesPrivilege => {
                "Show partner case privileges.\n\nShows whether the user may process cases as a partner.\n\nOperation `show_partners_cases_privilege`: GET /v2/servicerequest/cases/partners/privilege/cases-processing."
            }
            Op::ShowPartnersServiceInfo => {
                "Show partner service information.\n\nShows the service information (service days, hours and time zone) of the partner associated with a product.\n\nOperation `show_partners_service_info`: GET /v2/servicerequest/cases/partners/service-info."
            }
            Op::ShowCaseDetail => {
                "Show case details.\n\nShows the details of a case, including its messages and satisfaction scores.\n\nOperation `show_case_detail`: GET /v2/servicerequest/cases/{case_id}."
            }
            Op::UpdateCases => {
                "Operate on a case.\n\nOperates on a case: cancel it, close it, press (urge) the support engineer, or delete it; the action is chosen by action_id. Closing a case can carry a satisfaction evaluation.\n\nOperation `update_cases`: POST /v2/servicerequest/cases/{case_id}/action."
            }
            Op::UpdateCaseContactInfo => {
                "Update case contact information.\n\nUpdates the contact details (mobile number, email, contact time) of a case.\n\nOperation `update_case_contact_info`: PUT /v2/servicerequest/cases/{case_id}/contact-info."
            }
            Op::ShowCaseExtendsParam => {
                "Show case extension parameters.\n\nShows the extension parameters submitted for a case.\n\nOperation `show_case_extends_param`: GET /v2/servicerequest/cases/{case_id}/extends-param."
            }
            Op::CreateCaseExtendsParam => {
                "Submit case extension parameters.\n\nSubmits the extension parameters of a case (the additional parameters required by its product or problem type).\n\nOperation `create_case_extends_param`: POST /v2/servicerequest/cases/{case_id}/extends-param."
            }
            Op::ListCaseOperateLogs => {
                "List case operation logs.\n\nLists the operation log of a case (who did what, and when), page by page.\n\nOperation `list_case_operate_logs`: GET /v2/servicerequest/cases/{case_id}/operate-logs; every page is read unless --limit or --page."
            }
            Op::ListRelation => {
                "List related cases.\n\nLists the relations of a case, returning brief information about each related case.\n\nOperation `list_relation`: GET /v2/servicerequest/cases/{case_id}/relations."
            }
            Op::CreateRelations => {
                "Create case relations.\n\nRelates other cases to a case; a case supports at most 3 relations.\n\nOperation `create_relations`: POST /v2/servicerequest/cases/{case_id}/relations."
            }
            Op::DeleteRelation => {
                "Delete a case relation.\n\nRemoves the relation between a case and another case.\n\nOperation `delete_relation`: DELETE /v2/servicerequest/cases/{case_id}/relations."
            }
            Op::CreateScores => {
                "Submit a satisfaction score.\n\nSubmits the satisfaction scores and evaluation of a case.\n\nOperation `create_scores`: POST /v2/servicerequest/cases/{case_id}/score."
            }
            Op::ShowCaseStatus => {
                "Show the status of a case.\n\nShows the current status of a case.\n\nOperation `show_case_status`: GET /v2/servicerequest/cases/{case_id}/status."
            }
            Op::ListCaseQuotas => {
                "Show case quotas.\n\nShows the case quota (total and unused) for a product category and problem type.\n\nOperation `list_case_quotas`: GET /v2/servicerequest/quotas."
            }
            Op::ListNewInstantMessages => {
                "Poll for instant messages.\n\nPolls for new messages on the given cases since the last query. Pass the returned last_message_time_id back on the next poll.\n\nOperation `list_new_instant_messages`: GET /v2/servicerequest/cases/instant-messages."
            }
            Op::ListUnreadNewInstantMessages => {
                "List unread messages.\n\nLists the number of unread messages of the given cases.\n\nOperation `list_unread_new_instant_messages`: GET /v2/servicerequest/cases/instant-messages/unread."
            }
            Op::ListMoreInstantMessages => {
                "List more messages.\n\nLists older messages of a case, before the given message time (for paging back through a conversation).\n\nOperation `list_more_instant_messages`: GET /v2/servicerequest/cases/{case_id}/instant-messages/more."
            }
            Op::UpdateNewInstantMessagesRead => {
                "Mark messages as read.\n\nMarks the messages of a case as read.\n\nOperation `update_new_instant_messages_read`: POST /v2/servicerequest/cases/{case_id}/instant-messages/unread."
            }
            Op::RevokeMessage => {
                "Withdraw a message.\n\nWithdraws a message previously posted on a case.\n\nOperation `revoke_message`: POST /v2/servicerequest/cases/{case_id}/instant-messages/{message_id}/withdraw."
            }
            Op::CreateMessages => {
                "Post a message.\n\nPosts a message (comment) on a case, optionally with attachments uploaded beforehand.\n\nOperation `create_messages`: POST /v2/servicerequest/cases/{case_id}/message."
            }
            Op::ListMessages => {
                "List messages.\n\nLists the messages of a case.\n\nOperation `list_messages`: GET /v2/servicerequest/cases/{case_id}/messages; every page is read unless --limit or --page."
            }
            Op::ListCaseLabels => {
                "List the labels of a case.\n\nLists the labels attached to a case.\n\nOperation `list_case_labels`: GET /v2/servicerequest/cases/{case_id}/labels."
            }
            Op::CreateCaseLabels => {
                "Add labels to a case.\n\nAttaches labels to a case (at most 5).\n\nOperation `create_case_labels`: POST /v2/servicerequest/cases/{case_id}/labels."
            }
            Op::DeleteCaseLabels => {
                "Remove labels from a case.\n\nRemoves the given labels from the specified case.\n\nOperation `delete_case_labels`: DELETE /v2/servicerequest/cases/{case_id}/labels."
            }
            Op::ListLabels => {
                "List labels.\n\nLists the labels of the account, optionally filtered by name (fuzzy) or ID.\n\nOperation `list_labels`: GET /v2/servicerequest/labels; every page is read unless --limit or --page."
            }
            Op::CreateLabels => {
                "Create a label.\n\nCreates a label that can then be attached to cases.\n\nOperation `create_labels`: POST /v2/servicerequest/labels."
            }
            Op::UpdateLabels => {
                "Update a label.\n\nUpdates the name and color of a label.\n\nOperation `update_labels`: PUT /v2/servicerequest/labels/{label_id}."
            }
            Op::DeleteLabels => {
                "Delete a label.\n\nDeletes a label, and with it every association between cases and that label.\n\nOperation `delete_labels`: DELETE /v2/servicerequest/labels/{label_id}."
            }
            Op::UploadAccessory => {
                "Upload an attachment.\n\nUploads an attachment as multipart/form-data with a `file` part (the content) and a `form_data` part (a JSON document describing the upload, such as its source). The file must respect the limits (size, count, types) returned by show_accessory_limits. Returns the attachment ID to use in create_cases or create_messages.\n\nOperation `upload_accessory`: POST /v2/servicerequest/accessorys."
            }
            Op::ListAccessoryAccessUrls => {
                "Get download links for attachments.\n\nGets download links for several attachments at once.\n\nOperation `list_accessory_access_urls`: GET /v2/servicerequest/accessorys/access-urls."
            }
            Op::UploadJsonAccessories => {
                "Upload an attachment.\n\nUploads an attachment as Base64 content inside a JSON body (intended for SDKs). The file must respect the limits (size, count, types) returned by show_accessory_limits. Returns the attachment ID.\n\nOperation `upload_json_accessories`: POST /v2/servicerequest/accessorys/json-format-content."
            }
            Op::ShowAccessoryLimits => {
                "Show attachment limits.\n\nShows the limits on attachments, such as size, count and file types.\n\nOperation `show_accessory_limits`: GET /v2/servicerequest/accessorys/limits."
            }
            Op::DownloadAccessories => {
                "Download attachments.\n\nDownloads attachments as a byte stream; several IDs can be given, separated by commas.\n\nOperation `download_accessories`: GET /v2/servicerequest/accessorys/{accessory_id}."
            }
            Op::DeleteAccessories => {
                "Delete an attachment.\n\nDeletes an attachment.\n\nOperation `delete_accessories`: DELETE /v2/servicerequest/accessorys/{accessory_id}."
            }
            Op::ShowDownloadAccessoryUrl => {
                "Show an attachment download URL.\n\nGets a temporary download URL for an attachment.\n\nOperation `show_download_accessory_url`: GET /v2/servicerequest/accessorys/{accessory_id}/access-url."
            }
            Op::DownloadImages => {
                "Show an image.\n\nReturns the content of an image attachment, for direct display in a page.\n\nOperation `download_images`: GET /v2/servicerequest/accessorys/{accessory_id}/image."
            }
            Op::ListAuthorizations => {
                "List authorizations.\n\nLists the authorizations requested by support engineers, filtered by status, sub-account or description.\n\nOperation `list_authorizations`: GET /v2/servicerequest/authorizations; every page is read unless --limit or --page."
            }
            Op::CheckHosts => {
                "Verify an authorized host.\n\nChecks whether the account and password of an authorized host are correct.\n\nOperation `check_hosts`: POST /v2/servicerequest/authorizations/authorization-details/{authorization_detail_id}/verify-host."
            }
            Op::ShowLoginType => {
                "Show the login type.\n\nShows the login type of the current user.\n\nOperation `show_login_type`: GET /v2/servicerequest/authorizations/login-type."
            }
            Op::ShowAuthorizationDetail => {
                "Show authorization details.\n\nShows the details of an authorization, including the authorized resources.\n\nOperation `show_authorization_detail`: GET /v2/servicerequest/authorizations/{authorization_id}."
            }
            Op::ConfirmAuthorizations => {
                "Confirm an authorization.\n\nConfirms (grants) an authorization requested by a support engineer, with its time window and resource credentials.\n\nOperation `confirm_authorizations`: PUT /v2/servicerequest/authorizations/{authorization_id}."
            }
            Op::UpdateAuthorizations => {
                "Reject or revoke an authorization.\n\nRejects or revokes an authorization; action_id chooses reject or cancel.\n\nOperation `update_authorizations`: PUT /v2/servicerequest/authorizations/{authorization_id}/action."
            }
            Op::ListHistorySessions => {
                "List bastion host history sessions.\n\nLists the bastion host sessions opened under an authorization detail.\n\nOperation `list_history_sessions`: GET /v2/servicerequest/authorizations/{authorization_id}/authorization-details/{authorization_detail_id}/history-sessions; every page is read unless --limit or --page."
            }
            Op::ListTransportHistories => {
                "List bastion host file transfer records.\n\nLists the files transferred during a bastion host session.\n\nOperation `list_transport_histories`: GET /v2/servicerequest/authorizations/{authorization_id}/authorization-details/{authorization_detail_id}/sessions/{session_id}/operation-file-logs; every page is read unless --limit or --page."
            }
            Op::ListHistoryOperateLogs => {
                "List bastion host operation history.\n\nLists the commands executed during a bastion host session.\n\nOperation `list_history_operate_logs`: GET /v2/servicerequest/authorizations/{authorization_id}/authorization-details/{authorization_detail_id}/sessions/{session_id}/operation-logs; every page is read unless --limit or --page."
            }
            Op::ListAgencies => {
                "List agencies.\n\nLists the IAM agencies of the account that can be used to grant access to support engineers.\n\nOperation `list_agencies`: GET /v2/servicerequest/agencies."
            }
            Op::ShowLatestPublishedAgreement => {
                "Show the latest published agreement.\n\nShows the latest published version of an agreement of the given type.\n\nOperation `show_latest_published_agreement`: GET /v2/servicerequest/agreements/published-agreement."
            }
            Op::ShowSignedLatestPublishedAgreement => {
                "Check whether the latest agreement is signed.\n\nChecks whether the user has signed the latest published agreement of the given type.\n\nOperation `show_signed_latest_published_agreement`: GET /v2/servicerequest/agreements/signed-latest."
            }
            Op::SignPublishedAgreement => {
                "Sign an agreement.\n\nSigns an agreement.\n\nOperation `sign_published_agreement`: POST /v2/servicerequest/agreements/{id}/signed."
            }
            Op::CreateDiagnoseFeedback => {
                "Submit diagnosis feedback.\n\nTells whether a diagnosis was helpful.\n\nOperation `create_diagnose_feedback`: POST /v2.0/servicerequest/diagnose/feedback."
            }
            Op::ListDiagnoseJob => {
                "Get the result of a diagnosis job.\n\nGets the result of a diagnosis job; poll until the job status is final (3 completed; 4, 7, 8 failed).\n\nOperation `list_diagnose_job`: GET /v2.0/servicerequest/diagnose/job."
            }
            Op::ListDiagnoseItems => {
                "Get diagnosis check item results.\n\nGets the detailed results of specific check items of a diagnosis job.\n\nOperation `list_diagnose_items`: POST /v2.0/servicerequest/diagnose/job/show-items."
            }
            Op::CreateDiagnoseJob => {
                "Start a one-click diagnosis.\n\nStarts a one-click diagnosis of a resource and returns the job ID.\n\nOperation `create_diagnose_job`: POST /v2.0/servicerequest/diagnose/job/start."
            }
            Op::ListDiagnoseResources => {
                "Get diagnosable resources.\n\nLists the resources of a project and region that can be diagnosed.\n\nOperation `list_diagnose_resources`: POST /v2.0/servicerequest/diagnose/job/vm/resources."
            }
            Op::ListDiagnoseRecords => {
                "List diagnosis history records.\n\nLists past diagnosis records, page by page.\n\nOperation `list_diagnose_records`: GET /v2.0/servicerequest/diagnose/records; every page is read unless --limit or --page."
            }
            Op::ListAreaCodes => {
                "List country calling codes.\n\nLists country calling codes, used for the contact details on the case submission page.\n\nOperation `list_area_codes`: GET /v2/servicerequest/config/area-codes."
            }
            Op::ListCaseCategories => {
                "List case categories.\n\nLists the case categories (sub-types), each with its product categories.\n\nOperation `list_case_categories`: GET /v2/servicerequest/config/categories."
            }
            Op::ListExtendsParams => {
                "List additional parameters.\n\nLists the additional parameters to fill in when submitting a case; they differ by product or problem type.\n\nOperation `list_extends_params`: GET /v2/servicerequest/config/extends-map."
            }
            Op::ListCaseLimits => {
                "List case limits.\n\nShows the case limits of the tenant, such as the maximum number of CC email addresses.\n\nOperation `list_case_limits`: GET /v2/servicerequest/config/limits."
            }
            Op::ListProblemTypes => {
                "List problem types.\n\nLists the problem types of a product category; choose one after choosing the product category when submitting a case.\n\nOperation `list_problem_types`: GET /v2/servicerequest/config/problems."
            }
            Op::ListProductCategories => {
                "List product categories.\n\nLists the product categories, optionally filtered by name.\n\nOperation `list_product_categories`: GET /v2/servicerequest/config/product-categories."
            }
            Op::ListRegions => {
                "List regions.\n\nLists the regions a case can concern.\n\nOperation `list_regions`: GET /v2/servicerequest/config/regions."
            }
            Op::ListSatisfactionDimensions => {
                "List satisfaction dimensions.\n\nLists the satisfaction dimensions used to score a case.\n\nOperation `list_satisfaction_dimensions`: GET /v2/servicerequest/config/satisfaction-dimensions."
            }
            Op::ListSeverities => {
                "List severities.\n\nLists the severity levels a case can have.\n\nOperation `list_severities`: GET /v2/servicerequest/config/severities."
            }
            Op::ListCaseTemplates => {
                "List templates for a problem type.\n\nLists the case description templates of a problem type.\n\nOperation `list_case_templates`: GET /v2/servicerequest/config/templates."
            }
            Op::ShowConfiguration => {
                "Show a configuration item.\n\nShows the value of a configuration item.\n\nOperation `show_configuration`: GET /v2/servicerequest/configurations/{config_key}."
            }
            Op::CheckVerifyCodes => {
                "Verify a contact.\n\nVerifies a contact (phone or email) with the code sent by send_verify_codes.\n\nOperation `check_verify_codes`: POST /v2/servicerequest/verifycodes."
            }
            Op::ListHasVerifiedContacts => {
                "List verified contacts.\n\nLists the contacts that have been verified; their serial IDs go into the verification headers of create_cases.\n\nOperation `list_has_verified_contacts`: GET /v2/servicerequest/verifycodes/has-verified; every page is read unless --limit or --page."
            }
            Op::CheckNeedVerify => {
                "Check whether verification is needed.\n\nChecks whether a contact must be verified before it can be used in a case.\n\nOperation `check_need_verify`: GET /v2/servicerequest/verifycodes/need-verify."
            }
            Op::SendVerifyCodes => {
                "Send a verification code.\n\nSends a verification code to a contact by SMS or email.\n\nOperation `send_verify_codes`: POST /v2/servicerequest/verifycodes/send."
            }
            Op::ListPrivileges => {
                "Check case privileges.\n\nChecks whether the user has a case privilege.\n\nOperation `list_privileges`: GET /v2/servicerequest/privileges."
            }
            Op::CreatePrivileges => {
                "Create a privilege.\n\nGrants or removes a case privilege (create or delete).\n\nOperation `create_privileges`: POST /v2/servicerequest/privileges."
            }
            Op::ShowCustomerPrivilegePolicy => {
                "Show the case submission privilege policy.\n\nShows whether the case submission restriction is enabled. The main account can enable it; once enabled, sub-accounts cannot submit cases by default.\n\nOperation `show_customer_privilege_policy`: GET /v2/servicerequest/privileges/privilege-policy."
            }
            Op::ListCustomersRegions => {
                "List regions associated with the user.\n\nLists the regions associated with the user.\n\nOperation `list_customers_regions`: GET /v2/servicerequest/customers/regions."
            }
            Op::ListSubCustomers => {
                "List sub-users.\n\nLists the sub-users of the account (anonymized).\n\nOperation `list_sub_customers`: GET /v2/servicerequest/customers/sub-customers."
            }
            Op::CreateFeedback => {
                "Create an abuse or infringement report.\n\nFiles an abuse or intellectual property infringement report.\n\nOperation `create_feedback`: POST /v2/servicerequest/feedbacks."
            }
        }
    }
    /// What kind of command the operation makes.
    pub(crate) fn kind(self) -> OpKind {
        match self {
            Op::ListOrderIncident => OpKind::List,
            Op::ListCaseCcEmails => OpKind::Plain,
            Op::ListCases => OpKind::List,
            Op::CreateCases => OpKind::WithBody,
            Op::ListCaseCounts => OpKind::Plain,
            Op::DownloadCases => OpKind::Download,
            Op::ShowPartnersCasesPrivilege => OpKind::Plain,
            Op::ShowPartnersServiceInfo => OpKind::Plain,
            Op::ShowCaseDetail => OpKind::Plain,
            Op::UpdateCases => OpKind::WithBody,
            Op::UpdateCaseContactInfo => OpKind::WithBody,
            Op::ShowCaseExtendsParam => OpKind::Plain,
            Op::CreateCaseExtendsParam => OpKind::WithBody,
            Op::ListCaseOperateLogs => OpKind::List,
            Op::ListRelation => OpKind::Plain,
            Op::CreateRelations => OpKind::WithBody,
            Op::DeleteRelation => OpKind::WithBody,
            Op::CreateScores => OpKind::WithBody,
            Op::ShowCaseStatus => OpKind::Plain,
            Op::ListCaseQuotas => OpKind::Plain,
            Op::ListNewInstantMessages => OpKind::Plain,
            Op::ListUnreadNewInstantMessages => OpKind::Plain,
            Op::ListMoreInstantMessages => OpKind::Plain,
            Op::UpdateNewInstantMessagesRead => OpKind::WithBody,
            Op::RevokeMessage => OpKind::Plain,
            Op::CreateMessages => OpKind::WithBody,
            Op::ListMessages => OpKind::List,
            Op::ListCaseLabels => OpKind::Plain,
            Op::CreateCaseLabels => OpKind::Plain,
            Op::DeleteCaseLabels => OpKind::Plain,
            Op::ListLabels => OpKind::List,
            Op::CreateLabels => OpKind::WithBody,
            Op::UpdateLabels => OpKind::WithBody,
            Op::DeleteLabels => OpKind::Plain,
            Op::UploadAccessory => OpKind::Upload,
            Op::ListAccessoryAccessUrls => OpKind::Plain,
            Op::UploadJsonAccessories => OpKind::WithBody,
            Op::ShowAccessoryLimits => OpKind::Plain,
            Op::DownloadAccessories => OpKind::Download,
            Op::DeleteAccessories => OpKind::Plain,
            Op::ShowDownloadAccessoryUrl => OpKind::Plain,
            Op::DownloadImages => OpKind::Download,
            Op::ListAuthorizations => OpKind::List,
            Op::CheckHosts => OpKind::WithBody,
            Op::ShowLoginType => OpKind::Plain,
            Op::ShowAuthorizationDetail => OpKind::Plain,
            Op::ConfirmAuthorizations => OpKind::WithBody,
            Op::UpdateAuthorizations => OpKind::WithBody,
            Op::ListHistorySessions => OpKind::List,
            Op::ListTransportHistories => OpKind::List,
            Op::ListHistoryOperateLogs => OpKind::List,
            Op::ListAgencies => OpKind::Plain,
            Op::ShowLatestPublishedAgreement => OpKind::Plain,
            Op::ShowSignedLatestPublishedAgreement => OpKind::Plain,
            Op::SignPublishedAgreement => OpKind::WithBody,
            Op::CreateDiagnoseFeedback => OpKind::WithBody,
            Op::ListDiagnoseJob => OpKind::Plain,
            Op::ListDiagnoseItems => OpKind::WithBody,
            Op::CreateDiagnoseJob => OpKind::WithBody,
            Op::ListDiagnoseResources => OpKind::WithBody,
            Op::ListDiagnoseRecords => OpKind::List,
            Op::ListAreaCodes => OpKind::Plain,
            Op::ListCaseCategories => OpKind::Plain,
            Op::ListExtendsParams => OpKind::Plain,
            Op::ListCaseLimits => OpKind::Plain,
            Op::ListProblemTypes => OpKind::Plain,
            Op::ListProductCategories => OpKind::Plain,
            Op::ListRegions => OpKind::Plain,
            Op::ListSatisfactionDimensions => OpKind::Plain,
            Op::ListSeverities => OpKind::Plain,
            Op::ListCaseTemplates => OpKind::Plain,
            Op::ShowConfiguration => OpKind::Plain,
            Op::CheckVerifyCodes => OpKind::WithBody,
            Op::ListHasVerifiedContacts => OpKind::List,
            Op::CheckNeedVerify => OpKind::Plain,
            Op::SendVerifyCodes => OpKind::WithBody,
            Op::ListPrivileges => OpKind::Plain,
            Op::CreatePrivileges => OpKind::WithBody,
            Op::ShowCustomerPrivilegePolicy => OpKind::Plain,
            Op::ListCustomersRegions => OpKind::Plain,
            Op::ListSubCustomers => OpKind::Plain,
            Op::CreateFeedback => OpKind::WithBody,
        }
    }
    /// The fields of the operation's answer that hold a value set (by wire name, at
    /// any depth), with its values: tables show the values' names.
    pub(crate) fn answer_values(
        self,
    ) -> &'static [(&'static str, &'static [EnumValue])] {
        match self {
            Op::ListOrderIncident => &[],
            Op::ListCaseCcEmails => &[],
            Op::ListCases => &[("status", CASE_STATUS_VALUES)],
            Op::CreateCases => &[],
            Op::ListCaseCounts => &[("status", CASE_STATUS_VALUES)],
            Op::DownloadCases => &[],
            Op::ShowPartnersCasesPrivilege => &[],
            Op::ShowPartnersServiceInfo => &[],
            Op::ShowCaseDetail => {
                &[("status", CASE_STATUS_VALUES), ("type", MESSAGE_TYPE_VALUES)]
            }
            Op::UpdateCases => &[],
            Op::UpdateCaseContactInfo => &[],
            Op::ShowCaseExtendsParam => &[],
            Op::CreateCaseExtendsParam => &[],
            Op::ListCaseOperateLogs => &[],
            Op::ListRelation => &[],
            Op::CreateRelations => &[],
            Op::DeleteRelation => &[],
            Op::CreateScores => &[],
            Op::ShowCaseStatus => &[("status", CASE_STATUS_VALUES)],
            Op::ListCaseQuotas => &[],
            Op::ListNewInstantMessages => {
                &[("replier_type", REPLIER_TYPE_VALUES), ("type", MESSAGE_TYPE_VALUES)]
            }
            Op::ListUnreadNewInstantMessages => &[],
            Op::ListMoreInstantMessages => {
                &[("replier_type", REPLIER_TYPE_VALUES), ("type", MESSAGE_TYPE_VALUES)]
            }
            Op::UpdateNewInstantMessagesRead => &[],
            Op::RevokeMessage => &[],
            Op::CreateMessages => &[],
            Op::ListMessages => {
                &[("replier_type", REPLIER_TYPE_VALUES), ("type", MESSAGE_TYPE_VALUES)]
            }
            Op::ListCaseLabels => &[],
            Op::CreateCaseLabels => &[],
            Op::DeleteCaseLabels => &[],
            Op::ListLabels => &[],
            Op::CreateLabels => &[],
            Op::UpdateLabels => &[],
            Op::DeleteLabels => &[],
            Op::UploadAccessory => &[],
            Op::ListAccessoryAccessUrls => &[],
            Op::UploadJsonAccessories => &[],
            Op::ShowAccessoryLimits => &[],
            Op::DownloadAccessories => &[],
            Op::DeleteAccessories => &[],
            Op::ShowDownloadAccessoryUrl => &[],
            Op::DownloadImages => &[],
            Op::ListAuthorizations => &[],
            Op::CheckHosts => &[],
            Op::ShowLoginType => &[],
            Op::ShowAuthorizationDetail => &[("type", AUTHORIZATION_DETAIL_TYPE_VALUES)],
            Op::ConfirmAuthorizations => &[],
            Op::UpdateAuthorizations => &[],
            Op::ListHistorySessions => &[],
            Op::ListTransportHistories => &[],
            Op::ListHistoryOperateLogs => &[],
            Op::ListAgencies => &[],
            Op::ShowLatestPublishedAgreement => &[],
            Op::ShowSignedLatestPublishedAgreement => &[],
            Op::SignPublishedAgreement => &[],
            Op::CreateDiagnoseFeedback => &[],
            Op::ListDiagnoseJob => {
                &[
                    ("problem_level", PROBLEM_LEVEL_VALUES),
                    ("visible", VISIBILITY_VALUES),
                ]
            }
            Op::ListDiagnoseItems => &[],
            Op::CreateDiagnoseJob => &[],
            Op::ListDiagnoseResources => &[],
            Op::ListDiagnoseRecords => &[],
            Op::ListAreaCodes => &[],
            Op::ListCaseCategories => &[],
            Op::ListExtendsParams => &[],
            Op::ListCaseLimits => &[],
            Op::ListProblemTypes => &[("case_type", CASE_TYPE_VALUES)],
            Op::ListProductCategories => &[],
            Op::ListRegions => &[("type", REGION_TYPE_VALUES)],
            Op::ListSatisfactionDimensions => &[],
            Op::ListSeverities => &[],
            Op::ListCaseTemplates => &[],
            Op::ShowConfiguration => &[],
            Op::CheckVerifyCodes => &[],
            Op::ListHasVerifiedContacts => &[("contact_way", CONTACT_WAY_VALUES)],
            Op::CheckNeedVerify => &[],
            Op::SendVerifyCodes => &[],
            Op::ListPrivileges => &[],
            Op::CreatePrivileges => &[],
            Op::ShowCustomerPrivilegePolicy => &[],
            Op::ListCustomersRegions => &[],
            Op::ListSubCustomers => &[],
            Op::CreateFeedback => &[],
        }
    }
    /// The operation's arguments (its name and group come from osm-cli's name map).
    pub(crate) fn args(self) -> Vec<Arg> {
        match self {
            Op::ListOrderIncident => args_list_order_incident(),
            Op::ListCaseCcEmails => args_list_case_cc_emails(),
            Op::ListCases => args_list_cases(),
            Op::CreateCases => args_create_cases(),
            Op::ListCaseCounts => args_list_case_counts(),
            Op::DownloadCases => args_download_cases(),
            Op::ShowPartnersCasesPrivilege => args_show_partners_cases_privilege(),
            Op::ShowPartnersServiceInfo => args_show_partners_service_info(),
            Op::ShowCaseDetail => args_show_case_detail(),
            Op::UpdateCases => args_update_cases(),
            Op::UpdateCaseContactInfo => args_update_case_contact_info(),
            Op::ShowCaseExtendsParam => args_show_case_extends_param(),
            Op::CreateCaseExtendsParam => args_create_case_extends_param(),
            Op::ListCaseOperateLogs => args_list_case_operate_logs(),
            Op::ListRelation => args_list_relation(),
            Op::CreateRelations => args_create_relations(),
            Op::DeleteRelation => args_delete_relation(),
            Op::CreateScores => args_create_scores(),
            Op::ShowCaseStatus => args_show_case_status(),
            Op::ListCaseQuotas => args_list_case_quotas(),
            Op::ListNewInstantMessages => args_list_new_instant_messages(),
            Op::ListUnreadNewInstantMessages => args_list_unread_new_instant_messages(),
            Op::ListMoreInstantMessages => args_list_more_instant_messages(),
            Op::UpdateNewInstantMessagesRead => args_update_new_instant_messages_read(),
            Op::RevokeMessage => args_revoke_message(),
            Op::CreateMessages => args_create_messages(),
            Op::ListMessages => args_list_messages(),
            Op::ListCaseLabels => args_list_case_labels(),
            Op::CreateCaseLabels => args_create_case_labels(),
            Op::DeleteCaseLabels => args_delete_case_labels(),
            Op::ListLabels => args_list_labels(),
            Op::CreateLabels => args_create_labels(),
            Op::UpdateLabels => args_update_labels(),
            Op::DeleteLabels => args_delete_labels(),
            Op::UploadAccessory => args_upload_accessory(),
            Op::ListAccessoryAccessUrls => args_list_accessory_access_urls(),
            Op::UploadJsonAccessories => args_upload_json_accessories(),
            Op::ShowAccessoryLimits => args_show_accessory_limits(),
            Op::DownloadAccessories => args_download_accessories(),
            Op::DeleteAccessories => args_delete_accessories(),
            Op::ShowDownloadAccessoryUrl => args_show_download_accessory_url(),
            Op::DownloadImages => args_download_images(),
            Op::ListAuthorizations => args_list_authorizations(),
            Op::CheckHosts => args_check_hosts(),
            Op::ShowLoginType => args_show_login_type(),
            Op::ShowAuthorizationDetail => args_show_authorization_detail(),
            Op::ConfirmAuthorizations => args_confirm_authorizations(),
            Op::UpdateAuthorizations => args_update_authorizations(),
            Op::ListHistorySessions => args_list_history_sessions(),
            Op::ListTransportHistories => args_list_transport_histories(),
            Op::ListHistoryOperateLogs => args_list_history_operate_logs(),
            Op::ListAgencies => args_list_agencies(),
            Op::ShowLatestPublishedAgreement => args_show_latest_published_agreement(),
            Op::ShowSignedLatestPublishedAgreement => {
                args_show_signed_latest_published_agreement()
            }
            Op::SignPublishedAgreement => args_sign_published_agreement(),
            Op::CreateDiagnoseFeedback => args_create_diagnose_feedback(),
            Op::ListDiagnoseJob => args_list_diagnose_job(),
            Op::ListDiagnoseItems => args_list_diagnose_items(),
            Op::CreateDiagnoseJob => args_create_diagnose_job(),
            Op::ListDiagnoseResources => args_list_diagnose_resources(),
            Op::ListDiagnoseRecords => args_list_diagnose_records(),
            Op::ListAreaCodes => args_list_area_codes(),
            Op::ListCaseCategories => args_list_case_categories(),
            Op::ListExtendsParams => args_list_extends_params(),
            Op::ListCaseLimits => args_list_case_limits(),
            Op::ListProblemTypes => args_list_problem_types(),
            Op::ListProductCategories => args_list_product_categories(),
            Op::ListRegions => args_list_regions(),
            Op::ListSatisfactionDimensions => args_list_satisfaction_dimensions(),
            Op::ListSeverities => args_list_severities(),
            Op::ListCaseTemplates => args_list_case_templates(),
            Op::ShowConfiguration => args_show_configuration(),
            Op::CheckVerifyCodes => args_check_verify_codes(),
            Op::ListHasVerifiedContacts => args_list_has_verified_contacts(),
            Op::CheckNeedVerify => args_check_need_verify(),
            Op::SendVerifyCodes => args_send_verify_codes(),
            Op::ListPrivileges => args_list_privileges(),
            Op::CreatePrivileges => args_create_privileges(),
            Op::ShowCustomerPrivilegePolicy => args_show_customer_privilege_policy(),
            Op::ListCustomersRegions => args_list_customers_regions(),
            Op::ListSubCustomers => args_list_sub_customers(),
            Op::CreateFeedback => args_create_feedback(),
        }
    }
    /// The filled skeleton `--json-body-template` prints (operations with a JSON body).
    pub(crate) fn body_template(self) -> Option<&'static str> {
        match self {
            Op::ListOrderIncident => None,
            Op::ListCaseCcEmails => None,
            Op::ListCases => None,
            Op::CreateCases => {
                Some(
                    "{\n  \"accessory_ids\": [\n    \"\"\n  ],\n  \"area_code\": \"\",\n  \"business_type_id\": \"\",\n  \"extends_map\": {},\n  \"extension_map\": {},\n  \"incident_sub_type_id\": \"\",\n  \"product_category_id\": \"\",\n  \"project_id\": \"\",\n  \"region_id\": \"\",\n  \"remind_mail\": \"\",\n  \"remind_mobile\": \"\",\n  \"remind_time\": \"\",\n  \"severity_id\": \"\",\n  \"simple_description\": \"\",\n  \"source_id\": \"\",\n  \"verify_code\": \"\"\n}",
                )
            }
            Op::ListCaseCounts => None,
            Op::DownloadCases => None,
            Op::ShowPartnersCasesPrivilege => None,
            Op::ShowPartnersServiceInfo => None,
            Op::ShowCaseDetail => None,
            Op::UpdateCases => {
                Some(
                    "{\n  \"group_id\": \"\",\n  \"incident_satisfaction_list\": [\n    {\n      \"per_value\": 0,\n      \"sat_category_id\": \"\",\n      \"sat_category_name\": \"\",\n      \"satisfaction_id\": 0,\n      \"satisfaction_name\": \"\",\n      \"satisfaction_value\": 0,\n      \"value\": 0\n    }\n  ],\n  \"judgement\": \"\",\n  \"operate_desc\": \"\"\n}",
                )
            }
            Op::UpdateCaseContactInfo => {
                Some(
                    "{\n  \"area_code\": \"\",\n  \"extension_map\": {},\n  \"group_id\": \"\",\n  \"remind_mail\": \"\",\n  \"remind_mobile\": \"\",\n  \"remind_time\": \"\"\n}",
                )
            }
            Op::ShowCaseExtendsParam => None,
            Op::CreateCaseExtendsParam => {
                Some(
                    "{\n  \"extends_map\": {},\n  \"group_id\": \"\",\n  \"message_id\": \"\"\n}",
                )
            }
            Op::ListCaseOperateLogs => None,
            Op::ListRelation => None,
            Op::CreateRelations => {
                Some(
                    "{\n  \"group_id\": \"\",\n  \"related_id_list\": [\n    \"\"\n  ]\n}",
                )
            }
            Op::DeleteRelation => {
                Some("{\n  \"group_id\": \"\",\n  \"related_id\": \"\"\n}")
            }
            Op::CreateScores => {
                Some(
                    "{\n  \"group_id\": \"\",\n  \"incident_satisfaction_list\": [\n    {\n      \"per_value\": 0,\n      \"sat_category_id\": \"\",\n      \"sat_category_name\": \"\",\n      \"satisfaction_id\": 0,\n      \"satisfaction_name\": \"\",\n      \"satisfaction_value\": 0,\n      \"value\": 0\n    }\n  ],\n  \"judgement\": \"\"\n}",
                )
            }
            Op::ShowCaseStatus => None,
            Op::ListCaseQuotas => None,
            Op::ListNewInstantMessages => None,
            Op::ListUnreadNewInstantMessages => None,
            Op::ListMoreInstantMessages => None,
            Op::UpdateNewInstantMessagesRead => Some("{\n  \"group_id\": \"\"\n}"),
            Op::RevokeMessage => None,
            Op::CreateMessages => {
                Some(
                    "{\n  \"group_id\": \"\",\n  \"message\": {\n    \"accessory_ids\": [\n      \"\"\n    ],\n    \"content\": \"\"\n  }\n}",
                )
            }
            Op::ListMessages => None,
            Op::ListCaseLabels => None,
            Op::CreateCaseLabels => None,
            Op::DeleteCaseLabels => None,
            Op::ListLabels => None,
            Op::CreateLabels => Some("{\n  \"color\": \"\",\n  \"name\": \"\"\n}"),
            Op::UpdateLabels => Some("{\n  \"color\": \"\",\n  \"name\": \"\"\n}"),
            Op::DeleteLabels => None,
            Op::UploadAccessory => None,
            Op::ListAccessoryAccessUrls => None,
            Op::UploadJsonAccessories => {
                Some(
                    "{\n  \"accessory_data\": \"\",\n  \"accessory_from\": \"incident\",\n  \"accessory_name\": \"\",\n  \"upload_type\": 0\n}",
                )
            }
            Op::ShowAccessoryLimits => None,
            Op::DownloadAccessories => None,
            Op::DeleteAccessories => None,
            Op::ShowDownloadAccessoryUrl => None,
            Op::DownloadImages => None,
            Op::ListAuthorizations => None,
            Op::CheckHosts => {
                Some(
                    "{\n  \"account\": \"\",\n  \"group_id\": \"\",\n  \"password\": \"\",\n  \"port\": 0\n}",
                )
            }
            Op::ShowLoginType => None,
            Op::ShowAuthorizationDetail => None,
            Op::ConfirmAuthorizations => {
                Some(
                    "{\n  \"agency_id\": \"\",\n  \"auth_detail_list\": [\n    {\n      \"account\": \"\",\n      \"auth_detail_id\": 0,\n      \"password\": \"\",\n      \"port\": 0\n    }\n  ],\n  \"auth_effective_time\": 0,\n  \"auth_expire_time\": 0,\n  \"group_id\": \"\"\n}",
                )
            }
            Op::UpdateAuthorizations => {
                Some("{\n  \"group_id\": \"\",\n  \"reject_reason\": \"\"\n}")
            }
            Op::ListHistorySessions => None,
            Op::ListTransportHistories => None,
            Op::ListHistoryOperateLogs => None,
            Op::ListAgencies => None,
            Op::ShowLatestPublishedAgreement => None,
            Op::ShowSignedLatestPublishedAgreement => None,
            Op::SignPublishedAgreement => Some("{\n  \"relation_id\": \"\"\n}"),
            Op::CreateDiagnoseFeedback => {
                Some(
                    "{\n  \"content\": \"\",\n  \"is_helpful\": false,\n  \"type\": 0\n}",
                )
            }
            Op::ListDiagnoseJob => None,
            Op::ListDiagnoseItems => {
                Some("{\n  \"item_ids\": \"\",\n  \"job_id\": \"\"\n}")
            }
            Op::CreateDiagnoseJob => {
                Some("{\n  \"params\": {},\n  \"region_id\": \"\",\n  \"type\": 0\n}")
            }
            Op::ListDiagnoseResources => {
                Some("{\n  \"project_id\": \"\",\n  \"region\": \"\"\n}")
            }
            Op::ListDiagnoseRecords => None,
            Op::ListAreaCodes => None,
            Op::ListCaseCategories => None,
            Op::ListExtendsParams => None,
            Op::ListCaseLimits => None,
            Op::ListProblemTypes => None,
            Op::ListProductCategories => None,
            Op::ListRegions => None,
            Op::ListSatisfactionDimensions => None,
            Op::ListSeverities => None,
            Op::ListCaseTemplates => None,
            Op::ShowConfiguration => None,
            Op::CheckVerifyCodes => {
                Some(
                    "{\n  \"area_code\": \"\",\n  \"contact_value\": \"\",\n  \"contact_way\": 0,\n  \"customer_id\": \"\",\n  \"verify_code\": \"\",\n  \"x_customer_id\": \"\"\n}",
                )
            }
            Op::ListHasVerifiedContacts => None,
            Op::CheckNeedVerify => None,
            Op::SendVerifyCodes => {
                Some(
                    "{\n  \"area_code\": \"\",\n  \"contact_value\": \"\",\n  \"contact_way\": 0\n}",
                )
            }
            Op::ListPrivileges => None,
            Op::CreatePrivileges => {
                Some("{\n  \"operation\": \"\",\n  \"privilege\": \"export\"\n}")
            }
            Op::ShowCustomerPrivilegePolicy => None,
            Op::ListCustomersRegions => None,
            Op::ListSubCustomers => None,
            Op::CreateFeedback => {
                Some(
                    "{\n  \"contacts\": {\n    \"address\": \"\",\n    \"area\": \"\",\n    \"company_name\": \"\",\n    \"id_files\": [\n      \"\"\n    ],\n    \"id_type\": 0,\n    \"mail\": \"\",\n    \"mobile\": \"\",\n    \"name\": \"\",\n    \"other_way\": \"\"\n  },\n  \"content\": \"\",\n  \"files\": [\n    \"\"\n  ],\n  \"ip\": {\n    \"ip_area\": \"\",\n    \"ip_content\": \"\",\n    \"ip_number\": \"\",\n    \"ip_type\": \"\"\n  },\n  \"title\": \"\",\n  \"type\": \"\"\n}",
                )
            }
        }
    }
    /// The flag (or positional argument) that sets the builder input `setter`.
    pub(crate) fn flag(self, setter: &str) -> Option<&'static str> {
        Some(
            match self {
                Op::ListOrderIncident => {
                    match setter {
                        "version" => "--version",
                        "search_key" => "--search-key",
                        "label_id_list" => "--label-id-list",
                        "app_key" => "--app-key",
                        "incident_id" => "--incident-id",
                        "query_start_time" => "--query-start-time",
                        "query_end_time" => "--query-end-time",
                        "status" => "--status",
                        "incident_status" => "--incident-status",
                        "x_customer_name" => "--x-customer-name",
                        "group_id" => "--group-id",
                        "product_category_id" => "--product-category-id",
                        "business_type_id" => "--business-type-id",
                        "page_no" => "--page-no",
                        "x_customer_id" => "--x-customer-id",
                        _ => return None,
                    }
                }
                Op::ListCaseCcEmails => {
                    match setter {
                        _ => return None,
                    }
                }
                Op::ListCases => {
                    match setter {
                        "search_key" => "--search-key",
                        "label_id_list" => "--label-id-list",
                        "app_key" => "--app-key",
                        "incident_id" => "--incident-id",
                        "query_start_time" => "--query-start-time",
                        "query_end_time" => "--query-end-time",
                        "status" => "--status",
                        "incident_status" => "--incident-status",
                        "x_customer_id" => "--x-customer-id",
                        "x_customer_name" => "--x-customer-name",
                        "group_id" => "--group-id",
                        "offset" => "--offset",
                        _ => return None,
                    }
                }
                Op::CreateCases => {
                    match setter {
                        "x_phone_verifiedid" => "--x-phone-verifiedid",
                        "x_email_verifiedid" => "--x-email-verifiedid",
                        "accessory_ids" => "--accessory-ids",
                        "area_code" => "--area-code",
                        "business_type_id" => "--business-type-id",
                        "extends_map" => "--extends-map",
                        "extension_map" => "--extension-map",
                        "incident_sub_type_id" => "--incident-sub-type-id",
                        "product_category_id" => "--product-category-id",
                        "project_id" => "--project-id",
                        "region_id" => "--region-id",
                        "remind_mail" => "--remind-mail",
                        "remind_mobile" => "--remind-mobile",
                        "remind_time" => "--remind-time",
                        "severity_id" => "--severity-id",
                        "simple_description" => "--simple-description",
                        "source_id" => "--source-id",
                        "verify_code" => "--verify-code",
                        _ => return None,
                    }
                }
                Op::ListCaseCounts => {
                    match setter {
                        "status" => "--status",
                        _ => return None,
                    }
                }
                Op::DownloadCases => {
                    match setter {
                        "language" => "--language-param",
                        "timezone" => "--timezone",
                        "incident_id" => "--incident-id",
                        "query_start_time" => "--query-start-time",
                        "query_end_time" => "--query-end-time",
                        "x_customer_name" => "--x-customer-name",
                        "search_key" => "--search-key",
                        "status" => "--status",
                        "customer_id" => "--customer-id",
                        "tenant_source_id_list" => "--tenant-source-id-list",
                        "sub_customer_id" => "--sub-customer-id",
                        "offset" => "--offset",
                        "limit" => "--limit",
                        _ => return None,
                    }
                }
                Op::ShowPartnersCasesPrivilege => {
                    match setter {
                        _ => return None,
                    }
                }
                Op::ShowPartnersServiceInfo => {
                    match setter {
                        "case_sub_type_id" => "--case-sub-type-id",
                        "product_id" => "--product-id",
                        _ => return None,
                    }
                }
                Op::ShowCaseDetail => {
                    match setter {
                        "case_id" => "CASE_ID",
                        "group_id" => "--group-id",
                        _ => return None,
                    }
                }
                Op::UpdateCases => {
                    match setter {
                        "case_id" => "CASE_ID",
                        "action_id" => "--action-id",
                        "group_id" => "--group-id",
                        "incident_satisfaction_list" => "--incident-satisfaction-list",
                        "judgement" => "--judgement",
                        "operate_desc" => "--operate-desc",
                        _ => return None,
                    }
                }
                Op::UpdateCaseContactInfo => {
                    match setter {
                        "case_id" => "CASE_ID",
                        "area_code" => "--area-code",
                        "extension_map" => "--extension-map",
                        "group_id" => "--group-id",
                        "remind_mail" => "--remind-mail",
                        "remind_mobile" => "--remind-mobile",
                        "remind_time" => "--remind-time",
                        _ => return None,
                    }
                }
                Op::ShowCaseExtendsParam => {
                    match setter {
                        "case_id" => "CASE_ID",
                        "group_id" => "--group-id",
                        _ => return None,
                    }
                }
                Op::CreateCaseExtendsParam => {
                    match setter {
                        "case_id" => "CASE_ID",
                        "extends_map" => "--extends-map",
                        "group_id" => "--group-id",
                        "message_id" => "--message-id",
                        _ => return None,
                    }
                }
                Op::ListCaseOperateLogs => {
                    match setter {
                        "case_id" => "CASE_ID",
                        "group_id" => "--group-id",
                        "offset" => "--offset",
                        _ => return None,
                    }
                }
                Op::ListRelation => {
                    match setter {
                        "case_id" => "CASE_ID",
                        _ => return None,
                    }
                }
                Op::CreateRelations => {
                    match setter {
                        "case_id" => "CASE_ID",
                        "group_id" => "--group-id",
                        "related_id_list" => "--related-id-list",
                        _ => return None,
                    }
                }
                Op::DeleteRelation => {
                    match setter {
                        "case_id" => "CASE_ID",
                        "group_id" => "--group-id",
                        "related_id" => "--related-id",
                        _ => return None,
                    }
                }
                Op::CreateScores => {
                    match setter {
                        "case_id" => "CASE_ID",
                        "group_id" => "--group-id",
                        "incident_satisfaction_list" => "--incident-satisfaction-list",
                        "judgement" => "--judgement",
                        _ => return None,
                    }
                }
                Op::ShowCaseStatus => {
                    match setter {
                        "case_id" => "CASE_ID",
                        _ => return None,
                    }
                }
                Op::ListCaseQuotas => {
                    match setter {
                        "product_category_id" => "--product-category-id",
                        "business_type_id" => "--business-type-id",
                        _ => return None,
                    }
                }
                Op::ListNewInstantMessages => {
                    match setter {
                        "case_ids" => "--case-ids",
                        "last_message_time_id" => "--last-message-time-id",
                        "group_id" => "--group-id",
                        _ => return None,
                    }
                }
                Op::ListUnreadNewInstantMessages => {
                    match setter {
                        "case_ids" => "--case-ids",
                        "group_id" => "--group-id",
                        _ => return None,
                    }
                }
                Op::ListMoreInstantMessages => {
                    match setter {
                        "case_id" => "CASE_ID",
                        "create_time" => "--create-time",
                        "type_" => "--type",
                        "group_id" => "--group-id",
                        "limit" => "--limit",
                        _ => return None,
                    }
                }
                Op::UpdateNewInstantMessagesRead => {
                    match setter {
                        "case_id" => "CASE_ID",
                        "group_id" => "--group-id",
                        _ => return None,
                    }
                }
                Op::RevokeMessage => {
                    match setter {
                        "case_id" => "CASE_ID",
                        "message_id" => "MESSAGE_ID",
                        _ => return None,
                    }
                }
                Op::CreateMessages => {
                    match setter {
                        "case_id" => "CASE_ID",
                        "group_id" => "--group-id",
                        _ => return None,
                    }
                }
                Op::ListMessages => {
                    match setter {
                        "case_id" => "CASE_ID",
                        "group_id" => "--group-id",
                        "offset" => "--offset",
                        _ => return None,
                    }
                }
                Op::ListCaseLabels => {
                    match setter {
                        "case_id" => "CASE_ID",
                        _ => return None,
                    }
                }
                Op::CreateCaseLabels => {
                    match setter {
                        "case_id" => "CASE_ID",
                        "label_ids" => "--label-ids",
                        _ => return None,
                    }
                }
                Op::DeleteCaseLabels => {
                    match setter {
                        "case_id" => "CASE_ID",
                        "label_ids" => "--label-ids",
                        _ => return None,
                    }
                }
                Op::ListLabels => {
                    match setter {
                        "offset" => "--offset",
                        "name" => "--name",
                        "label_id" => "--label-id",
                        _ => return None,
                    }
                }
                Op::CreateLabels => {
                    match setter {
                        "color" => "--color",
                        "name" => "--name",
                        _ => return None,
                    }
                }
                Op::UpdateLabels => {
                    match setter {
                        "label_id" => "LABEL_ID",
                        "color" => "--color",
                        "name" => "--name",
                        _ => return None,
                    }
                }
                Op::DeleteLabels => {
                    match setter {
                        "label_id" => "LABEL_ID",
                        _ => return None,
                    }
                }
                Op::UploadAccessory => {
                    match setter {
                        "file" => "--file",
                        "form_data" => "--form-data",
                        _ => return None,
                    }
                }
                Op::ListAccessoryAccessUrls => {
                    match setter {
                        "group_id" => "--group-id",
                        "accessory_ids" => "--accessory-ids",
                        _ => return None,
                    }
                }
                Op::UploadJsonAccessories => {
                    match setter {
                        "accessory_data" => "--accessory-data",
                        "accessory_from" => "--accessory-from",
                        "accessory_name" => "--accessory-name",
                        "upload_type" => "--upload-type",
                        _ => return None,
                    }
                }
                Op::ShowAccessoryLimits => {
                    match setter {
                        _ => return None,
                    }
                }
                Op::DownloadAccessories => {
                    match setter {
                        "accessory_id" => "ACCESSORY_ID",
                        "group_id" => "--group-id",
                        _ => return None,
                    }
                }
                Op::DeleteAccessories => {
                    match setter {
                        "accessory_id" => "ACCESSORY_ID",
                        _ => return None,
                    }
                }
                Op::ShowDownloadAccessoryUrl => {
                    match setter {
                        "accessory_id" => "ACCESSORY_ID",
                        "relation_type" => "--relation-type",
                        "relation_id" => "--relation-id",
                        "incident_id" => "--incident-id",
                        _ => return None,
                    }
                }
                Op::DownloadImages => {
                    match setter {
                        "accessory_id" => "ACCESSORY_ID",
                        "group_id" => "--group-id",
                        _ => return None,
                    }
                }
                Op::ListAuthorizations => {
                    match setter {
                        "sub_customer_name" => "--sub-customer-name",
                        "incident_id" => "--incident-id",
                        "status" => "--status",
                        "simple_description" => "--simple-description",
                        "offset" => "--offset",
                        "group_id" => "--group-id",
                        _ => return None,
                    }
                }
                Op::CheckHosts => {
                    match setter {
                        "authorization_detail_id" => "AUTHORIZATION_DETAIL_ID",
                        "account" => "--account",
                        "group_id" => "--group-id",
                        "password" => "--password",
                        "port" => "--port",
                        _ => return None,
                    }
                }
                Op::ShowLoginType => {
                    match setter {
                        _ => return None,
                    }
                }
                Op::ShowAuthorizationDetail => {
                    match setter {
                        "authorization_id" => "AUTHORIZATION_ID",
                        "group_id" => "--group-id",
                        _ => return None,
                    }
                }
                Op::ConfirmAuthorizations => {
                    match setter {
                        "authorization_id" => "AUTHORIZATION_ID",
                        "agency_id" => "--agency-id",
                        "auth_detail_list" => "--auth-detail-list",
                        "auth_effective_time" => "--auth-effective-time",
                        "auth_expire_time" => "--auth-expire-time",
                        "group_id" => "--group-id",
                        _ => return None,
                    }
                }
                Op::UpdateAuthorizations => {
                    match setter {
                        "authorization_id" => "AUTHORIZATION_ID",
                        "action_id" => "--action-id",
                        "group_id" => "--group-id",
                        "reject_reason" => "--reject-reason",
                        _ => return None,
                    }
                }
                Op::ListHistorySessions => {
                    match setter {
                        "authorization_id" => "AUTHORIZATION_ID",
                        "authorization_detail_id" => "AUTHORIZATION_DETAIL_ID",
                        "group_id" => "--group-id",
                        "offset" => "--offset",
                        _ => return None,
                    }
                }
                Op::ListTransportHistories => {
                    match setter {
                        "authorization_id" => "AUTHORIZATION_ID",
                        "authorization_detail_id" => "AUTHORIZATION_DETAIL_ID",
                        "session_id" => "SESSION_ID",
                        "group_id" => "--group-id",
                        "sort" => "--sort",
                        "offset" => "--offset",
                        _ => return None,
                    }
                }
                Op::ListHistoryOperateLogs => {
                    match setter {
                        "authorization_id" => "AUTHORIZATION_ID",
                        "authorization_detail_id" => "AUTHORIZATION_DETAIL_ID",
                        "session_id" => "SESSION_ID",
                        "group_id" => "--group-id",
                        "sort" => "--sort",
                        "offset" => "--offset",
                        _ => return None,
                    }
                }
                Op::ListAgencies => {
                    match setter {
                        _ => return None,
                    }
                }
                Op::ShowLatestPublishedAgreement => {
                    match setter {
                        "agreement_type" => "--agreement-type",
                        _ => return None,
                    }
                }
                Op::ShowSignedLatestPublishedAgreement => {
                    match setter {
                        "agreement_type" => "--agreement-type",
                        _ => return None,
                    }
                }
                Op::SignPublishedAgreement => {
                    match setter {
                        "id" => "ID",
                        "relation_id" => "--relation-id",
                        _ => return None,
                    }
                }
                Op::CreateDiagnoseFeedback => {
                    match setter {
                        "content" => "--content",
                        "is_helpful" => "--is-helpful",
                        "type_" => "--type",
                        _ => return None,
                    }
                }
                Op::ListDiagnoseJob => {
                    match setter {
                        "job_id" => "--job-id",
                        _ => return None,
                    }
                }
                Op::ListDiagnoseItems => {
                    match setter {
                        "item_ids" => "--item-ids",
                        "job_id" => "--job-id",
                        _ => return None,
                    }
                }
                Op::CreateDiagnoseJob => {
                    match setter {
                        "params" => "--params",
                        "region_id" => "--region-id",
                        "type_" => "--type",
                        _ => return None,
                    }
                }
                Op::ListDiagnoseResources => {
                    match setter {
                        "project_id" => "--project-id",
                        "region" => "--region-param",
                        _ => return None,
                    }
                }
                Op::ListDiagnoseRecords => {
                    match setter {
                        "page_no" => "--page-no",
                        "type_" => "--type",
                        _ => return None,
                    }
                }
                Op::ListAreaCodes => {
                    match setter {
                        _ => return None,
                    }
                }
                Op::ListCaseCategories => {
                    match setter {
                        _ => return None,
                    }
                }
                Op::ListExtendsParams => {
                    match setter {
                        "business_type_id" => "--business-type-id",
                        "incident_sub_type_id" => "--incident-sub-type-id",
                        "product_category_id" => "--product-category-id",
                        _ => return None,
                    }
                }
                Op::ListCaseLimits => {
                    match setter {
                        _ => return None,
                    }
                }
                Op::ListProblemTypes => {
                    match setter {
                        "product_category_id" => "--product-category-id",
                        _ => return None,
                    }
                }
                Op::ListProductCategories => {
                    match setter {
                        "product_category_name" => "--product-category-name",
                        _ => return None,
                    }
                }
                Op::ListRegions => {
                    match setter {
                        _ => return None,
                    }
                }
                Op::ListSatisfactionDimensions => {
                    match setter {
                        _ => return None,
                    }
                }
                Op::ListSeverities => {
                    match setter {
                        "product_category_id" => "--product-category-id",
                        "business_type_id" => "--business-type-id",
                        _ => return None,
                    }
                }
                Op::ListCaseTemplates => {
                    match setter {
                        "business_type_id" => "--business-type-id",
                        _ => return None,
                    }
                }
                Op::ShowConfiguration => {
                    match setter {
                        "config_key" => "CONFIG_KEY",
                        _ => return None,
                    }
                }
                Op::CheckVerifyCodes => {
                    match setter {
                        "area_code" => "--area-code",
                        "contact_value" => "--contact-value",
                        "contact_way" => "--contact-way",
                        "customer_id" => "--customer-id",
                        "verify_code" => "--verify-code",
                        "x_customer_id" => "--x-customer-id",
                        _ => return None,
                    }
                }
                Op::ListHasVerifiedContacts => {
                    match setter {
                        "contact_way" => "--contact-way",
                        "customer_id" => "--customer-id",
                        "sub_customer_id" => "--sub-customer-id",
                        "expired_time" => "--expired-time",
                        "verified_id" => "--verified-id",
                        "contact_value" => "--contact-value",
                        "area_code" => "--area-code",
                        "offset" => "--offset",
                        _ => return None,
                    }
                }
                Op::CheckNeedVerify => {
                    match setter {
                        "contact_value" => "--contact-value",
                        "contact_way" => "--contact-way",
                        "area_code" => "--area-code",
                        _ => return None,
                    }
                }
                Op::SendVerifyCodes => {
                    match setter {
                        "area_code" => "--area-code",
                        "contact_value" => "--contact-value",
                        "contact_way" => "--contact-way",
                        _ => return None,
                    }
                }
                Op::ListPrivileges => {
                    match setter {
                        "privilege" => "--privilege",
                        _ => return None,
                    }
                }
                Op::CreatePrivileges => {
                    match setter {
                        "operation" => "--operation",
                        "privilege" => "--privilege",
                        _ => return None,
                    }
                }
                Op::ShowCustomerPrivilegePolicy => {
                    match setter {
                        _ => return None,
                    }
                }
                Op::ListCustomersRegions => {
                    match setter {
                        _ => return None,
                    }
                }
                Op::ListSubCustomers => {
                    match setter {
                        "sub_customer_name" => "--sub-customer-name",
                        "sub_customer_id" => "--sub-customer-id",
                        _ => return None,
                    }
                }
                Op::CreateFeedback => {
                    match setter {
                        "content" => "--content",
                        "files" => "--files",
                        "title" => "--title",
                        "type_" => "--type",
                        _ => return None,
                    }
                }
            },
        )
    }
    /// Sets the operation's builder from the parsed arguments and sends it.
    pub(crate) async fn run(
        self,
        client: &Client,
        m: &ArgMatches,
        cx: &Cx,
    ) -> Result<Output, CliError> {
        match self {
            Op::ListOrderIncident => run_list_order_incident(client, m, cx).await,
            Op::ListCaseCcEmails => run_list_case_cc_emails(client, m, cx).await,
            Op::ListCases => run_list_cases(client, m, cx).await,
            Op::CreateCases => run_create_cases(client, m, cx).await,
            Op::ListCaseCounts => run_list_case_counts(client, m, cx).await,
            Op::DownloadCases => run_download_cases(client, m, cx).await,
            Op::ShowPartnersCasesPrivilege => {
                run_show_partners_cases_privilege(client, m, cx).await
            }
            Op::ShowPartnersServiceInfo => {
                run_show_partners_service_info(client, m, cx).await
            }
            Op::ShowCaseDetail => run_show_case_detail(client, m, cx).await,
            Op::UpdateCases => run_update_cases(client, m, cx).await,
            Op::UpdateCaseContactInfo => {
                run_update_case_contact_info(client, m, cx).await
            }
            Op::ShowCaseExtendsParam => run_show_case_extends_param(client, m, cx).await,
            Op::CreateCaseExtendsParam => {
                run_create_case_extends_param(client, m, cx).await
            }
            Op::ListCaseOperateLogs => run_list_case_operate_logs(client, m, cx).await,
            Op::ListRelation => run_list_relation(client, m, cx).await,
            Op::CreateRelations => run_create_relations(client, m, cx).await,
            Op::DeleteRelation => run_delete_relation(client, m, cx).await,
            Op::CreateScores => run_create_scores(client, m, cx).await,
            Op::ShowCaseStatus => run_show_case_status(client, m, cx).await,
            Op::ListCaseQuotas => run_list_case_quotas(client, m, cx).await,
            Op::ListNewInstantMessages => {
                run_list_new_instant_messages(client, m, cx).await
            }
            Op::ListUnreadNewInstantMessages => {
                run_list_unread_new_instant_messages(client, m, cx).await
            }
            Op::ListMoreInstantMessages => {
                run_list_more_instant_messages(client, m, cx).await
            }
            Op::UpdateNewInstantMessagesRead => {
                run_update_new_instant_messages_read(client, m, cx).await
            }
            Op::RevokeMessage => run_revoke_message(client, m, cx).await,
            Op::CreateMessages => run_create_messages(client, m, cx).await,
            Op::ListMessages => run_list_messages(client, m, cx).await,
            Op::ListCaseLabels => run_list_case_labels(client, m, cx).await,
            Op::CreateCaseLabels => run_create_case_labels(client, m, cx).await,
            Op::DeleteCaseLabels => run_delete_case_labels(client, m, cx).await,
            Op::ListLabels => run_list_labels(client, m, cx).await,
            Op::CreateLabels => run_create_labels(client, m, cx).await,
            Op::UpdateLabels => run_update_labels(client, m, cx).await,
            Op::DeleteLabels => run_delete_labels(client, m, cx).await,
            Op::UploadAccessory => run_upload_accessory(client, m, cx).await,
            Op::ListAccessoryAccessUrls => {
                run_list_accessory_access_urls(client, m, cx).await
            }
            Op::UploadJsonAccessories => run_upload_json_accessories(client, m, cx).await,
            Op::ShowAccessoryLimits => run_show_accessory_limits(client, m, cx).await,
            Op::DownloadAccessories => run_download_accessories(client, m, cx).await,
            Op::DeleteAccessories => run_delete_accessories(client, m, cx).await,
            Op::ShowDownloadAccessoryUrl => {
                run_show_download_accessory_url(client, m, cx).await
            }
            Op::DownloadImages => run_download_images(client, m, cx).await,
            Op::ListAuthorizations => run_list_authorizations(client, m, cx).await,
            Op::CheckHosts => run_check_hosts(client, m, cx).await,
            Op::ShowLoginType => run_show_login_type(client, m, cx).await,
            Op::ShowAuthorizationDetail => {
                run_show_authorization_detail(client, m, cx).await
            }
            Op::ConfirmAuthorizations => run_confirm_authorizations(client, m, cx).await,
            Op::UpdateAuthorizations => run_update_authorizations(client, m, cx).await,
            Op::ListHistorySessions => run_list_history_sessions(client, m, cx).await,
            Op::ListTransportHistories => {
                run_list_transport_histories(client, m, cx).await
            }
            Op::ListHistoryOperateLogs => {
                run_list_history_operate_logs(client, m, cx).await
            }
            Op::ListAgencies => run_list_agencies(client, m, cx).await,
            Op::ShowLatestPublishedAgreement => {
                run_show_latest_published_agreement(client, m, cx).await
            }
            Op::ShowSignedLatestPublishedAgreement => {
                run_show_signed_latest_published_agreement(client, m, cx).await
            }
            Op::SignPublishedAgreement => {
                run_sign_published_agreement(client, m, cx).await
            }
            Op::CreateDiagnoseFeedback => {
                run_create_diagnose_feedback(client, m, cx).await
            }
            Op::ListDiagnoseJob => run_list_diagnose_job(client, m, cx).await,
            Op::ListDiagnoseItems => run_list_diagnose_items(client, m, cx).await,
            Op::CreateDiagnoseJob => run_create_diagnose_job(client, m, cx).await,
            Op::ListDiagnoseResources => run_list_diagnose_resources(client, m, cx).await,
            Op::ListDiagnoseRecords => run_list_diagnose_records(client, m, cx).await,
            Op::ListAreaCodes => run_list_area_codes(client, m, cx).await,
            Op::ListCaseCategories => run_list_case_categories(client, m, cx).await,
            Op::ListExtendsParams => run_list_extends_params(client, m, cx).await,
            Op::ListCaseLimits => run_list_case_limits(client, m, cx).await,
            Op::ListProblemTypes => run_list_problem_types(client, m, cx).await,
            Op::ListProductCategories => run_list_product_categories(client, m, cx).await,
            Op::ListRegions => run_list_regions(client, m, cx).await,
            Op::ListSatisfactionDimensions => {
                run_list_satisfaction_dimensions(client, m, cx).await
            }
            Op::ListSeverities => run_list_severities(client, m, cx).await,
            Op::ListCaseTemplates => run_list_case_templates(client, m, cx).await,
            Op::ShowConfiguration => run_show_configuration(client, m, cx).await,
            Op::CheckVerifyCodes => run_check_verify_codes(client, m, cx).await,
            Op::ListHasVerifiedContacts => {
                run_list_has_verified_contacts(client, m, cx).await
            }
            Op::CheckNeedVerify => run_check_need_verify(client, m, cx).await,
            Op::SendVerifyCodes => run_send_verify_codes(client, m, cx).await,
            Op::ListPrivileges => run_list_privileges(client, m, cx).await,
            Op::CreatePrivileges => run_create_privileges(client, m, cx).await,
            Op::ShowCustomerPrivilegePolicy => {
                run_show_customer_privilege_policy(client, m, cx).await
            }
            Op::ListCustomersRegions => run_list_customers_regions(client, m, cx).await,
            Op::ListSubCustomers => run_list_sub_customers(client, m, cx).await,
            Op::CreateFeedback => run_create_feedback(client, m, cx).await,
        }
    }
}
///The values of `AccessoryFrom`.
pub(crate) const ACCESSORY_FROM_VALUES: &[EnumValue] = &[
    EnumValue {
        name: "incident",
        wire: "incident",
        help: "An attachment of a new case.",
    },
    EnumValue {
        name: "message",
        wire: "message",
        help: "An attachment of a message.",
    },
];
///The values of `AccessoryRelationType`.
pub(crate) const ACCESSORY_RELATION_TYPE_VALUES: &[EnumValue] = &[
    EnumValue {
        name: "default",
        wire: "DEFAULT",
        help: "Default relation.",
    },
    EnumValue {
        name: "no-relation",
        wire: "NO_RELATION",
        help: "Not related to anything.",
    },
    EnumValue {
        name: "notification",
        wire: "NOTIFICATION",
        help: "A notification.",
    },
    EnumValue {
        name: "incident",
        wire: "INCIDENT",
        help: "A case.",
    },
    EnumValue {
        name: "message",
        wire: "MESSAGE",
        help: "A message.",
    },
    EnumValue {
        name: "inspection",
        wire: "INSPECTION",
        help: "An inspection.",
    },
    EnumValue {
        name: "connect",
        wire: "CONNECT",
        help: "A connection.",
    },
];
///The values of `AgreementType`.
pub(crate) const AGREEMENT_TYPE_VALUES: &[EnumValue] = &[
    EnumValue {
        name: "create-case-user",
        wire: "0",
        help: "Case creation by an ordinary user.",
    },
    EnumValue {
        name: "create-case-isv",
        wire: "1",
        help: "Case creation by an ISV user.",
    },
    EnumValue {
        name: "authorization",
        wire: "2",
        help: "Authorization.",
    },
];
///The values of `AuthorizationAction`.
pub(crate) const AUTHORIZATION_ACTION_VALUES: &[EnumValue] = &[
    EnumValue {
        name: "reject",
        wire: "reject",
        help: "Reject the authorization request.",
    },
    EnumValue {
        name: "cancel",
        wire: "cancel",
        help: "Revoke the authorization.",
    },
];
///The values of `AuthorizationDetailType`.
pub(crate) const AUTHORIZATION_DETAIL_TYPE_VALUES: &[EnumValue] = &[
    EnumValue {
        name: "console",
        wire: "0",
        help: "The console.",
    },
    EnumValue {
        name: "host",
        wire: "1",
        help: "A host resource.",
    },
];
///The values of `CaseAction`.
pub(crate) const CASE_ACTION_VALUES: &[EnumValue] = &[
    EnumValue {
        name: "cancel",
        wire: "cancel",
        help: "Withdraw a case support has not accepted yet.",
    },
    EnumValue {
        name: "close",
        wire: "close",
        help: "Close the case as solved.",
    },
    EnumValue {
        name: "press",
        wire: "press",
        help: "Urge support to handle the case.",
    },
    EnumValue {
        name: "delete",
        wire: "delete",
        help: "Remove a finished case from the list.",
    },
];
///The values of `CaseStatus`.
pub(crate) const CASE_STATUS_VALUES: &[EnumValue] = &[
    EnumValue {
        name: "pending-acceptance",
        wire: "0",
        help: "Waiting for support to accept it.",
    },
    EnumValue {
        name: "processing",
        wire: "1",
        help: "Support is working on it.",
    },
    EnumValue {
        name: "pending-confirmation",
        wire: "2",
        help: "Support answered; the customer should confirm the result.",
    },
    EnumValue {
        name: "completed",
        wire: "3",
        help: "Closed as solved.",
    },
    EnumValue {
        name: "cancelled",
        wire: "4",
        help: "Cancelled by the customer.",
    },
    EnumValue {
        name: "paused",
        wire: "5",
        help: "Paused.",
    },
    EnumValue {
        name: "invalid",
        wire: "12",
        help: "Closed as invalid.",
    },
    EnumValue {
        name: "pending-feedback",
        wire: "17",
        help: "Support waits for the customer's feedback.",
    },
];
///The values of `CaseType`.
pub(crate) const CASE_TYPE_VALUES: &[EnumValue] = &[
    EnumValue {
        name: "consultation",
        wire: "0",
        help: "A consultation.",
    },
    EnumValue {
        name: "fault-report",
        wire: "5",
        help: "A fault report.",
    },
];
///The values of `ContactWay`.
pub(crate) const CONTACT_WAY_VALUES: &[EnumValue] = &[
    EnumValue {
        name: "phone",
        wire: "0",
        help: "Phone (SMS).",
    },
    EnumValue {
        name: "email",
        wire: "1",
        help: "Email.",
    },
];
///The values of `MessageType`.
pub(crate) const MESSAGE_TYPE_VALUES: &[EnumValue] = &[
    EnumValue {
        name: "customer",
        wire: "0",
        help: "The customer.",
    },
    EnumValue {
        name: "engineer",
        wire: "1",
        help: "A Huawei engineer (customer service).",
    },
];
///The values of `Privilege`.
pub(crate) const PRIVILEGE_VALUES: &[EnumValue] = &[
    EnumValue {
        name: "export",
        wire: "export",
        help: "Export cases.",
    },
    EnumValue {
        name: "create-case",
        wire: "createCase",
        help: "Create cases.",
    },
];
///The values of `ProblemLevel`.
pub(crate) const PROBLEM_LEVEL_VALUES: &[EnumValue] = &[
    EnumValue {
        name: "not-executed",
        wire: "0",
        help: "Not executed.",
    },
    EnumValue {
        name: "normal",
        wire: "3",
        help: "Normal.",
    },
    EnumValue {
        name: "abnormal",
        wire: "4",
        help: "Abnormal.",
    },
];
///The values of `RegionType`.
pub(crate) const REGION_TYPE_VALUES: &[EnumValue] = &[
    EnumValue {
        name: "chinese-mainland",
        wire: "0",
        help: "The Chinese mainland.",
    },
    EnumValue {
        name: "international",
        wire: "1",
        help: "International.",
    },
];
///The values of `ReplierType`.
pub(crate) const REPLIER_TYPE_VALUES: &[EnumValue] = &[
    EnumValue {
        name: "customer",
        wire: "0",
        help: "The customer.",
    },
    EnumValue {
        name: "engineer",
        wire: "1",
        help: "A Huawei engineer.",
    },
    EnumValue {
        name: "third-party",
        wire: "2",
        help: "A third party.",
    },
];
///The values of `SortOrder`.
pub(crate) const SORT_ORDER_VALUES: &[EnumValue] = &[
    EnumValue {
        name: "descending",
        wire: "0",
        help: "Newest first (the default).",
    },
    EnumValue {
        name: "ascending",
        wire: "1",
        help: "Oldest first.",
    },
];
///The values of `UploadType`.
pub(crate) const UPLOAD_TYPE_VALUES: &[EnumValue] = &[
    EnumValue {
        name: "normal",
        wire: "0",
        help: "Normal upload (the default).",
    },
    EnumValue {
        name: "markdown",
        wire: "1",
        help: "Markdown mode.",
    },
];
///The values of `Visibility`.
pub(crate) const VISIBILITY_VALUES: &[EnumValue] = &[
    EnumValue {
        name: "hidden",
        wire: "0",
        help: "Hidden.",
    },
    EnumValue {
        name: "visible",
        wire: "1",
        help: "Visible.",
    },
];
fn args_list_order_incident() -> Vec<Arg> {
    vec![
        Arg::new("version").help("Version number").value_name("VERSION").long("version")
        .value_parser(::clap::value_parser!(String)), Arg::new("search_key")
        .help("Keyword (repeat the flag for several)").value_name("SEARCHKEY")
        .long("search-key").value_parser(::clap::value_parser!(String))
        .action(ArgAction::Append), Arg::new("label_id_list")
        .help("Label list (repeat the flag for several)").value_name("LABELIDLIST")
        .long("label-id-list").value_parser(::clap::value_parser!(i32))
        .action(ArgAction::Append), Arg::new("app_key").help("App key")
        .value_name("APPKEY").long("app-key")
        .value_parser(::clap::value_parser!(String)), Arg::new("incident_id")
        .help("Case (incident) ID").value_name("INCIDENTID").long("incident-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("query_start_time")
        .help("Start of the query time range").value_name("QUERYSTARTTIME")
        .long("query-start-time").value_parser(::clap::value_parser!(String)),
        Arg::new("query_end_time").help("End of the query time range")
        .value_name("QUERYENDTIME").long("query-end-time")
        .value_parser(::clap::value_parser!(String)), Arg::new("status").help("Status")
        .value_name("STATUS").long("status").value_parser(::clap::value_parser!(i32)),
        Arg::new("incident_status").help("Case status").value_name("INCIDENTSTATUS")
        .long("incident-status").value_parser(::clap::value_parser!(String)),
        Arg::new("x_customer_name").help("User name").value_name("XCUSTOMERNAME")
        .long("x-customer-name").value_parser(::clap::value_parser!(String)),
        Arg::new("group_id").help("Group").value_name("GROUPID").long("group-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("product_category_id")
        .help("Product category").value_name("PRODUCTCATEGORYID")
        .long("product-category-id").value_parser(::clap::value_parser!(String)),
        Arg::new("business_type_id").help("Type").value_name("BUSINESSTYPEID")
        .long("business-type-id").value_parser(::clap::value_parser!(String)),
        Arg::new("page_no").help("Page number").value_name("PAGENO").long("page-no")
        .value_parser(::clap::value_parser!(i32)), Arg::new("x_customer_id")
        .help("Customer ID").value_name("XCUSTOMERID").long("x-customer-id")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_list_case_cc_emails() -> Vec<Arg> {
    vec![]
}
fn args_list_cases() -> Vec<Arg> {
    vec![
        Arg::new("search_key")
        .help("Keywords; several keywords may be separated by spaces (repeat the flag for several)")
        .value_name("SEARCH_KEY").long("search-key")
        .value_parser(::clap::value_parser!(String)).action(ArgAction::Append),
        Arg::new("label_id_list")
        .help("Label IDs, at most 5 (repeat the flag for several)")
        .value_name("LABEL_ID_LIST").long("label-id-list")
        .value_parser(::clap::value_parser!(String)).action(ArgAction::Append),
        Arg::new("app_key").help("App keyword").value_name("APP_KEY").long("app-key")
        .value_parser(::clap::value_parser!(String)), Arg::new("incident_id")
        .help("Case ID").value_name("INCIDENT_ID").long("incident-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("query_start_time")
        .help("Start of the query time range").value_name("QUERY_START_TIME")
        .long("query-start-time").value_parser(::clap::value_parser!(String)),
        Arg::new("query_end_time").help("End of the query time range")
        .value_name("QUERY_END_TIME").long("query-end-time")
        .value_parser(::clap::value_parser!(String)), Arg::new("status")
        .help("Status: 0 pending acceptance, 1 processing, 2 pending confirmation, 3 completed, 4 cancelled, 5 paused, 12 invalid, 17 pending feedback")
        .value_name("STATUS").long("status").value_parser(support::enum_parser:: <
        types::CaseStatus > (CASE_STATUS_VALUES)), Arg::new("incident_status")
        .help("Status list").value_name("INCIDENT_STATUS").long("incident-status")
        .value_parser(::clap::value_parser!(String)), Arg::new("x_customer_id")
        .help("Sub-user ID").value_name("X_CUSTOMER_ID").long("x-customer-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("x_customer_name")
        .help("Sub-user name").value_name("X_CUSTOMER_NAME").long("x-customer-name")
        .value_parser(::clap::value_parser!(String)), Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when accessing another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("offset")
        .help("Query offset").value_name("OFFSET").long("offset")
        .value_parser(::clap::value_parser!(i32))
    ]
}
fn args_create_cases() -> Vec<Arg> {
    vec![
        Arg::new("x_phone_verifiedid")
        .help("Phone verification serial ID. Required when the phone number is not the registered contact; obtain it from the \"list verified contacts\" operation")
        .value_name("X_PHONE_VERIFIEDID").long("x-phone-verifiedid")
        .value_parser(::clap::value_parser!(String)), Arg::new("x_email_verifiedid")
        .help("Email verification serial ID. Required when the email address is not the registered contact; obtain it from the \"list verified contacts\" operation")
        .value_name("X_EMAIL_VERIFIEDID").long("x-email-verifiedid")
        .value_parser(::clap::value_parser!(String)), Arg::new("accessory_ids")
        .help("Attachment IDs, as returned by \"upload an attachment\" (repeat the flag for several)")
        .value_name("ACCESSORY_IDS").long("accessory-ids")
        .value_parser(::clap::value_parser!(String)).action(ArgAction::Append),
        Arg::new("area_code").help("Country calling code").value_name("AREA_CODE")
        .long("area-code").value_parser(::clap::value_parser!(String)),
        Arg::new("business_type_id")
        .help("Problem type of the case, from \"list problem types\" [required]")
        .value_name("BUSINESS_TYPE_ID").long("business-type-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("extends_map")
        .help("Additional parameters (JSON)").value_name("EXTENDS_MAP")
        .long("extends-map").value_parser(support::json_parser:: <
        ::std::collections::BTreeMap < String, ::serde_json::Value > > ()),
        Arg::new("extension_map").help("Extension parameters (JSON)")
        .value_name("EXTENSION_MAP").long("extension-map")
        .value_parser(support::json_parser:: < ::std::collections::BTreeMap < String,
        ::serde_json::Value > > ()), Arg::new("incident_sub_type_id")
        .help("Case sub-type, from \"list case categories\"")
        .value_name("INCIDENT_SUB_TYPE_ID").long("incident-sub-type-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("product_category_id")
        .help("Product category of the case, from \"list case categories\"")
        .value_name("PRODUCT_CATEGORY_ID").long("product-category-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("project_id")
        .help("Project ID").value_name("PROJECT_ID").long("project-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("region_id")
        .help("Region ID; required when the case type of business_type_id is 5 (fault report), see \"list problem types\"")
        .value_name("REGION_ID").long("region-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("remind_mail")
        .help("Reminder email address").value_name("REMIND_MAIL").long("remind-mail")
        .value_parser(::clap::value_parser!(String)), Arg::new("remind_mobile")
        .help("Reminder mobile number").value_name("REMIND_MOBILE").long("remind-mobile")
        .value_parser(::clap::value_parser!(String)), Arg::new("remind_time")
        .help("Reminder time: 0 for any time, otherwise a time range in the customer's preferred time zone, such as 09:00-18:00")
        .value_name("REMIND_TIME").long("remind-time")
        .value_parser(::clap::value_parser!(String)), Arg::new("severity_id")
        .help("Severity ID, from \"list severities\"").value_name("SEVERITY_ID")
        .long("severity-id").value_parser(::clap::value_parser!(String)),
        Arg::new("simple_description").help("Problem description [required]")
        .value_name("SIMPLE_DESCRIPTION").long("simple-description")
        .value_parser(::clap::value_parser!(String)), Arg::new("source_id")
        .help("Case source; currently always 83aeb0f2834c4df49826c781d32a963e [required]")
        .value_name("SOURCE_ID").long("source-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("verify_code")
        .help("Verification code; for a contact that is not registered, obtain one with \"send a verification code\"")
        .value_name("VERIFY_CODE").long("verify-code")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_list_case_counts() -> Vec<Arg> {
    vec![
        Arg::new("status")
        .help("Status: 0 pending acceptance, 1 processing, 2 pending confirmation, 3 completed, 4 cancelled, 12 invalid, 17 pending feedback")
        .value_name("STATUS").long("status").value_parser(support::enum_parser:: <
        types::CaseStatus > (CASE_STATUS_VALUES))
    ]
}
fn args_download_cases() -> Vec<Arg> {
    vec![
        Arg::new("language").help("Language [required]").value_name("LANGUAGE")
        .long("language-param").value_parser(::clap::value_parser!(String)),
        Arg::new("timezone").help("Time zone [required]").value_name("TIMEZONE")
        .long("timezone").value_parser(::clap::value_parser!(String)),
        Arg::new("incident_id").help("Case ID").value_name("INCIDENT_ID")
        .long("incident-id").value_parser(::clap::value_parser!(String)),
        Arg::new("query_start_time").help("Start of the query time range")
        .value_name("QUERY_START_TIME").long("query-start-time")
        .value_parser(::clap::value_parser!(String)), Arg::new("query_end_time")
        .help("End of the query time range").value_name("QUERY_END_TIME")
        .long("query-end-time").value_parser(::clap::value_parser!(String)),
        Arg::new("x_customer_name").help("Sub-user name").value_name("X_CUSTOMER_NAME")
        .long("x-customer-name").value_parser(::clap::value_parser!(String)),
        Arg::new("search_key").help("Search keyword").value_name("SEARCH_KEY")
        .long("search-key").value_parser(::clap::value_parser!(String)),
        Arg::new("status")
        .help("Status: 0 pending acceptance, 1 processing, 2 pending confirmation, 3 completed, 4 cancelled, 12 invalid, 17 pending feedback")
        .value_name("STATUS").long("status").value_parser(support::enum_parser:: <
        types::CaseStatus > (CASE_STATUS_VALUES)), Arg::new("customer_id")
        .help("User ID").value_name("CUSTOMER_ID").long("customer-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("tenant_source_id_list")
        .help("Source IDs (repeat the flag for several)")
        .value_name("TENANT_SOURCE_ID_LIST").long("tenant-source-id-list")
        .value_parser(::clap::value_parser!(String)).action(ArgAction::Append),
        Arg::new("sub_customer_id").help("Sub-user ID").value_name("SUB_CUSTOMER_ID")
        .long("sub-customer-id").value_parser(::clap::value_parser!(String)),
        Arg::new("offset").help("Query offset").value_name("OFFSET").long("offset")
        .value_parser(::clap::value_parser!(i32)), Arg::new("limit")
        .help("Number of records to return").value_name("LIMIT").long("limit")
        .value_parser(::clap::value_parser!(i32))
    ]
}
fn args_show_partners_cases_privilege() -> Vec<Arg> {
    vec![]
}
fn args_show_partners_service_info() -> Vec<Arg> {
    vec![
        Arg::new("case_sub_type_id").help("Case sub-type").value_name("CASE_SUB_TYPE_ID")
        .long("case-sub-type-id").value_parser(::clap::value_parser!(String)),
        Arg::new("product_id").help("ISV product ID").value_name("PRODUCT_ID")
        .long("product-id").value_parser(::clap::value_parser!(String))
    ]
}
fn args_show_case_detail() -> Vec<Arg> {
    vec![
        Arg::new("case_id").help("Case ID").value_name("CASE_ID").required(true)
        .value_parser(::clap::value_parser!(String)), Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when accessing another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_update_cases() -> Vec<Arg> {
    vec![
        Arg::new("case_id").help("Case ID").value_name("CASE_ID")
        .required_unless_present("json_body_template")
        .value_parser(::clap::value_parser!(String)), Arg::new("action_id")
        .help("Action to perform: cancel, close, press (urge handling) or delete [required]")
        .value_name("ACTION_ID").long("action-id").value_parser(support::enum_parser:: <
        types::CaseAction > (CASE_ACTION_VALUES)), Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when operating on another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String)),
        Arg::new("incident_satisfaction_list").help("Case satisfaction scores (JSON)")
        .value_name("INCIDENT_SATISFACTION_LIST").long("incident-satisfaction-list")
        .value_parser(support::json_parser:: < Vec < types::IncidentSatisfactionV2Do > >
        ()), Arg::new("judgement").help("Evaluation comment").value_name("JUDGEMENT")
        .long("judgement").value_parser(::clap::value_parser!(String)),
        Arg::new("operate_desc").help("Operation description").value_name("OPERATE_DESC")
        .long("operate-desc").value_parser(::clap::value_parser!(String))
    ]
}
fn args_update_case_contact_info() -> Vec<Arg> {
    vec![
        Arg::new("case_id").help("Case ID").value_name("CASE_ID")
        .required_unless_present("json_body_template")
        .value_parser(::clap::value_parser!(String)), Arg::new("area_code")
        .help("Country calling code").value_name("AREA_CODE").long("area-code")
        .value_parser(::clap::value_parser!(String)), Arg::new("extension_map")
        .help("Extension parameters (JSON)").value_name("EXTENSION_MAP")
        .long("extension-map").value_parser(support::json_parser:: <
        ::std::collections::BTreeMap < String, ::serde_json::Value > > ()),
        Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when operating on another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("remind_mail")
        .help("Contact email address").value_name("REMIND_MAIL").long("remind-mail")
        .value_parser(::clap::value_parser!(String)), Arg::new("remind_mobile")
        .help("Contact mobile number").value_name("REMIND_MOBILE").long("remind-mobile")
        .value_parser(::clap::value_parser!(String)), Arg::new("remind_time")
        .help("Contact time").value_name("REMIND_TIME").long("remind-time")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_show_case_extends_param() -> Vec<Arg> {
    vec![
        Arg::new("case_id").help("Case ID").value_name("CASE_ID").required(true)
        .value_parser(::clap::value_parser!(String)), Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when accessing another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_create_case_extends_param() -> Vec<Arg> {
    vec![
        Arg::new("case_id").help("Case ID").value_name("CASE_ID")
        .required_unless_present("json_body_template")
        .value_parser(::clap::value_parser!(String)), Arg::new("extends_map")
        .help("Extension parameters (JSON)").value_name("EXTENDS_MAP")
        .long("extends-map").value_parser(support::json_parser:: <
        ::std::collections::BTreeMap < String, ::serde_json::Value > > ()),
        Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when operating on another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("message_id")
        .help("Message ID").value_name("MESSAGE_ID").long("message-id")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_list_case_operate_logs() -> Vec<Arg> {
    vec![
        Arg::new("case_id").help("Case ID").value_name("CASE_ID").required(true)
        .value_parser(::clap::value_parser!(String)), Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when accessing another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("offset")
        .help("Query offset").value_name("OFFSET").long("offset")
        .value_parser(::clap::value_parser!(i32))
    ]
}
fn args_list_relation() -> Vec<Arg> {
    vec![
        Arg::new("case_id").help("ID of the case to which the relations are added")
        .value_name("CASE_ID").required(true).value_parser(::clap::value_parser!(String))
    ]
}
fn args_create_relations() -> Vec<Arg> {
    vec![
        Arg::new("case_id").help("ID of the case to which the relations are added")
        .value_name("CASE_ID").required_unless_present("json_body_template")
        .value_parser(::clap::value_parser!(String)), Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when operating on another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("related_id_list")
        .help("IDs of the cases to relate, at most 3 (repeat the flag for several) [required]")
        .value_name("RELATED_ID_LIST").long("related-id-list")
        .value_parser(::clap::value_parser!(String)).action(ArgAction::Append)
    ]
}
fn args_delete_relation() -> Vec<Arg> {
    vec![
        Arg::new("case_id").help("ID of the case whose relation is removed")
        .value_name("CASE_ID").required_unless_present("json_body_template")
        .value_parser(::clap::value_parser!(String)), Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when operating on another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("related_id")
        .help("ID of the case to unrelate [required]").value_name("RELATED_ID")
        .long("related-id").value_parser(::clap::value_parser!(String))
    ]
}
fn args_create_scores() -> Vec<Arg> {
    vec![
        Arg::new("case_id").help("Case ID").value_name("CASE_ID")
        .required_unless_present("json_body_template")
        .value_parser(::clap::value_parser!(String)), Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when operating on another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String)),
        Arg::new("incident_satisfaction_list")
        .help("Satisfaction scores (JSON) [required]")
        .value_name("INCIDENT_SATISFACTION_LIST").long("incident-satisfaction-list")
        .value_parser(support::json_parser:: < Vec < types::IncidentSatisfactionV2Do > >
        ()), Arg::new("judgement").help("Evaluation comment [required]")
        .value_name("JUDGEMENT").long("judgement")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_show_case_status() -> Vec<Arg> {
    vec![
        Arg::new("case_id").help("Case ID").value_name("CASE_ID").required(true)
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_list_case_quotas() -> Vec<Arg> {
    vec![
        Arg::new("product_category_id").help("Product category ID")
        .value_name("PRODUCT_CATEGORY_ID").long("product-category-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("business_type_id")
        .help("Problem type ID [required]").value_name("BUSINESS_TYPE_ID")
        .long("business-type-id").value_parser(::clap::value_parser!(String))
    ]
}
fn args_list_new_instant_messages() -> Vec<Arg> {
    vec![
        Arg::new("case_ids").help("Case ID (repeat the flag for several) [required]")
        .value_name("CASE_IDS").long("case-ids")
        .value_parser(::clap::value_parser!(String)).action(ArgAction::Append),
        Arg::new("last_message_time_id").help("Time of the previous message query")
        .value_name("LAST_MESSAGE_TIME_ID").long("last-message-time-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when accessing another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_list_unread_new_instant_messages() -> Vec<Arg> {
    vec![
        Arg::new("case_ids").help("Case ID (repeat the flag for several) [required]")
        .value_name("CASE_IDS").long("case-ids")
        .value_parser(::clap::value_parser!(String)).action(ArgAction::Append),
        Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when accessing another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_list_more_instant_messages() -> Vec<Arg> {
    vec![
        Arg::new("case_id").help("Case ID").value_name("CASE_ID").required(true)
        .value_parser(::clap::value_parser!(String)), Arg::new("create_time")
        .help("Creation time, as a timestamp [required]").value_name("CREATE_TIME")
        .long("create-time").value_parser(::clap::value_parser!(String)),
        Arg::new("type_")
        .help("How the previous message was left: 0 customer message, 1 reply from customer service [required]")
        .value_name("TYPE").long("type").value_parser(support::enum_parser:: <
        types::MessageType > (MESSAGE_TYPE_VALUES)), Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when accessing another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("limit")
        .help("Number of records to return [required]").value_name("LIMIT").long("limit")
        .value_parser(::clap::value_parser!(i32))
    ]
}
fn args_update_new_instant_messages_read() -> Vec<Arg> {
    vec![
        Arg::new("case_id").help("Case ID").value_name("CASE_ID")
        .required_unless_present("json_body_template")
        .value_parser(::clap::value_parser!(String)), Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when operating on another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_revoke_message() -> Vec<Arg> {
    vec![
        Arg::new("case_id").help("Case ID").value_name("CASE_ID").required(true)
        .value_parser(::clap::value_parser!(String)), Arg::new("message_id")
        .help("Message ID").value_name("MESSAGE_ID").required(true)
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_create_messages() -> Vec<Arg> {
    vec![
        Arg::new("case_id").help("Case ID").value_name("CASE_ID")
        .required_unless_present("json_body_template")
        .value_parser(::clap::value_parser!(String)), Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when operating on another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("message.accessory_ids")
        .help("Attachment IDs, as returned by \"upload an attachment\" (repeat the flag for several)")
        .value_name("ACCESSORY_IDS").long("accessory-ids")
        .value_parser(::clap::value_parser!(String)).action(ArgAction::Append),
        Arg::new("message.content").help("Message content").value_name("CONTENT")
        .long("content").value_parser(::clap::value_parser!(String))
    ]
}
fn args_list_messages() -> Vec<Arg> {
    vec![
        Arg::new("case_id").help("Case ID").value_name("CASE_ID").required(true)
        .value_parser(::clap::value_parser!(String)), Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when accessing another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("offset")
        .help("Query offset").value_name("OFFSET").long("offset")
        .value_parser(::clap::value_parser!(i32))
    ]
}
fn args_list_case_labels() -> Vec<Arg> {
    vec![
        Arg::new("case_id").help("Case ID").value_name("CASE_ID").required(true)
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_create_case_labels() -> Vec<Arg> {
    vec![
        Arg::new("case_id").help("Case ID").value_name("CASE_ID").required(true)
        .value_parser(::clap::value_parser!(String)), Arg::new("label_ids")
        .help("IDs of the labels to attach to the case, at most 5 (repeat the flag for several) [required]")
        .value_name("LABEL_IDS").long("label-ids")
        .value_parser(::clap::value_parser!(i32)).action(ArgAction::Append)
    ]
}
fn args_delete_case_labels() -> Vec<Arg> {
    vec![
        Arg::new("case_id").help("Case ID").value_name("CASE_ID").required(true)
        .value_parser(::clap::value_parser!(String)), Arg::new("label_ids")
        .help("IDs of the labels to detach, at most 5 (repeat the flag for several) [required]")
        .value_name("LABEL_IDS").long("label-ids")
        .value_parser(::clap::value_parser!(i32)).action(ArgAction::Append)
    ]
}
fn args_list_labels() -> Vec<Arg> {
    vec![
        Arg::new("offset").help("Query offset, default 0").value_name("OFFSET")
        .long("offset").value_parser(::clap::value_parser!(i32)), Arg::new("name")
        .help("Label name, at most 64 characters; fuzzy matching is supported")
        .value_name("NAME").long("name").value_parser(::clap::value_parser!(String)),
        Arg::new("label_id").help("Label ID").value_name("LABEL_ID").long("label-id")
        .value_parser(::clap::value_parser!(i32))
    ]
}
fn args_create_labels() -> Vec<Arg> {
    vec![
        Arg::new("color").help("Color value, such as #000000 [required]")
        .value_name("COLOR").long("color").value_parser(::clap::value_parser!(String)),
        Arg::new("name").help("Label name [required]").value_name("NAME").long("name")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_update_labels() -> Vec<Arg> {
    vec![
        Arg::new("label_id").help("ID of the label to update").value_name("LABEL_ID")
        .required_unless_present("json_body_template")
        .value_parser(::clap::value_parser!(i32)), Arg::new("color")
        .help("Color ID [required]").value_name("COLOR").long("color")
        .value_parser(::clap::value_parser!(String)), Arg::new("name")
        .help("Label name [required]").value_name("NAME").long("name")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_delete_labels() -> Vec<Arg> {
    vec![
        Arg::new("label_id").help("ID of the label to delete").value_name("LABEL_ID")
        .required(true).value_parser(::clap::value_parser!(i32))
    ]
}
fn args_upload_accessory() -> Vec<Arg> {
    vec![
        Arg::new("file").help("File content [required]").value_name("PATH").long("file")
        .value_parser(::clap::value_parser!(::std::path::PathBuf)), Arg::new("form_data")
        .help("Information about the attachment, such as its source, as JSON text: the source (incident for an attachment of a new case, message for an attachment of a message) and optionally the file name and the upload type (0 default, 1 markdown). Huawei's API reference gives {\"accessFrom\":\"message\"} as an example. At most 5000 characters [required]")
        .value_name("FORM_DATA").long("form-data")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_list_accessory_access_urls() -> Vec<Arg> {
    vec![
        Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when querying another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("accessory_ids")
        .help("Attachment IDs (repeat the flag for several) [required]")
        .value_name("ACCESSORY_IDS").long("accessory-ids")
        .value_parser(::clap::value_parser!(String)).action(ArgAction::Append)
    ]
}
fn args_upload_json_accessories() -> Vec<Arg> {
    vec![
        Arg::new("accessory_data").help("File content, Base64-encoded [required]")
        .value_name("ACCESSORY_DATA").long("accessory-data")
        .value_parser(::clap::value_parser!(String)), Arg::new("accessory_from")
        .help("File source: incident for an attachment of a new case, message for an attachment of a message [required]")
        .value_name("ACCESSORY_FROM").long("accessory-from")
        .value_parser(support::enum_parser:: < types::AccessoryFrom >
        (ACCESSORY_FROM_VALUES)), Arg::new("accessory_name").help("File name [required]")
        .value_name("ACCESSORY_NAME").long("accessory-name")
        .value_parser(::clap::value_parser!(String)), Arg::new("upload_type")
        .help("Upload type: 0 (default) normal, 1 markdown mode")
        .value_name("UPLOAD_TYPE").long("upload-type")
        .value_parser(support::enum_parser:: < types::UploadType > (UPLOAD_TYPE_VALUES))
    ]
}
fn args_show_accessory_limits() -> Vec<Arg> {
    vec![]
}
fn args_download_accessories() -> Vec<Arg> {
    vec![
        Arg::new("accessory_id")
        .help("Attachment IDs; several can be downloaded at once, separated by commas")
        .value_name("ACCESSORY_ID").required(true)
        .value_parser(::clap::value_parser!(String)), Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when accessing another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_delete_accessories() -> Vec<Arg> {
    vec![
        Arg::new("accessory_id").help("Attachment ID").value_name("ACCESSORY_ID")
        .required(true).value_parser(::clap::value_parser!(String))
    ]
}
fn args_show_download_accessory_url() -> Vec<Arg> {
    vec![
        Arg::new("accessory_id").help("Attachment ID").value_name("ACCESSORY_ID")
        .required(true).value_parser(::clap::value_parser!(String)),
        Arg::new("relation_type")
        .help("Relation type of the attachment: DEFAULT, NO_RELATION, NOTIFICATION, INCIDENT, MESSAGE, INSPECTION or CONNECT [required]")
        .value_name("RELATION_TYPE").long("relation-type")
        .value_parser(support::enum_parser:: < types::AccessoryRelationType >
        (ACCESSORY_RELATION_TYPE_VALUES)), Arg::new("relation_id").help("Relation ID")
        .value_name("RELATION_ID").long("relation-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("incident_id")
        .help("Case ID").value_name("INCIDENT_ID").long("incident-id")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_download_images() -> Vec<Arg> {
    vec![
        Arg::new("accessory_id").help("Attachment ID").value_name("ACCESSORY_ID")
        .required(true).value_parser(::clap::value_parser!(String)), Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when accessing another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_list_authorizations() -> Vec<Arg> {
    vec![
        Arg::new("sub_customer_name").help("Sub-account name")
        .value_name("SUB_CUSTOMER_NAME").long("sub-customer-name")
        .value_parser(::clap::value_parser!(String)), Arg::new("incident_id")
        .help("Case ID").value_name("INCIDENT_ID").long("incident-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("status")
        .help("Authorization status").value_name("STATUS").long("status")
        .value_parser(::clap::value_parser!(i32)), Arg::new("simple_description")
        .help("Brief description").value_name("SIMPLE_DESCRIPTION")
        .long("simple-description").value_parser(::clap::value_parser!(String)),
        Arg::new("offset").help("Query offset").value_name("OFFSET").long("offset")
        .value_parser(::clap::value_parser!(i32)), Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when accessing another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_check_hosts() -> Vec<Arg> {
    vec![
        Arg::new("authorization_detail_id").help("Authorization detail ID")
        .value_name("AUTHORIZATION_DETAIL_ID")
        .required_unless_present("json_body_template")
        .value_parser(::clap::value_parser!(i64)), Arg::new("account")
        .help("Host account [required]").value_name("ACCOUNT").long("account")
        .value_parser(::clap::value_parser!(String)), Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when operating on another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("password")
        .help("Host password [required]").value_name("PASSWORD").long("password")
        .value_parser(::clap::value_parser!(String)), Arg::new("port")
        .help("Host port [required]").value_name("PORT").long("port")
        .value_parser(::clap::value_parser!(i32))
    ]
}
fn args_show_login_type() -> Vec<Arg> {
    vec![]
}
fn args_show_authorization_detail() -> Vec<Arg> {
    vec![
        Arg::new("authorization_id").help("Authorization ID")
        .value_name("AUTHORIZATION_ID").required(true)
        .value_parser(::clap::value_parser!(String)), Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when accessing another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_confirm_authorizations() -> Vec<Arg> {
    vec![
        Arg::new("authorization_id").help("Authorization ID")
        .value_name("AUTHORIZATION_ID").required_unless_present("json_body_template")
        .value_parser(::clap::value_parser!(String)), Arg::new("agency_id")
        .help("Agency ID").value_name("AGENCY_ID").long("agency-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("auth_detail_list")
        .help("Authorization details (JSON)").value_name("AUTH_DETAIL_LIST")
        .long("auth-detail-list").value_parser(support::json_parser:: < Vec <
        types::TenantAgreeAuthDetailV2 > > ()), Arg::new("auth_effective_time")
        .help("Time from which the authorization is effective")
        .value_name("AUTH_EFFECTIVE_TIME").long("auth-effective-time")
        .value_parser(::clap::value_parser!(i64)), Arg::new("auth_expire_time")
        .help("Time at which the authorization expires").value_name("AUTH_EXPIRE_TIME")
        .long("auth-expire-time").value_parser(::clap::value_parser!(i64)),
        Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when operating on another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_update_authorizations() -> Vec<Arg> {
    vec![
        Arg::new("authorization_id").help("Authorization ID")
        .value_name("AUTHORIZATION_ID").required_unless_present("json_body_template")
        .value_parser(::clap::value_parser!(String)), Arg::new("action_id")
        .help("Action ID: reject or cancel").value_name("ACTION_ID").long("action-id")
        .value_parser(support::enum_parser:: < types::AuthorizationAction >
        (AUTHORIZATION_ACTION_VALUES)), Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when operating on another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("reject_reason")
        .help("Reason for rejection").value_name("REJECT_REASON").long("reject-reason")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_list_history_sessions() -> Vec<Arg> {
    vec![
        Arg::new("authorization_id").help("Authorization ID")
        .value_name("AUTHORIZATION_ID").required(true)
        .value_parser(::clap::value_parser!(String)), Arg::new("authorization_detail_id")
        .help("Authorization detail ID").value_name("AUTHORIZATION_DETAIL_ID")
        .required(true).value_parser(::clap::value_parser!(i64)), Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when accessing another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("offset")
        .help("Query offset").value_name("OFFSET").long("offset")
        .value_parser(::clap::value_parser!(i32))
    ]
}
fn args_list_transport_histories() -> Vec<Arg> {
    vec![
        Arg::new("authorization_id").help("Authorization ID")
        .value_name("AUTHORIZATION_ID").required(true)
        .value_parser(::clap::value_parser!(String)), Arg::new("authorization_detail_id")
        .help("Authorization detail ID").value_name("AUTHORIZATION_DETAIL_ID")
        .required(true).value_parser(::clap::value_parser!(i64)), Arg::new("session_id")
        .help("Session ID").value_name("SESSION_ID").required(true)
        .value_parser(::clap::value_parser!(i64)), Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when accessing another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("sort")
        .help("Sort order: 1 by operation time ascending; 0 by operation time descending. Default 0")
        .value_name("SORT").long("sort").value_parser(support::enum_parser:: <
        types::SortOrder > (SORT_ORDER_VALUES)), Arg::new("offset").help("Query offset")
        .value_name("OFFSET").long("offset").value_parser(::clap::value_parser!(i32))
    ]
}
fn args_list_history_operate_logs() -> Vec<Arg> {
    vec![
        Arg::new("authorization_id").help("Authorization ID")
        .value_name("AUTHORIZATION_ID").required(true)
        .value_parser(::clap::value_parser!(String)), Arg::new("authorization_detail_id")
        .help("Authorization detail ID").value_name("AUTHORIZATION_DETAIL_ID")
        .required(true).value_parser(::clap::value_parser!(i64)), Arg::new("session_id")
        .help("Session ID").value_name("SESSION_ID").required(true)
        .value_parser(::clap::value_parser!(i64)), Arg::new("group_id")
        .help("Huawei Cloud IAM group ID; required when accessing another case of the same group")
        .value_name("GROUP_ID").long("group-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("sort")
        .help("Sort order: 1 by operation time ascending; 0 by operation time descending. Default 0")
        .value_name("SORT").long("sort").value_parser(support::enum_parser:: <
        types::SortOrder > (SORT_ORDER_VALUES)), Arg::new("offset").help("Query offset")
        .value_name("OFFSET").long("offset").value_parser(::clap::value_parser!(i32))
    ]
}
fn args_list_agencies() -> Vec<Arg> {
    vec![]
}
fn args_show_latest_published_agreement() -> Vec<Arg> {
    vec![
        Arg::new("agreement_type")
        .help("Agreement type: 0 case creation by an ordinary user, 1 case creation by an ISV user, 2 authorization")
        .value_name("AGREEMENT_TYPE").long("agreement-type")
        .value_parser(support::enum_parser:: < types::AgreementType >
        (AGREEMENT_TYPE_VALUES))
    ]
}
fn args_show_signed_latest_published_agreement() -> Vec<Arg> {
    vec![
        Arg::new("agreement_type")
        .help("Agreement type: 0 case creation by an ordinary user, 1 case creation by an ISV user, 2 authorization")
        .value_name("AGREEMENT_TYPE").long("agreement-type")
        .value_parser(support::enum_parser:: < types::AgreementType >
        (AGREEMENT_TYPE_VALUES))
    ]
}
fn args_sign_published_agreement() -> Vec<Arg> {
    vec![
        Arg::new("id").help("Agreement ID").value_name("ID")
        .required_unless_present("json_body_template")
        .value_parser(::clap::value_parser!(i32)), Arg::new("relation_id")
        .help("Relation ID").value_name("RELATION_ID").long("relation-id")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_create_diagnose_feedback() -> Vec<Arg> {
    vec![
        Arg::new("content").help("Feedback content").value_name("CONTENT")
        .long("content").value_parser(::clap::value_parser!(String)),
        Arg::new("is_helpful").help("Whether the diagnosis was helpful [required]")
        .value_name("IS_HELPFUL").long("is-helpful")
        .value_parser(::clap::value_parser!(bool)), Arg::new("type_")
        .help("Job type, for example 1 ECS diagnosis job, 2 RDS diagnosis job [required]")
        .value_name("TYPE").long("type").value_parser(::clap::value_parser!(i32))
    ]
}
fn args_list_diagnose_job() -> Vec<Arg> {
    vec![
        Arg::new("job_id").help("Job ID").value_name("JOB_ID").long("job-id")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_list_diagnose_items() -> Vec<Arg> {
    vec![
        Arg::new("item_ids").help("Diagnosis item IDs").value_name("ITEM_IDS")
        .long("item-ids").value_parser(::clap::value_parser!(String)), Arg::new("job_id")
        .help("Job ID").value_name("JOB_ID").long("job-id")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_create_diagnose_job() -> Vec<Arg> {
    vec![
        Arg::new("params")
        .help("Parameters specific to the diagnosis type, for example eip for ECS, instanceId for RDS (JSON)")
        .value_name("PARAMS").long("params").value_parser(support::json_parser:: <
        ::std::collections::BTreeMap < String, String > > ()), Arg::new("region_id")
        .help("Region (node) ID").value_name("REGION_ID").long("region-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("type_")
        .help("Job type, for example 1 ECS diagnosis job, 2 RDS diagnosis job [required]")
        .value_name("TYPE").long("type").value_parser(::clap::value_parser!(i32))
    ]
}
fn args_list_diagnose_resources() -> Vec<Arg> {
    vec![
        Arg::new("project_id").help("Project ID").value_name("PROJECT_ID")
        .long("project-id").value_parser(::clap::value_parser!(String)),
        Arg::new("region").help("Region").value_name("REGION").long("region-param")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_list_diagnose_records() -> Vec<Arg> {
    vec![
        Arg::new("page_no").help("Page number").value_name("PAGE_NO").long("page-no")
        .value_parser(::clap::value_parser!(i32)), Arg::new("type_")
        .help("Job type, for example 1 ECS diagnosis job, 2 RDS diagnosis job")
        .value_name("TYPE").long("type").value_parser(::clap::value_parser!(i32))
    ]
}
fn args_list_area_codes() -> Vec<Arg> {
    vec![]
}
fn args_list_case_categories() -> Vec<Arg> {
    vec![]
}
fn args_list_extends_params() -> Vec<Arg> {
    vec![
        Arg::new("business_type_id").help("Business (problem) type ID [required]")
        .value_name("BUSINESS_TYPE_ID").long("business-type-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("incident_sub_type_id")
        .help("Case sub-type ID").value_name("INCIDENT_SUB_TYPE_ID")
        .long("incident-sub-type-id").value_parser(::clap::value_parser!(String)),
        Arg::new("product_category_id").help("Product category ID")
        .value_name("PRODUCT_CATEGORY_ID").long("product-category-id")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_list_case_limits() -> Vec<Arg> {
    vec![]
}
fn args_list_problem_types() -> Vec<Arg> {
    vec![
        Arg::new("product_category_id").help("Product category ID")
        .value_name("PRODUCT_CATEGORY_ID").long("product-category-id")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_list_product_categories() -> Vec<Arg> {
    vec![
        Arg::new("product_category_name").help("Product category name")
        .value_name("PRODUCT_CATEGORY_NAME").long("product-category-name")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_list_regions() -> Vec<Arg> {
    vec![]
}
fn args_list_satisfaction_dimensions() -> Vec<Arg> {
    vec![]
}
fn args_list_severities() -> Vec<Arg> {
    vec![
        Arg::new("product_category_id").help("Product category ID [required]")
        .value_name("PRODUCT_CATEGORY_ID").long("product-category-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("business_type_id")
        .help("Problem type ID [required]").value_name("BUSINESS_TYPE_ID")
        .long("business-type-id").value_parser(::clap::value_parser!(String))
    ]
}
fn args_list_case_templates() -> Vec<Arg> {
    vec![
        Arg::new("business_type_id").help("Business (problem) type ID [required]")
        .value_name("BUSINESS_TYPE_ID").long("business-type-id")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_show_configuration() -> Vec<Arg> {
    vec![
        Arg::new("config_key").help("Configuration item key").value_name("CONFIG_KEY")
        .required(true).value_parser(::clap::value_parser!(String))
    ]
}
fn args_check_verify_codes() -> Vec<Arg> {
    vec![
        Arg::new("area_code").help("Country calling code").value_name("AREA_CODE")
        .long("area-code").value_parser(::clap::value_parser!(String)),
        Arg::new("contact_value").help("Contact value [required]")
        .value_name("CONTACT_VALUE").long("contact-value")
        .value_parser(::clap::value_parser!(String)), Arg::new("contact_way")
        .help("Contact type: 0 SMS; 1 email [required]").value_name("CONTACT_WAY")
        .long("contact-way").value_parser(support::enum_parser:: < types::ContactWay >
        (CONTACT_WAY_VALUES)), Arg::new("customer_id").help("Customer ID")
        .value_name("CUSTOMER_ID").long("customer-id")
        .value_parser(::clap::value_parser!(String)), Arg::new("verify_code")
        .help("Verification code [required]").value_name("VERIFY_CODE")
        .long("verify-code").value_parser(::clap::value_parser!(String)),
        Arg::new("x_customer_id").help("Sub-user ID").value_name("X_CUSTOMER_ID")
        .long("x-customer-id").value_parser(::clap::value_parser!(String))
    ]
}
fn args_list_has_verified_contacts() -> Vec<Arg> {
    vec![
        Arg::new("contact_way").help("Contact type: 0 phone; 1 email")
        .value_name("CONTACT_WAY").long("contact-way")
        .value_parser(support::enum_parser:: < types::ContactWay > (CONTACT_WAY_VALUES)),
        Arg::new("customer_id").help("Customer ID").value_name("CUSTOMER_ID")
        .long("customer-id").value_parser(::clap::value_parser!(String)),
        Arg::new("sub_customer_id").help("Sub-user ID").value_name("SUB_CUSTOMER_ID")
        .long("sub-customer-id").value_parser(::clap::value_parser!(String)),
        Arg::new("expired_time").help("Expiry time").value_name("EXPIRED_TIME")
        .long("expired-time").value_parser(::clap::value_parser!(String)),
        Arg::new("verified_id").help("Verification serial ID").value_name("VERIFIED_ID")
        .long("verified-id").value_parser(::clap::value_parser!(String)),
        Arg::new("contact_value").help("Contact value").value_name("CONTACT_VALUE")
        .long("contact-value").value_parser(::clap::value_parser!(String)),
        Arg::new("area_code").help("Country calling code").value_name("AREA_CODE")
        .long("area-code").value_parser(::clap::value_parser!(String)),
        Arg::new("offset").help("Query offset").value_name("OFFSET").long("offset")
        .value_parser(::clap::value_parser!(i32))
    ]
}
fn args_check_need_verify() -> Vec<Arg> {
    vec![
        Arg::new("contact_value")
        .help("Contact value (the phone number or email address) [required]")
        .value_name("CONTACT_VALUE").long("contact-value")
        .value_parser(::clap::value_parser!(String)), Arg::new("contact_way")
        .help("Contact type: 0 phone; 1 email [required]").value_name("CONTACT_WAY")
        .long("contact-way").value_parser(support::enum_parser:: < types::ContactWay >
        (CONTACT_WAY_VALUES)), Arg::new("area_code").help("Country calling code")
        .value_name("AREA_CODE").long("area-code")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_send_verify_codes() -> Vec<Arg> {
    vec![
        Arg::new("area_code").help("Country calling code [required]")
        .value_name("AREA_CODE").long("area-code")
        .value_parser(::clap::value_parser!(String)), Arg::new("contact_value")
        .help("Contact value [required]").value_name("CONTACT_VALUE")
        .long("contact-value").value_parser(::clap::value_parser!(String)),
        Arg::new("contact_way").help("Contact type: 0 SMS; 1 email [required]")
        .value_name("CONTACT_WAY").long("contact-way")
        .value_parser(support::enum_parser:: < types::ContactWay > (CONTACT_WAY_VALUES))
    ]
}
fn args_list_privileges() -> Vec<Arg> {
    vec![
        Arg::new("privilege").help("Privilege identifier [required]")
        .value_name("PRIVILEGE").long("privilege").value_parser(support::enum_parser:: <
        types::Privilege > (PRIVILEGE_VALUES))
    ]
}
fn args_create_privileges() -> Vec<Arg> {
    vec![
        Arg::new("operation").help("Operation to perform: create or delete [required]")
        .value_name("OPERATION").long("operation")
        .value_parser(::clap::value_parser!(String)), Arg::new("privilege")
        .help("Privilege identifier").value_name("PRIVILEGE").long("privilege")
        .value_parser(support::enum_parser:: < types::Privilege > (PRIVILEGE_VALUES))
    ]
}
fn args_show_customer_privilege_policy() -> Vec<Arg> {
    vec![]
}
fn args_list_customers_regions() -> Vec<Arg> {
    vec![]
}
fn args_list_sub_customers() -> Vec<Arg> {
    vec![
        Arg::new("sub_customer_name").help("Sub-user name")
        .value_name("SUB_CUSTOMER_NAME").long("sub-customer-name")
        .value_parser(::clap::value_parser!(String)), Arg::new("sub_customer_id")
        .help("Sub-user ID").value_name("SUB_CUSTOMER_ID").long("sub-customer-id")
        .value_parser(::clap::value_parser!(String))
    ]
}
fn args_create_feedback() -> Vec<Arg> {
    vec![
        Arg::new("content")
        .help("Details of the infringement or content of the report, with an explanation [required]")
        .value_name("CONTENT").long("content")
        .value_parser(::clap::value_parser!(String)), Arg::new("files")
        .help("Attachments with supporting evidence (repeat the flag for several) [required]")
        .value_name("FILES").long("files").value_parser(::clap::value_parser!(String))
        .action(ArgAction::Append), Arg::new("title")
        .help("The Huawei Cloud product or service concerned, or the reported URL [required]")
        .value_name("TITLE").long("title").value_parser(::clap::value_parser!(String)),
        Arg::new("type_").help("Report type [required]").value_name("TYPE").long("type")
        .value_parser(::clap::value_parser!(String)), Arg::new("contacts.address")
        .help("Address").value_name("ADDRESS").long("address")
        .value_parser(::clap::value_parser!(String)), Arg::new("contacts.area")
        .help("Country or region").value_name("AREA").long("area")
        .value_parser(::clap::value_parser!(String)), Arg::new("contacts.company_name")
        .help("Company name").value_name("COMPANY_NAME").long("company-name")
        .value_parser(::clap::value_parser!(String)), Arg::new("contacts.id_files")
        .help("Attachments proving identity, at least 1 and at most 3 (repeat the flag for several)")
        .value_name("ID_FILES").long("id-files")
        .value_parser(::clap::value_parser!(String)).action(ArgAction::Append),
        Arg::new("contacts.id_type")
        .help("Identity: 10 enterprise; 20 individual; 21 authorized agent; 22 lawyer; 23 intellectual property owner")
        .value_name("ID_TYPE").long("id-type").value_parser(::clap::value_parser!(i32)),
        Arg::new("contacts.mail").help("Contact email address").value_name("MAIL")
        .long("mail").value_parser(::clap::value_parser!(String)),
        Arg::new("contacts.mobile").help("Contact phone number").value_name("MOBILE")
        .long("mobile").value_parser(::clap::value_parser!(String)),
        Arg::new("contacts.name").help("Name of the person or organization")
        .value_name("NAME").long("name").value_parser(::clap::value_parser!(String)),
        Arg::new("contacts.other_way").help("Other contact details")
        .value_name("OTHER_WAY").long("other-way")
        .value_parser(::clap::value_parser!(String)), Arg::new("ip.ip_area")
        .help("Country or region where the intellectual property is registered")
        .value_name("IP_AREA").long("ip-area")
        .value_parser(::clap::value_parser!(String)), Arg::new("ip.ip_content")
        .help("Brief description of the intellectual property").value_name("IP_CONTENT")
        .long("ip-content").value_parser(::clap::value_parser!(String)),
        Arg::new("ip.ip_number")
        .help("Trademark registration number or patent application number")
        .value_name("IP_NUMBER").long("ip-number")
        .value_parser(::clap::value_parser!(String)), Arg::new("ip.ip_type")
        .help("Intellectual property type: copyright, trademark or patent")
        .value_name("IP_TYPE").long("ip-type")
        .value_parser(::clap::value_parser!(String))
    ]
}
async fn run_list_order_incident(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.list_order_incident();
    if let Some(v) = m.get_one::<String>("version") {
        b = b.version(v.clone());
    }
    if let Some(v) = m.get_many::<String>("search_key") {
        b = b.search_key(v.cloned());
    }
    if let Some(v) = m.get_many::<i32>("label_id_list") {
        b = b.label_id_list(v.cloned());
    }
    if let Some(v) = m.get_one::<String>("app_key") {
        b = b.app_key(v.clone());
    }
    if let Some(v) = m.get_one::<String>("incident_id") {
        b = b.incident_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("query_start_time") {
        b = b.query_start_time(v.clone());
    }
    if let Some(v) = m.get_one::<String>("query_end_time") {
        b = b.query_end_time(v.clone());
    }
    if let Some(v) = m.get_one::<i32>("status") {
        b = b.status(*v);
    }
    if let Some(v) = m.get_one::<String>("incident_status") {
        b = b.incident_status(v.clone());
    }
    if let Some(v) = m.get_one::<String>("x_customer_name") {
        b = b.x_customer_name(v.clone());
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("product_category_id") {
        b = b.product_category_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("business_type_id") {
        b = b.business_type_id(v.clone());
    }
    if let Some(v) = m.get_one::<i32>("page_no") {
        b = b.page_no(*v);
    }
    if let Some(v) = m.get_one::<String>("x_customer_id") {
        b = b.x_customer_id(v.clone());
    }
    if cx.whole_page() {
        if let Some(n) = cx.limit() {
            b = b.page_size(n);
        }
        return support::answer(b.send().await?);
    }
    if let Some(n) = cx.page_size() {
        b = b.page_size(n);
    }
    support::items(b.into_stream(), cx.limit()).await
}
async fn run_list_case_cc_emails(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = (m, cx);
    let b = client.list_case_cc_emails();
    support::answer(b.send().await?)
}
async fn run_list_cases(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.list_cases();
    if let Some(v) = m.get_many::<String>("search_key") {
        b = b.search_key(v.cloned());
    }
    if let Some(v) = m.get_many::<String>("label_id_list") {
        b = b.label_id_list(v.cloned());
    }
    if let Some(v) = m.get_one::<String>("app_key") {
        b = b.app_key(v.clone());
    }
    if let Some(v) = m.get_one::<String>("incident_id") {
        b = b.incident_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("query_start_time") {
        b = b.query_start_time(v.clone());
    }
    if let Some(v) = m.get_one::<String>("query_end_time") {
        b = b.query_end_time(v.clone());
    }
    if let Some(v) = m.get_one::<types::CaseStatus>("status") {
        b = b.status(v.clone());
    }
    if let Some(v) = m.get_one::<String>("incident_status") {
        b = b.incident_status(v.clone());
    }
    if let Some(v) = m.get_one::<String>("x_customer_id") {
        b = b.x_customer_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("x_customer_name") {
        b = b.x_customer_name(v.clone());
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    if let Some(v) = m.get_one::<i32>("offset") {
        b = b.offset(*v);
    }
    if cx.whole_page() {
        if let Some(n) = cx.limit() {
            b = b.limit(n);
        }
        return support::answer(b.send().await?);
    }
    if let Some(n) = cx.page_size() {
        b = b.limit(n);
    }
    support::items(b.into_stream(), cx.limit()).await
}
async fn run_create_cases(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.create_cases();
    let body: Option<types::CreateOrderIncidentV2Req> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<String>("x_phone_verifiedid") {
        b = b.x_phone_verifiedid(v.clone());
    }
    if let Some(v) = m.get_one::<String>("x_email_verifiedid") {
        b = b.x_email_verifiedid(v.clone());
    }
    if let Some(v) = m.get_many::<String>("accessory_ids") {
        b = b.accessory_ids(v.cloned());
    }
    if let Some(v) = m.get_one::<String>("area_code") {
        b = b.area_code(v.clone());
    }
    if let Some(v) = m.get_one::<String>("business_type_id") {
        b = b.business_type_id(v.clone());
    }
    if let Some(v) = m
        .get_one::<
            ::std::collections::BTreeMap<String, ::serde_json::Value>,
        >("extends_map")
    {
        b = b.extends_map(v.clone());
    }
    if let Some(v) = m
        .get_one::<
            ::std::collections::BTreeMap<String, ::serde_json::Value>,
        >("extension_map")
    {
        b = b.extension_map(v.clone());
    }
    if let Some(v) = m.get_one::<String>("incident_sub_type_id") {
        b = b.incident_sub_type_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("product_category_id") {
        b = b.product_category_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("project_id") {
        b = b.project_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("region_id") {
        b = b.region_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("remind_mail") {
        b = b.remind_mail(v.clone());
    }
    if let Some(v) = m.get_one::<String>("remind_mobile") {
        b = b.remind_mobile(v.clone());
    }
    if let Some(v) = m.get_one::<String>("remind_time") {
        b = b.remind_time(v.clone());
    }
    if let Some(v) = m.get_one::<String>("severity_id") {
        b = b.severity_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("simple_description") {
        b = b.simple_description(v.clone());
    }
    if let Some(v) = m.get_one::<String>("source_id") {
        b = b.source_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("verify_code") {
        b = b.verify_code(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_list_case_counts(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.list_case_counts();
    if let Some(v) = m.get_one::<types::CaseStatus>("status") {
        b = b.status(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_download_cases(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.download_cases();
    if let Some(v) = m.get_one::<String>("language") {
        b = b.language(v.clone());
    }
    if let Some(v) = m.get_one::<String>("timezone") {
        b = b.timezone(v.clone());
    }
    if let Some(v) = m.get_one::<String>("incident_id") {
        b = b.incident_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("query_start_time") {
        b = b.query_start_time(v.clone());
    }
    if let Some(v) = m.get_one::<String>("query_end_time") {
        b = b.query_end_time(v.clone());
    }
    if let Some(v) = m.get_one::<String>("x_customer_name") {
        b = b.x_customer_name(v.clone());
    }
    if let Some(v) = m.get_one::<String>("search_key") {
        b = b.search_key(v.clone());
    }
    if let Some(v) = m.get_one::<types::CaseStatus>("status") {
        b = b.status(v.clone());
    }
    if let Some(v) = m.get_one::<String>("customer_id") {
        b = b.customer_id(v.clone());
    }
    if let Some(v) = m.get_many::<String>("tenant_source_id_list") {
        b = b.tenant_source_id_list(v.cloned());
    }
    if let Some(v) = m.get_one::<String>("sub_customer_id") {
        b = b.sub_customer_id(v.clone());
    }
    if let Some(v) = m.get_one::<i32>("offset") {
        b = b.offset(*v);
    }
    if let Some(v) = m.get_one::<i32>("limit") {
        b = b.limit(*v);
    }
    Ok(Output::Download(b.send().await?))
}
async fn run_show_partners_cases_privilege(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = (m, cx);
    let b = client.show_partners_cases_privilege();
    support::answer(b.send().await?)
}
async fn run_show_partners_service_info(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.show_partners_service_info();
    if let Some(v) = m.get_one::<String>("case_sub_type_id") {
        b = b.case_sub_type_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("product_id") {
        b = b.product_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_show_case_detail(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.show_case_detail();
    if let Some(v) = m.get_one::<String>("case_id") {
        b = b.case_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_update_cases(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.update_cases();
    let body: Option<types::WorkOrderOperateV2Req> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<String>("case_id") {
        b = b.case_id(v.clone());
    }
    if let Some(v) = m.get_one::<types::CaseAction>("action_id") {
        b = b.action_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    if let Some(v) = m
        .get_one::<Vec<types::IncidentSatisfactionV2Do>>("incident_satisfaction_list")
    {
        b = b.incident_satisfaction_list(v.clone());
    }
    if let Some(v) = m.get_one::<String>("judgement") {
        b = b.judgement(v.clone());
    }
    if let Some(v) = m.get_one::<String>("operate_desc") {
        b = b.operate_desc(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_update_case_contact_info(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.update_case_contact_info();
    let body: Option<types::UpdateCaseContactInfoReq> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<String>("case_id") {
        b = b.case_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("area_code") {
        b = b.area_code(v.clone());
    }
    if let Some(v) = m
        .get_one::<
            ::std::collections::BTreeMap<String, ::serde_json::Value>,
        >("extension_map")
    {
        b = b.extension_map(v.clone());
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("remind_mail") {
        b = b.remind_mail(v.clone());
    }
    if let Some(v) = m.get_one::<String>("remind_mobile") {
        b = b.remind_mobile(v.clone());
    }
    if let Some(v) = m.get_one::<String>("remind_time") {
        b = b.remind_time(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_show_case_extends_param(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.show_case_extends_param();
    if let Some(v) = m.get_one::<String>("case_id") {
        b = b.case_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_create_case_extends_param(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.create_case_extends_param();
    let body: Option<types::PutCaseExtParamReq> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<String>("case_id") {
        b = b.case_id(v.clone());
    }
    if let Some(v) = m
        .get_one::<
            ::std::collections::BTreeMap<String, ::serde_json::Value>,
        >("extends_map")
    {
        b = b.extends_map(v.clone());
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("message_id") {
        b = b.message_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_list_case_operate_logs(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.list_case_operate_logs();
    if let Some(v) = m.get_one::<String>("case_id") {
        b = b.case_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    if let Some(v) = m.get_one::<i32>("offset") {
        b = b.offset(*v);
    }
    if cx.whole_page() {
        if let Some(n) = cx.limit() {
            b = b.limit(n);
        }
        return support::answer(b.send().await?);
    }
    if let Some(n) = cx.page_size() {
        b = b.limit(n);
    }
    support::items(b.into_stream(), cx.limit()).await
}
async fn run_list_relation(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.list_relation();
    if let Some(v) = m.get_one::<String>("case_id") {
        b = b.case_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_create_relations(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.create_relations();
    let body: Option<types::CreateRelationsReq> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<String>("case_id") {
        b = b.case_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    if let Some(v) = m.get_many::<String>("related_id_list") {
        b = b.related_id_list(v.cloned());
    }
    support::answer(b.send().await?)
}
async fn run_delete_relation(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.delete_relation();
    let body: Option<types::DeleteRelationsReq> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<String>("case_id") {
        b = b.case_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("related_id") {
        b = b.related_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_create_scores(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.create_scores();
    let body: Option<types::CreateScoreV2Req> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<String>("case_id") {
        b = b.case_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    if let Some(v) = m
        .get_one::<Vec<types::IncidentSatisfactionV2Do>>("incident_satisfaction_list")
    {
        b = b.incident_satisfaction_list(v.clone());
    }
    if let Some(v) = m.get_one::<String>("judgement") {
        b = b.judgement(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_show_case_status(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.show_case_status();
    if let Some(v) = m.get_one::<String>("case_id") {
        b = b.case_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_list_case_quotas(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.list_case_quotas();
    if let Some(v) = m.get_one::<String>("product_category_id") {
        b = b.product_category_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("business_type_id") {
        b = b.business_type_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_list_new_instant_messages(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.list_new_instant_messages();
    if let Some(v) = m.get_many::<String>("case_ids") {
        b = b.case_ids(v.cloned());
    }
    if let Some(v) = m.get_one::<String>("last_message_time_id") {
        b = b.last_message_time_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_list_unread_new_instant_messages(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.list_unread_new_instant_messages();
    if let Some(v) = m.get_many::<String>("case_ids") {
        b = b.case_ids(v.cloned());
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_list_more_instant_messages(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.list_more_instant_messages();
    if let Some(v) = m.get_one::<String>("case_id") {
        b = b.case_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("create_time") {
        b = b.create_time(v.clone());
    }
    if let Some(v) = m.get_one::<types::MessageType>("type_") {
        b = b.type_(v.clone());
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    if let Some(v) = m.get_one::<i32>("limit") {
        b = b.limit(*v);
    }
    support::answer(b.send().await?)
}
async fn run_update_new_instant_messages_read(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.update_new_instant_messages_read();
    let body: Option<types::UpdateUnreadNewInstantMsgV2Req> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<String>("case_id") {
        b = b.case_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_revoke_message(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.revoke_message();
    if let Some(v) = m.get_one::<String>("case_id") {
        b = b.case_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("message_id") {
        b = b.message_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_create_messages(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.create_messages();
    let body: Option<types::CreateMessageV2Req> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<String>("case_id") {
        b = b.case_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    {
        let mut value: types::CreateMessageDoV2 = body
            .as_ref()
            .and_then(|b| b.message.clone())
            .unwrap_or_default();
        let mut set = false;
        if let Some(v) = m.get_many::<String>("message.accessory_ids") {
            value.accessory_ids = v.cloned().collect();
            set = true;
        }
        if let Some(v) = m.get_one::<String>("message.content") {
            value.content = Some(v.clone());
            set = true;
        }
        if set {
            b = b.message(value);
        }
    }
    support::answer(b.send().await?)
}
async fn run_list_messages(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.list_messages();
    if let Some(v) = m.get_one::<String>("case_id") {
        b = b.case_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    if let Some(v) = m.get_one::<i32>("offset") {
        b = b.offset(*v);
    }
    if cx.whole_page() {
        if let Some(n) = cx.limit() {
            b = b.limit(n);
        }
        return support::answer(b.send().await?);
    }
    if let Some(n) = cx.page_size() {
        b = b.limit(n);
    }
    support::items(b.into_stream(), cx.limit()).await
}
async fn run_list_case_labels(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.list_case_labels();
    if let Some(v) = m.get_one::<String>("case_id") {
        b = b.case_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_create_case_labels(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.create_case_labels();
    if let Some(v) = m.get_one::<String>("case_id") {
        b = b.case_id(v.clone());
    }
    if let Some(v) = m.get_many::<i32>("label_ids") {
        b = b.label_ids(v.cloned());
    }
    support::answer(b.send().await?)
}
async fn run_delete_case_labels(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.delete_case_labels();
    if let Some(v) = m.get_one::<String>("case_id") {
        b = b.case_id(v.clone());
    }
    if let Some(v) = m.get_many::<i32>("label_ids") {
        b = b.label_ids(v.cloned());
    }
    support::answer(b.send().await?)
}
async fn run_list_labels(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.list_labels();
    if let Some(v) = m.get_one::<i32>("offset") {
        b = b.offset(*v);
    }
    if let Some(v) = m.get_one::<String>("name") {
        b = b.name(v.clone());
    }
    if let Some(v) = m.get_one::<i32>("label_id") {
        b = b.label_id(*v);
    }
    if cx.whole_page() {
        if let Some(n) = cx.limit() {
            b = b.limit(n);
        }
        return support::answer(b.send().await?);
    }
    if let Some(n) = cx.page_size() {
        b = b.limit(n);
    }
    support::items(b.into_stream(), cx.limit()).await
}
async fn run_create_labels(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.create_labels();
    let body: Option<types::CreateLabelsReq> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<String>("color") {
        b = b.color(v.clone());
    }
    if let Some(v) = m.get_one::<String>("name") {
        b = b.name(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_update_labels(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.update_labels();
    let body: Option<types::UpdateLabelsReq> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<i32>("label_id") {
        b = b.label_id(*v);
    }
    if let Some(v) = m.get_one::<String>("color") {
        b = b.color(v.clone());
    }
    if let Some(v) = m.get_one::<String>("name") {
        b = b.name(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_delete_labels(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.delete_labels();
    if let Some(v) = m.get_one::<i32>("label_id") {
        b = b.label_id(*v);
    }
    support::answer(b.send().await?)
}
async fn run_upload_accessory(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.upload_accessory();
    if let Some(path) = m.get_one::<::std::path::PathBuf>("file") {
        b = b.file(cx.attachment(path).await?);
    }
    if let Some(v) = m.get_one::<String>("form_data") {
        b = b.form_data(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_list_accessory_access_urls(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.list_accessory_access_urls();
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    if let Some(v) = m.get_many::<String>("accessory_ids") {
        b = b.accessory_ids(v.cloned());
    }
    support::answer(b.send().await?)
}
async fn run_upload_json_accessories(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.upload_json_accessories();
    let body: Option<types::AccessoryJsonFormatReq> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<String>("accessory_data") {
        b = b.accessory_data(v.clone());
    }
    if let Some(v) = m.get_one::<types::AccessoryFrom>("accessory_from") {
        b = b.accessory_from(v.clone());
    }
    if let Some(v) = m.get_one::<String>("accessory_name") {
        b = b.accessory_name(v.clone());
    }
    if let Some(v) = m.get_one::<types::UploadType>("upload_type") {
        b = b.upload_type(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_show_accessory_limits(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = (m, cx);
    let b = client.show_accessory_limits();
    support::answer(b.send().await?)
}
async fn run_download_accessories(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.download_accessories();
    if let Some(v) = m.get_one::<String>("accessory_id") {
        b = b.accessory_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    Ok(Output::Download(b.send().await?))
}
async fn run_delete_accessories(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.delete_accessories();
    if let Some(v) = m.get_one::<String>("accessory_id") {
        b = b.accessory_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_show_download_accessory_url(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.show_download_accessory_url();
    if let Some(v) = m.get_one::<String>("accessory_id") {
        b = b.accessory_id(v.clone());
    }
    if let Some(v) = m.get_one::<types::AccessoryRelationType>("relation_type") {
        b = b.relation_type(v.clone());
    }
    if let Some(v) = m.get_one::<String>("relation_id") {
        b = b.relation_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("incident_id") {
        b = b.incident_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_download_images(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.download_images();
    if let Some(v) = m.get_one::<String>("accessory_id") {
        b = b.accessory_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    Ok(Output::Download(b.send().await?))
}
async fn run_list_authorizations(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.list_authorizations();
    if let Some(v) = m.get_one::<String>("sub_customer_name") {
        b = b.sub_customer_name(v.clone());
    }
    if let Some(v) = m.get_one::<String>("incident_id") {
        b = b.incident_id(v.clone());
    }
    if let Some(v) = m.get_one::<i32>("status") {
        b = b.status(*v);
    }
    if let Some(v) = m.get_one::<String>("simple_description") {
        b = b.simple_description(v.clone());
    }
    if let Some(v) = m.get_one::<i32>("offset") {
        b = b.offset(*v);
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    if cx.whole_page() {
        if let Some(n) = cx.limit() {
            b = b.limit(n);
        }
        return support::answer(b.send().await?);
    }
    if let Some(n) = cx.page_size() {
        b = b.limit(n);
    }
    support::items(b.into_stream(), cx.limit()).await
}
async fn run_check_hosts(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.check_hosts();
    let body: Option<types::VerifyHostV2Req> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<i64>("authorization_detail_id") {
        b = b.authorization_detail_id(*v);
    }
    if let Some(v) = m.get_one::<String>("account") {
        b = b.account(v.clone());
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("password") {
        b = b.password(v.clone());
    }
    if let Some(v) = m.get_one::<i32>("port") {
        b = b.port(*v);
    }
    support::answer(b.send().await?)
}
async fn run_show_login_type(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = (m, cx);
    let b = client.show_login_type();
    support::answer(b.send().await?)
}
async fn run_show_authorization_detail(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.show_authorization_detail();
    if let Some(v) = m.get_one::<String>("authorization_id") {
        b = b.authorization_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_confirm_authorizations(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.confirm_authorizations();
    let body: Option<types::AgreeTenantAuthorizationV2Req> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<String>("authorization_id") {
        b = b.authorization_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("agency_id") {
        b = b.agency_id(v.clone());
    }
    if let Some(v) = m.get_one::<Vec<types::TenantAgreeAuthDetailV2>>("auth_detail_list")
    {
        b = b.auth_detail_list(v.clone());
    }
    if let Some(v) = m.get_one::<i64>("auth_effective_time") {
        b = b.auth_effective_time(*v);
    }
    if let Some(v) = m.get_one::<i64>("auth_expire_time") {
        b = b.auth_expire_time(*v);
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_update_authorizations(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.update_authorizations();
    let body: Option<types::OperateAuthorizationV2Req> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<String>("authorization_id") {
        b = b.authorization_id(v.clone());
    }
    if let Some(v) = m.get_one::<types::AuthorizationAction>("action_id") {
        b = b.action_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("reject_reason") {
        b = b.reject_reason(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_list_history_sessions(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.list_history_sessions();
    if let Some(v) = m.get_one::<String>("authorization_id") {
        b = b.authorization_id(v.clone());
    }
    if let Some(v) = m.get_one::<i64>("authorization_detail_id") {
        b = b.authorization_detail_id(*v);
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    if let Some(v) = m.get_one::<i32>("offset") {
        b = b.offset(*v);
    }
    if cx.whole_page() {
        if let Some(n) = cx.limit() {
            b = b.limit(n);
        }
        return support::answer(b.send().await?);
    }
    if let Some(n) = cx.page_size() {
        b = b.limit(n);
    }
    support::items(b.into_stream(), cx.limit()).await
}
async fn run_list_transport_histories(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.list_transport_histories();
    if let Some(v) = m.get_one::<String>("authorization_id") {
        b = b.authorization_id(v.clone());
    }
    if let Some(v) = m.get_one::<i64>("authorization_detail_id") {
        b = b.authorization_detail_id(*v);
    }
    if let Some(v) = m.get_one::<i64>("session_id") {
        b = b.session_id(*v);
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    if let Some(v) = m.get_one::<types::SortOrder>("sort") {
        b = b.sort(v.clone());
    }
    if let Some(v) = m.get_one::<i32>("offset") {
        b = b.offset(*v);
    }
    if cx.whole_page() {
        if let Some(n) = cx.limit() {
            b = b.limit(n);
        }
        return support::answer(b.send().await?);
    }
    if let Some(n) = cx.page_size() {
        b = b.limit(n);
    }
    support::items(b.into_stream(), cx.limit()).await
}
async fn run_list_history_operate_logs(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.list_history_operate_logs();
    if let Some(v) = m.get_one::<String>("authorization_id") {
        b = b.authorization_id(v.clone());
    }
    if let Some(v) = m.get_one::<i64>("authorization_detail_id") {
        b = b.authorization_detail_id(*v);
    }
    if let Some(v) = m.get_one::<i64>("session_id") {
        b = b.session_id(*v);
    }
    if let Some(v) = m.get_one::<String>("group_id") {
        b = b.group_id(v.clone());
    }
    if let Some(v) = m.get_one::<types::SortOrder>("sort") {
        b = b.sort(v.clone());
    }
    if let Some(v) = m.get_one::<i32>("offset") {
        b = b.offset(*v);
    }
    if cx.whole_page() {
        if let Some(n) = cx.limit() {
            b = b.limit(n);
        }
        return support::answer(b.send().await?);
    }
    if let Some(n) = cx.page_size() {
        b = b.limit(n);
    }
    support::items(b.into_stream(), cx.limit()).await
}
async fn run_list_agencies(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = (m, cx);
    let b = client.list_agencies();
    support::answer(b.send().await?)
}
async fn run_show_latest_published_agreement(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.show_latest_published_agreement();
    if let Some(v) = m.get_one::<types::AgreementType>("agreement_type") {
        b = b.agreement_type(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_show_signed_latest_published_agreement(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.show_signed_latest_published_agreement();
    if let Some(v) = m.get_one::<types::AgreementType>("agreement_type") {
        b = b.agreement_type(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_sign_published_agreement(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.sign_published_agreement();
    let body: Option<types::SignAgreementReq> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<i32>("id") {
        b = b.id(*v);
    }
    if let Some(v) = m.get_one::<String>("relation_id") {
        b = b.relation_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_create_diagnose_feedback(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.create_diagnose_feedback();
    let body: Option<types::CreateFeedbackReq> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<String>("content") {
        b = b.content(v.clone());
    }
    if let Some(v) = m.get_one::<bool>("is_helpful") {
        b = b.is_helpful(*v);
    }
    if let Some(v) = m.get_one::<i32>("type_") {
        b = b.type_(*v);
    }
    support::answer(b.send().await?)
}
async fn run_list_diagnose_job(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.list_diagnose_job();
    if let Some(v) = m.get_one::<String>("job_id") {
        b = b.job_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_list_diagnose_items(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.list_diagnose_items();
    let body: Option<types::QueryDiagnoseItemsReq> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<String>("item_ids") {
        b = b.item_ids(v.clone());
    }
    if let Some(v) = m.get_one::<String>("job_id") {
        b = b.job_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_create_diagnose_job(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.create_diagnose_job();
    let body: Option<types::SubmitDiagnoseJobReq> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<::std::collections::BTreeMap<String, String>>("params")
    {
        b = b.params(v.clone());
    }
    if let Some(v) = m.get_one::<String>("region_id") {
        b = b.region_id(v.clone());
    }
    if let Some(v) = m.get_one::<i32>("type_") {
        b = b.type_(*v);
    }
    support::answer(b.send().await?)
}
async fn run_list_diagnose_resources(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.list_diagnose_resources();
    let body: Option<types::QueryTscDiagnoseResourcesReq> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<String>("project_id") {
        b = b.project_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("region") {
        b = b.region(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_list_diagnose_records(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.list_diagnose_records();
    if let Some(v) = m.get_one::<i32>("page_no") {
        b = b.page_no(*v);
    }
    if let Some(v) = m.get_one::<i32>("type_") {
        b = b.type_(*v);
    }
    if cx.whole_page() {
        if let Some(n) = cx.limit() {
            b = b.page_size(n);
        }
        return support::answer(b.send().await?);
    }
    if let Some(n) = cx.page_size() {
        b = b.page_size(n);
    }
    support::items(b.into_stream(), cx.limit()).await
}
async fn run_list_area_codes(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = (m, cx);
    let b = client.list_area_codes();
    support::answer(b.send().await?)
}
async fn run_list_case_categories(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = (m, cx);
    let b = client.list_case_categories();
    support::answer(b.send().await?)
}
async fn run_list_extends_params(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.list_extends_params();
    if let Some(v) = m.get_one::<String>("business_type_id") {
        b = b.business_type_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("incident_sub_type_id") {
        b = b.incident_sub_type_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("product_category_id") {
        b = b.product_category_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_list_case_limits(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = (m, cx);
    let b = client.list_case_limits();
    support::answer(b.send().await?)
}
async fn run_list_problem_types(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.list_problem_types();
    if let Some(v) = m.get_one::<String>("product_category_id") {
        b = b.product_category_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_list_product_categories(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.list_product_categories();
    if let Some(v) = m.get_one::<String>("product_category_name") {
        b = b.product_category_name(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_list_regions(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = (m, cx);
    let b = client.list_regions();
    support::answer(b.send().await?)
}
async fn run_list_satisfaction_dimensions(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = (m, cx);
    let b = client.list_satisfaction_dimensions();
    support::answer(b.send().await?)
}
async fn run_list_severities(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.list_severities();
    if let Some(v) = m.get_one::<String>("product_category_id") {
        b = b.product_category_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("business_type_id") {
        b = b.business_type_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_list_case_templates(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.list_case_templates();
    if let Some(v) = m.get_one::<String>("business_type_id") {
        b = b.business_type_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_show_configuration(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.show_configuration();
    if let Some(v) = m.get_one::<String>("config_key") {
        b = b.config_key(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_check_verify_codes(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.check_verify_codes();
    let body: Option<types::VerifyVerifyCodeV2Req> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<String>("area_code") {
        b = b.area_code(v.clone());
    }
    if let Some(v) = m.get_one::<String>("contact_value") {
        b = b.contact_value(v.clone());
    }
    if let Some(v) = m.get_one::<types::ContactWay>("contact_way") {
        b = b.contact_way(v.clone());
    }
    if let Some(v) = m.get_one::<String>("customer_id") {
        b = b.customer_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("verify_code") {
        b = b.verify_code(v.clone());
    }
    if let Some(v) = m.get_one::<String>("x_customer_id") {
        b = b.x_customer_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_list_has_verified_contacts(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.list_has_verified_contacts();
    if let Some(v) = m.get_one::<types::ContactWay>("contact_way") {
        b = b.contact_way(v.clone());
    }
    if let Some(v) = m.get_one::<String>("customer_id") {
        b = b.customer_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("sub_customer_id") {
        b = b.sub_customer_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("expired_time") {
        b = b.expired_time(v.clone());
    }
    if let Some(v) = m.get_one::<String>("verified_id") {
        b = b.verified_id(v.clone());
    }
    if let Some(v) = m.get_one::<String>("contact_value") {
        b = b.contact_value(v.clone());
    }
    if let Some(v) = m.get_one::<String>("area_code") {
        b = b.area_code(v.clone());
    }
    if let Some(v) = m.get_one::<i32>("offset") {
        b = b.offset(*v);
    }
    if cx.whole_page() {
        if let Some(n) = cx.limit() {
            b = b.limit(n);
        }
        return support::answer(b.send().await?);
    }
    if let Some(n) = cx.page_size() {
        b = b.limit(n);
    }
    support::items(b.into_stream(), cx.limit()).await
}
async fn run_check_need_verify(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.check_need_verify();
    if let Some(v) = m.get_one::<String>("contact_value") {
        b = b.contact_value(v.clone());
    }
    if let Some(v) = m.get_one::<types::ContactWay>("contact_way") {
        b = b.contact_way(v.clone());
    }
    if let Some(v) = m.get_one::<String>("area_code") {
        b = b.area_code(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_send_verify_codes(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.send_verify_codes();
    let body: Option<types::SendVerifyCodeReq> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<String>("area_code") {
        b = b.area_code(v.clone());
    }
    if let Some(v) = m.get_one::<String>("contact_value") {
        b = b.contact_value(v.clone());
    }
    if let Some(v) = m.get_one::<types::ContactWay>("contact_way") {
        b = b.contact_way(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_list_privileges(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.list_privileges();
    if let Some(v) = m.get_one::<types::Privilege>("privilege") {
        b = b.privilege(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_create_privileges(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.create_privileges();
    let body: Option<types::CreateAndDeletePrivilegeReq> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<String>("operation") {
        b = b.operation(v.clone());
    }
    if let Some(v) = m.get_one::<types::Privilege>("privilege") {
        b = b.privilege(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_show_customer_privilege_policy(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = (m, cx);
    let b = client.show_customer_privilege_policy();
    support::answer(b.send().await?)
}
async fn run_list_customers_regions(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = (m, cx);
    let b = client.list_customers_regions();
    support::answer(b.send().await?)
}
async fn run_list_sub_customers(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let _ = cx;
    let mut b = client.list_sub_customers();
    if let Some(v) = m.get_one::<String>("sub_customer_name") {
        b = b.sub_customer_name(v.clone());
    }
    if let Some(v) = m.get_one::<String>("sub_customer_id") {
        b = b.sub_customer_id(v.clone());
    }
    support::answer(b.send().await?)
}
async fn run_create_feedback(
    client: &Client,
    m: &ArgMatches,
    cx: &Cx,
) -> Result<Output, CliError> {
    let mut b = client.create_feedback();
    let body: Option<types::CreateFeedbackV2Req> = cx.json_body(m)?;
    if let Some(body) = &body {
        b = b.body(body.clone());
    }
    if let Some(v) = m.get_one::<String>("content") {
        b = b.content(v.clone());
    }
    if let Some(v) = m.get_many::<String>("files") {
        b = b.files(v.cloned());
    }
    if let Some(v) = m.get_one::<String>("title") {
        b = b.title(v.clone());
    }
    if let Some(v) = m.get_one::<String>("type_") {
        b = b.type_(v.clone());
    }
    {
        let mut value: types::ContactWayInfoV2 = body
            .as_ref()
            .and_then(|b| b.contacts.clone())
            .unwrap_or_default();
        let mut set = false;
        if let Some(v) = m.get_one::<String>("contacts.address") {
            value.address = Some(v.clone());
            set = true;
        }
        if let Some(v) = m.get_one::<String>("contacts.area") {
            value.area = Some(v.clone());
            set = true;
        }
        if let Some(v) = m.get_one::<String>("contacts.company_name") {
            value.company_name = Some(v.clone());
            set = true;
        }
        if let Some(v) = m.get_many::<String>("contacts.id_files") {
            value.id_files = v.cloned().collect();
            set = true;
        }
        if let Some(v) = m.get_one::<i32>("contacts.id_type") {
            value.id_type = Some(*v);
            set = true;
        }
        if let Some(v) = m.get_one::<String>("contacts.mail") {
            value.mail = Some(v.clone());
            set = true;
        }
        if let Some(v) = m.get_one::<String>("contacts.mobile") {
            value.mobile = Some(v.clone());
            set = true;
        }
        if let Some(v) = m.get_one::<String>("contacts.name") {
            value.name = Some(v.clone());
            set = true;
        }
        if let Some(v) = m.get_one::<String>("contacts.other_way") {
            value.other_way = Some(v.clone());
            set = true;
        }
        if set {
            b = b.contacts(value);
        }
    }
    {
        let mut value: types::IntellectualPropertyV2 = body
            .as_ref()
            .and_then(|b| b.ip.clone())
            .unwrap_or_default();
        let mut set = false;
        if let Some(v) = m.get_one::<String>("ip.ip_area") {
            value.ip_area = Some(v.clone());
            set = true;
        }
        if let Some(v) = m.get_one::<String>("ip.ip_content") {
            value.ip_content = Some(v.clone());
            set = true;
        }
        if let Some(v) = m.get_one::<String>("ip.ip_number") {
            value.ip_number = Some(v.clone());
            set = true;
        }
        if let Some(v) = m.get_one::<String>("ip.ip_type") {
            value.ip_type = Some(v.clone());
            set = true;
        }
        if set {
            b = b.ip(value);
        }
    }
    support::answer(b.send().await?)
}
