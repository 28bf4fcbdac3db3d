// @generated from spec/osm.yaml (sha256 598e762feb5d2ad1412d00cb480e906a5e12347e7dd3b546a66946db4b2b6168) by osm-gen.
// Do not edit: change the spec (or osm-gen) and run `cargo xtask codegen`.

/// The spec's models (request bodies, responses and what they contain) and its value
/// sets, as open enums.
pub mod types {
    pub use super::raw::types::{
        AccessoryJsonFormatReq, AccessoryLimitVo, AccessoryUrl, AgencyV2,
        AgreeTenantAuthorizationV2Req, AgreementVo, AreaCodeSimpleInfoV2, CaseLabelInfo,
        CaseQueryLabel, CaseRealtionInfo, CheckHostsResponse, CheckNeedVerifyResponse,
        CheckVerifyCodesResponse, CommonParamV2, ConfirmAuthorizationsResponse,
        ContactV2, ContactWayInfoV2, CreateAndDeletePrivilegeReq,
        CreateCaseExtendsParamResponse, CreateCaseLabelsResponse, CreateCasesResponse,
        CreateDiagnoseFeedbackResponse, CreateDiagnoseJobResponse, CreateFeedbackReq,
        CreateFeedbackResponse, CreateFeedbackV2Req, CreateLabelsReq,
        CreateLabelsResponse, CreateMessageDoV2, CreateMessageV2Req,
        CreateMessagesResponse, CreateOrderIncidentV2Req, CreatePrivilegesResponse,
        CreateRelationsReq, CreateRelationsResponse, CreateScoreV2Req,
        CreateScoresResponse, DataCenterV2Do, DeleteAccessoriesResponse,
        DeleteCaseLabelsResponse, DeleteLabelsResponse, DeleteRelationResponse,
        DeleteRelationsReq, DiagnoseRecordVo, DiagnoseResourceVo, ExtendsParamV2,
        FileOperateLog, ImStatusV2, ImUnreadV2, IncidentDetailExtInfoV2,
        IncidentDetailInfoV2, IncidentInfo, IncidentInfoV2, IncidentMessageV2,
        IncidentOperateLogV2, IncidentOrderAuthDetailInfoV2, IncidentOrderAuthV2,
        IncidentOrderCcEmailInfoV2, IncidentProductCategoryV2, IncidentSatisfactionV2Do,
        IncidentStatusCount, IncidentSubTypeV2Do, IncidentTempV2, IntellectualPropertyV2,
        ItemResultDetailVo, ItemResultVo, LabelInfo, ListAccessoryAccessUrlsResponse,
        ListAgenciesResponse, ListAreaCodesResponse, ListAuthorizationsResponse,
        ListCaseCategoriesResponse, ListCaseCcEmailsResponse, ListCaseCountsResponse,
        ListCaseLabelsResponse, ListCaseLimitsResponse, ListCaseOperateLogsResponse,
        ListCaseQuotasResponse, ListCaseTemplatesResponse, ListCasesResponse,
        ListCustomersRegionsResponse, ListDiagnoseItemsResponse, ListDiagnoseJobResponse,
        ListDiagnoseRecordsResponse, ListDiagnoseResourcesResponse,
        ListExtendsParamsResponse, ListHasVerifiedContactsResponse,
        ListHistoryOperateLogsResponse, ListHistorySessionsResponse, ListLabelsResponse,
        ListMessagesResponse, ListMoreInstantMessagesResponse,
        ListNewInstantMessagesResponse, ListOrderIncidentResponse,
        ListPrivilegesResponse, ListProblemTypesResponse, ListProductCategoriesResponse,
        ListRegionsResponse, ListRelationResponse, ListSatisfactionDimensionsResponse,
        ListSeveritiesResponse, ListSubCustomersResponse, ListTransportHistoriesResponse,
        ListUnreadNewInstantMessagesResponse, OperateAuthorizationV2Req,
        OperateHistorySession, OperateLog, PartnersServiceInfo, PutCaseExtParamReq,
        QueryDiagnoseItemsReq, QueryMessageInfoV2, QueryTscDiagnoseResourcesReq, Region,
        RevokeMessageResponse, SatisfactionDimensionSimpleInfoV2, SendVerifyCodeReq,
        SendVerifyCodesResponse, SeverityV2Do, ShowAccessoryLimitsResponse,
        ShowAuthorizationDetailResponse, ShowCaseDetailResponse,
        ShowCaseExtendsParamResponse, ShowCaseStatusResponse, ShowConfigurationResponse,
        ShowCustomerPrivilegePolicyResponse, ShowDownloadAccessoryUrlResponse,
        ShowLatestPublishedAgreementResponse, ShowLoginTypeResponse,
        ShowPartnersCasesPrivilegeResponse, ShowPartnersServiceInfoResponse,
        ShowSignedLatestPublishedAgreementResponse, SignAgreementReq,
        SignPublishedAgreementResponse, SimpleAccessoryV2, SimpleIncidentBusinessTypeV2,
        SubCutomerInfoV2, SubmitDiagnoseJobReq, TenantAgreeAuthDetailV2, TenantConfigV2,
        UpdateAuthorizationsResponse, UpdateCaseContactInfoReq,
        UpdateCaseContactInfoResponse, UpdateCasesResponse, UpdateLabelsReq,
        UpdateLabelsResponse, UpdateNewInstantMessagesReadResponse,
        UpdateUnreadNewInstantMsgV2Req, UploadAccessoryResponse,
        UploadJsonAccessoriesResponse, UserInstantIncidentMsgV2, VerifyHostV2Req,
        VerifyVerifyCodeV2Req, WorkOrderOperateV2Req,
    };
    pub use crate::value_set::UnknownValue;
    /// Where an uploaded file belongs.
    ///
    /// An open set: a value this version does not know decodes as `Unknown` (and is sent back unchanged); `From` the wire value and [`AccessoryFrom::value`] convert both ways. `str::parse` takes the wire value or a value's name in any case, its words joined by `-`, `_` or nothing: `"incident"`, `"Incident"` all parse as [`AccessoryFrom::Incident`].
    #[derive(Clone, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum AccessoryFrom {
        /// `"incident"`: An attachment of a new case.
        Incident,
        /// `"message"`: An attachment of a message.
        Message,
        /// A value this version of osm-client does not know.
        Unknown(crate::types::UnknownValue<::std::string::String>),
    }
    crate::value_set::open_enum_impls!(
        str AccessoryFrom : ::std::string::String { Incident = "incident", Message =
        "message", }
    );
    /// What an attachment is related to.
    ///
    /// An open set: a value this version does not know decodes as `Unknown` (and is sent back unchanged); `From` the wire value and [`AccessoryRelationType::value`] convert both ways. `str::parse` takes the wire value or a value's name in any case, its words joined by `-`, `_` or nothing: `"DEFAULT"`, `"default"`, `"Default"` all parse as [`AccessoryRelationType::Default`].
    #[derive(Clone, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum AccessoryRelationType {
        /// `"DEFAULT"`: Default relation.
        Default,
        /// `"NO_RELATION"`: Not related to anything.
        NoRelation,
        /// `"NOTIFICATION"`: A notification.
        Notification,
        /// `"INCIDENT"`: A case.
        Incident,
        /// `"MESSAGE"`: A message.
        Message,
        /// `"INSPECTION"`: An inspection.
        Inspection,
        /// `"CONNECT"`: A connection.
        Connect,
        /// A value this version of osm-client does not know.
        Unknown(crate::types::UnknownValue<::std::string::String>),
    }
    crate::value_set::open_enum_impls!(
        str AccessoryRelationType : ::std::string::String { Default = "DEFAULT",
        NoRelation = "NO_RELATION", Notification = "NOTIFICATION", Incident = "INCIDENT",
        Message = "MESSAGE", Inspection = "INSPECTION", Connect = "CONNECT", }
    );
    /// Kind of service agreement.
    ///
    /// An open set: a value this version does not know decodes as `Unknown` (and is sent back unchanged); `From` the wire value and [`AgreementType::value`] convert both ways. `str::parse` takes the wire value or a value's name in any case, its words joined by `-`, `_` or nothing: `"0"`, `"create-case-user"`, `"create_case_user"`, `"CreateCaseUser"` all parse as [`AgreementType::CreateCaseUser`].
    #[derive(Clone, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum AgreementType {
        /// `"0"`: Case creation by an ordinary user.
        CreateCaseUser,
        /// `"1"`: Case creation by an ISV user.
        CreateCaseIsv,
        /// `"2"`: Authorization.
        Authorization,
        /// A value this version of osm-client does not know.
        Unknown(crate::types::UnknownValue<::std::string::String>),
    }
    crate::value_set::open_enum_impls!(
        str AgreementType : ::std::string::String { CreateCaseUser = "0", CreateCaseIsv =
        "1", Authorization = "2", }
    );
    /// Action on an authorization (update_authorizations).
    ///
    /// An open set: a value this version does not know decodes as `Unknown` (and is sent back unchanged); `From` the wire value and [`AuthorizationAction::value`] convert both ways. `str::parse` takes the wire value or a value's name in any case, its words joined by `-`, `_` or nothing: `"reject"`, `"Reject"` all parse as [`AuthorizationAction::Reject`].
    #[derive(Clone, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum AuthorizationAction {
        /// `"reject"`: Reject the authorization request.
        Reject,
        /// `"cancel"`: Revoke the authorization.
        Cancel,
        /// A value this version of osm-client does not know.
        Unknown(crate::types::UnknownValue<::std::string::String>),
    }
    crate::value_set::open_enum_impls!(
        str AuthorizationAction : ::std::string::String { Reject = "reject", Cancel =
        "cancel", }
    );
    /// Kind of an authorization detail.
    ///
    /// An open set: a value this version does not know decodes as `Unknown` (and is sent back unchanged); `From` the wire value and [`AuthorizationDetailType::value`] convert both ways. `str::parse` takes the wire value or a value's name in any case, its words joined by `-`, `_` or nothing: `"0"`, `"console"`, `"Console"` all parse as [`AuthorizationDetailType::Console`].
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum AuthorizationDetailType {
        /// `0`: The console.
        Console,
        /// `1`: A host resource.
        Host,
        /// A value this version of osm-client does not know.
        Unknown(crate::types::UnknownValue<i32>),
    }
    crate::value_set::open_enum_impls!(
        int AuthorizationDetailType : i32 { Console = 0i32, Host = 1i32, }
    );
    /// Customer action on a case (update_cases).
    ///
    /// An open set: a value this version does not know decodes as `Unknown` (and is sent back unchanged); `From` the wire value and [`CaseAction::value`] convert both ways. `str::parse` takes the wire value or a value's name in any case, its words joined by `-`, `_` or nothing: `"cancel"`, `"Cancel"` all parse as [`CaseAction::Cancel`].
    #[derive(Clone, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum CaseAction {
        /// `"cancel"`: Withdraw a case support has not accepted yet.
        Cancel,
        /// `"close"`: Close the case as solved.
        Close,
        /// `"press"`: Urge support to handle the case.
        Press,
        /// `"delete"`: Remove a finished case from the list.
        Delete,
        /// A value this version of osm-client does not know.
        Unknown(crate::types::UnknownValue<::std::string::String>),
    }
    crate::value_set::open_enum_impls!(
        str CaseAction : ::std::string::String { Cancel = "cancel", Close = "close",
        Press = "press", Delete = "delete", }
    );
    /// Status of a case.
    ///
    /// An open set: a value this version does not know decodes as `Unknown` (and is sent back unchanged); `From` the wire value and [`CaseStatus::value`] convert both ways. `str::parse` takes the wire value or a value's name in any case, its words joined by `-`, `_` or nothing: `"0"`, `"pending-acceptance"`, `"pending_acceptance"`, `"PendingAcceptance"` all parse as [`CaseStatus::PendingAcceptance`].
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum CaseStatus {
        /// `0`: Waiting for support to accept it.
        PendingAcceptance,
        /// `1`: Support is working on it.
        Processing,
        /// `2`: Support answered; the customer should confirm the result.
        PendingConfirmation,
        /// `3`: Closed as solved.
        Completed,
        /// `4`: Cancelled by the customer.
        Cancelled,
        /// `5`: Paused.
        Paused,
        /// `12`: Closed as invalid.
        Invalid,
        /// `17`: Support waits for the customer's feedback.
        PendingFeedback,
        /// A value this version of osm-client does not know.
        Unknown(crate::types::UnknownValue<i32>),
    }
    crate::value_set::open_enum_impls!(
        int CaseStatus : i32 { PendingAcceptance = 0i32, Processing = 1i32,
        PendingConfirmation = 2i32, Completed = 3i32, Cancelled = 4i32, Paused = 5i32,
        Invalid = 12i32, PendingFeedback = 17i32, }
    );
    /// Kind of case a business type opens.
    ///
    /// An open set: a value this version does not know decodes as `Unknown` (and is sent back unchanged); `From` the wire value and [`CaseType::value`] convert both ways. `str::parse` takes the wire value or a value's name in any case, its words joined by `-`, `_` or nothing: `"0"`, `"consultation"`, `"Consultation"` all parse as [`CaseType::Consultation`].
    #[derive(Clone, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum CaseType {
        /// `"0"`: A consultation.
        Consultation,
        /// `"5"`: A fault report.
        FaultReport,
        /// A value this version of osm-client does not know.
        Unknown(crate::types::UnknownValue<::std::string::String>),
    }
    crate::value_set::open_enum_impls!(
        str CaseType : ::std::string::String { Consultation = "0", FaultReport = "5", }
    );
    /// How a contact is reached.
    ///
    /// An open set: a value this version does not know decodes as `Unknown` (and is sent back unchanged); `From` the wire value and [`ContactWay::value`] convert both ways. `str::parse` takes the wire value or a value's name in any case, its words joined by `-`, `_` or nothing: `"0"`, `"phone"`, `"Phone"` all parse as [`ContactWay::Phone`].
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ContactWay {
        /// `0`: Phone (SMS).
        Phone,
        /// `1`: Email.
        Email,
        /// A value this version of osm-client does not know.
        Unknown(crate::types::UnknownValue<i32>),
    }
    crate::value_set::open_enum_impls!(
        int ContactWay : i32 { Phone = 0i32, Email = 1i32, }
    );
    /// Status of a diagnosis job: 3 means finished; 4, 7 and 8 mean the diagnosis script has a problem OSM cannot handle.
    ///
    /// An open set: a value this version does not know decodes as `Unknown` (and is sent back unchanged); `From` the wire value and [`DiagnoseJobStatus::value`] convert both ways. `str::parse` takes the wire value or a value's name in any case, its words joined by `-`, `_` or nothing: `"0"`, `"preparing"`, `"Preparing"` all parse as [`DiagnoseJobStatus::Preparing`].
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum DiagnoseJobStatus {
        /// `0`: Preparing.
        Preparing,
        /// `2`: Running.
        Running,
        /// `3`: Completed.
        Completed,
        /// `4`: Failed.
        Failed,
        /// `7`: Not executed.
        NotExecuted,
        /// `8`: Unavailable.
        Unavailable,
        /// A value this version of osm-client does not know.
        Unknown(crate::types::UnknownValue<i32>),
    }
    crate::value_set::open_enum_impls!(
        int DiagnoseJobStatus : i32 { Preparing = 0i32, Running = 2i32, Completed = 3i32,
        Failed = 4i32, NotExecuted = 7i32, Unavailable = 8i32, }
    );
    /// Who left a message.
    ///
    /// An open set: a value this version does not know decodes as `Unknown` (and is sent back unchanged); `From` the wire value and [`MessageType::value`] convert both ways. `str::parse` takes the wire value or a value's name in any case, its words joined by `-`, `_` or nothing: `"0"`, `"customer"`, `"Customer"` all parse as [`MessageType::Customer`].
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum MessageType {
        /// `0`: The customer.
        Customer,
        /// `1`: A Huawei engineer (customer service).
        Engineer,
        /// A value this version of osm-client does not know.
        Unknown(crate::types::UnknownValue<i32>),
    }
    crate::value_set::open_enum_impls!(
        int MessageType : i32 { Customer = 0i32, Engineer = 1i32, }
    );
    /// A case submission privilege of a sub-user.
    ///
    /// An open set: a value this version does not know decodes as `Unknown` (and is sent back unchanged); `From` the wire value and [`Privilege::value`] convert both ways. `str::parse` takes the wire value or a value's name in any case, its words joined by `-`, `_` or nothing: `"export"`, `"Export"` all parse as [`Privilege::Export`].
    #[derive(Clone, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Privilege {
        /// `"export"`: Export cases.
        Export,
        /// `"createCase"`: Create cases.
        CreateCase,
        /// A value this version of osm-client does not know.
        Unknown(crate::types::UnknownValue<::std::string::String>),
    }
    crate::value_set::open_enum_impls!(
        str Privilege : ::std::string::String { Export = "export", CreateCase =
        "createCase", }
    );
    /// Result level of a diagnosis check item.
    ///
    /// An open set: a value this version does not know decodes as `Unknown` (and is sent back unchanged); `From` the wire value and [`ProblemLevel::value`] convert both ways. `str::parse` takes the wire value or a value's name in any case, its words joined by `-`, `_` or nothing: `"0"`, `"not-executed"`, `"not_executed"`, `"NotExecuted"` all parse as [`ProblemLevel::NotExecuted`].
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ProblemLevel {
        /// `0`: Not executed.
        NotExecuted,
        /// `3`: Normal.
        Normal,
        /// `4`: Abnormal.
        Abnormal,
        /// A value this version of osm-client does not know.
        Unknown(crate::types::UnknownValue<i32>),
    }
    crate::value_set::open_enum_impls!(
        int ProblemLevel : i32 { NotExecuted = 0i32, Normal = 3i32, Abnormal = 4i32, }
    );
    /// Kind of region.
    ///
    /// An open set: a value this version does not know decodes as `Unknown` (and is sent back unchanged); `From` the wire value and [`RegionType::value`] convert both ways. `str::parse` takes the wire value or a value's name in any case, its words joined by `-`, `_` or nothing: `"0"`, `"chinese-mainland"`, `"chinese_mainland"`, `"ChineseMainland"` all parse as [`RegionType::ChineseMainland`].
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum RegionType {
        /// `0`: The Chinese mainland.
        ChineseMainland,
        /// `1`: International.
        International,
        /// A value this version of osm-client does not know.
        Unknown(crate::types::UnknownValue<i32>),
    }
    crate::value_set::open_enum_impls!(
        int RegionType : i32 { ChineseMainland = 0i32, International = 1i32, }
    );
    /// Who replied.
    ///
    /// An open set: a value this version does not know decodes as `Unknown` (and is sent back unchanged); `From` the wire value and [`ReplierType::value`] convert both ways. `str::parse` takes the wire value or a value's name in any case, its words joined by `-`, `_` or nothing: `"0"`, `"customer"`, `"Customer"` all parse as [`ReplierType::Customer`].
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ReplierType {
        /// `0`: The customer.
        Customer,
        /// `1`: A Huawei engineer.
        Engineer,
        /// `2`: A third party.
        ThirdParty,
        /// A value this version of osm-client does not know.
        Unknown(crate::types::UnknownValue<i32>),
    }
    crate::value_set::open_enum_impls!(
        int ReplierType : i32 { Customer = 0i32, Engineer = 1i32, ThirdParty = 2i32, }
    );
    /// Huawei Cloud site of the account (the X-Site header).
    ///
    /// An open set: a value this version does not know decodes as `Unknown` (and is sent back unchanged); `From` the wire value and [`Site::value`] convert both ways. `str::parse` takes the wire value or a value's name in any case, its words joined by `-`, `_` or nothing: `"0"`, `"china"`, `"China"` all parse as [`Site::China`].
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Site {
        /// `0`: The China site (the default).
        China,
        /// `1`: The international site.
        International,
        /// A value this version of osm-client does not know.
        Unknown(crate::types::UnknownValue<i32>),
    }
    crate::value_set::open_enum_impls!(
        int Site : i32 { China = 0i32, International = 1i32, }
    );
    /// Sort order by operation time.
    ///
    /// An open set: a value this version does not know decodes as `Unknown` (and is sent back unchanged); `From` the wire value and [`SortOrder::value`] convert both ways. `str::parse` takes the wire value or a value's name in any case, its words joined by `-`, `_` or nothing: `"0"`, `"descending"`, `"Descending"` all parse as [`SortOrder::Descending`].
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum SortOrder {
        /// `0`: Newest first (the default).
        Descending,
        /// `1`: Oldest first.
        Ascending,
        /// A value this version of osm-client does not know.
        Unknown(crate::types::UnknownValue<i32>),
    }
    crate::value_set::open_enum_impls!(
        int SortOrder : i32 { Descending = 0i32, Ascending = 1i32, }
    );
    /// How an uploaded file is treated.
    ///
    /// An open set: a value this version does not know decodes as `Unknown` (and is sent back unchanged); `From` the wire value and [`UploadType::value`] convert both ways. `str::parse` takes the wire value or a value's name in any case, its words joined by `-`, `_` or nothing: `"0"`, `"normal"`, `"Normal"` all parse as [`UploadType::Normal`].
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum UploadType {
        /// `0`: Normal upload (the default).
        Normal,
        /// `1`: Markdown mode.
        Markdown,
        /// A value this version of osm-client does not know.
        Unknown(crate::types::UnknownValue<i32>),
    }
    crate::value_set::open_enum_impls!(
        int UploadType : i32 { Normal = 0i32, Markdown = 1i32, }
    );
    /// Whether an item is shown.
    ///
    /// An open set: a value this version does not know decodes as `Unknown` (and is sent back unchanged); `From` the wire value and [`Visibility::value`] convert both ways. `str::parse` takes the wire value or a value's name in any case, its words joined by `-`, `_` or nothing: `"0"`, `"hidden"`, `"Hidden"` all parse as [`Visibility::Hidden`].
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Visibility {
        /// `0`: Hidden.
        Hidden,
        /// `1`: Visible.
        Visible,
        /// A value this version of osm-client does not know.
        Unknown(crate::types::UnknownValue<i32>),
    }
    crate::value_set::open_enum_impls!(
        int Visibility : i32 { Hidden = 0i32, Visible = 1i32, }
    );
}
/// One request builder per operation. Start one from its [`Client`](crate::Client)
/// method, set its inputs, then `.send()` it.
pub mod operations {
    use crate::runtime::{IDEMPOTENT, PAGINATED, TRANSFER};
    use crate::{
        types, Attachment, Client, Download, Error, OperationInfo, RequestOptions,
        Response, Result,
    };
    /// List cases (legacy): the request of [`Client::list_order_incident`](crate::Client::list_order_incident). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListOrderIncident {
        client: Client,
        options: RequestOptions,
        version: Option<String>,
        search_key: Vec<String>,
        label_id_list: Vec<i32>,
        app_key: Option<String>,
        incident_id: Option<String>,
        query_start_time: Option<String>,
        query_end_time: Option<String>,
        status: Option<i32>,
        incident_status: Option<String>,
        x_customer_name: Option<String>,
        group_id: Option<String>,
        product_category_id: Option<String>,
        business_type_id: Option<String>,
        page_no: Option<i32>,
        page_size: Option<i32>,
        x_customer_id: Option<String>,
    }
    impl ListOrderIncident {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_order_incident",
            IDEMPOTENT | PAGINATED,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                version: Default::default(),
                search_key: Default::default(),
                label_id_list: Default::default(),
                app_key: Default::default(),
                incident_id: Default::default(),
                query_start_time: Default::default(),
                query_end_time: Default::default(),
                status: Default::default(),
                incident_status: Default::default(),
                x_customer_name: Default::default(),
                group_id: Default::default(),
                product_category_id: Default::default(),
                business_type_id: Default::default(),
                page_no: Default::default(),
                page_size: Default::default(),
                x_customer_id: Default::default(),
            }
        }
        /// Version number (query parameter `version`).
        pub fn version(mut self, value: impl Into<String>) -> Self {
            self.version = Some(value.into());
            self
        }
        /// Keyword (query parameter `searchKey`; replaces any earlier value).
        pub fn search_key(
            mut self,
            value: impl IntoIterator<Item = impl Into<String>>,
        ) -> Self {
            self.search_key = crate::runtime::collect(value);
            self
        }
        /// Label list (query parameter `labelIdList`; replaces any earlier value).
        pub fn label_id_list(mut self, value: impl IntoIterator<Item = i32>) -> Self {
            self.label_id_list = crate::runtime::collect(value);
            self
        }
        /// App key (query parameter `appKey`).
        pub fn app_key(mut self, value: impl Into<String>) -> Self {
            self.app_key = Some(value.into());
            self
        }
        /// Case (incident) ID (query parameter `incidentId`).
        pub fn incident_id(mut self, value: impl Into<String>) -> Self {
            self.incident_id = Some(value.into());
            self
        }
        /// Start of the query time range (query parameter `queryStartTime`).
        pub fn query_start_time(mut self, value: impl Into<String>) -> Self {
            self.query_start_time = Some(value.into());
            self
        }
        /// End of the query time range (query parameter `queryEndTime`).
        pub fn query_end_time(mut self, value: impl Into<String>) -> Self {
            self.query_end_time = Some(value.into());
            self
        }
        /// Status (query parameter `status`).
        pub fn status(mut self, value: i32) -> Self {
            self.status = Some(value);
            self
        }
        /// Case status (query parameter `incidentStatus`).
        pub fn incident_status(mut self, value: impl Into<String>) -> Self {
            self.incident_status = Some(value.into());
            self
        }
        /// User name (query parameter `xCustomerName`).
        pub fn x_customer_name(mut self, value: impl Into<String>) -> Self {
            self.x_customer_name = Some(value.into());
            self
        }
        /// Group (query parameter `groupId`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        /// Product category (query parameter `productCategoryId`).
        pub fn product_category_id(mut self, value: impl Into<String>) -> Self {
            self.product_category_id = Some(value.into());
            self
        }
        /// Type (query parameter `businessTypeId`).
        pub fn business_type_id(mut self, value: impl Into<String>) -> Self {
            self.business_type_id = Some(value.into());
            self
        }
        /// Page number (query parameter `pageNo`).
        pub fn page_no(mut self, value: i32) -> Self {
            self.page_no = Some(value);
            self
        }
        /// Page size (query parameter `pageSize`).
        pub fn page_size(mut self, value: i32) -> Self {
            self.page_size = Some(value);
            self
        }
        /// Customer ID (query parameter `xCustomerId`).
        pub fn x_customer_id(mut self, value: impl Into<String>) -> Self {
            self.x_customer_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListOrderIncidentResponse>> {
            let Self {
                client,
                options,
                version,
                search_key,
                label_id_list,
                app_key,
                incident_id,
                query_start_time,
                query_end_time,
                status,
                incident_status,
                x_customer_name,
                group_id,
                product_category_id,
                business_type_id,
                page_no,
                page_size,
                x_customer_id,
            } = self;
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .list_order_incident(
                    app_key.as_deref(),
                    business_type_id.as_deref(),
                    group_id.as_deref(),
                    incident_id.as_deref(),
                    incident_status.as_deref(),
                    (!label_id_list.is_empty()).then_some(&label_id_list),
                    page_no,
                    page_size,
                    product_category_id.as_deref(),
                    query_end_time.as_deref(),
                    query_start_time.as_deref(),
                    (!search_key.is_empty()).then_some(&search_key),
                    status,
                    version.as_deref(),
                    x_customer_id.as_deref(),
                    x_customer_name.as_deref(),
                )
                .await;
            crate::runtime::json(raw, result).await
        }
        /// Every item of every page, fetched lazily one page at a time: from `page_no` (default page 1), `page_size` items per page (default 50). The stream ends after the reported total, a short page or an empty one; an error ends it; dropping it stops fetching.
        pub fn into_stream(self) -> crate::ItemStream<types::IncidentInfo> {
            let (start, size) = (self.page_no, self.page_size);
            crate::paginate::page_stream(
                start,
                size,
                move |position, size| {
                    let page = self.clone().page_no(position).page_size(size).send();
                    async move {
                        let page = page.await?.into_inner();
                        Ok(
                            crate::paginate::Page::new(
                                page.incident_info_list,
                                page.total_count,
                            ),
                        )
                    }
                },
            )
        }
    }
    /// List case CC email addresses: the request of [`Client::list_case_cc_emails`](crate::Client::list_case_cc_emails). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListCaseCcEmails {
        client: Client,
        options: RequestOptions,
    }
    impl ListCaseCcEmails {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_case_cc_emails",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
            }
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListCaseCcEmailsResponse>> {
            let raw = self.client.raw(&Self::INFO, self.options)?;
            let result = raw.list_case_cc_emails().await;
            crate::runtime::json(raw, result).await
        }
    }
    /// List cases: the request of [`Client::list_cases`](crate::Client::list_cases). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListCases {
        client: Client,
        options: RequestOptions,
        search_key: Vec<String>,
        label_id_list: Vec<String>,
        app_key: Option<String>,
        incident_id: Option<String>,
        query_start_time: Option<String>,
        query_end_time: Option<String>,
        status: Option<types::CaseStatus>,
        incident_status: Option<String>,
        x_customer_id: Option<String>,
        x_customer_name: Option<String>,
        group_id: Option<String>,
        offset: Option<i32>,
        limit: Option<i32>,
    }
    impl ListCases {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_cases",
            IDEMPOTENT | PAGINATED,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                search_key: Default::default(),
                label_id_list: Default::default(),
                app_key: Default::default(),
                incident_id: Default::default(),
                query_start_time: Default::default(),
                query_end_time: Default::default(),
                status: Default::default(),
                incident_status: Default::default(),
                x_customer_id: Default::default(),
                x_customer_name: Default::default(),
                group_id: Default::default(),
                offset: Default::default(),
                limit: Default::default(),
            }
        }
        /// Keywords; several keywords may be separated by spaces (query parameter `search_key`; replaces any earlier value).
        pub fn search_key(
            mut self,
            value: impl IntoIterator<Item = impl Into<String>>,
        ) -> Self {
            self.search_key = crate::runtime::collect(value);
            self
        }
        /// Label IDs, at most 5 (query parameter `label_id_list`; replaces any earlier value).
        pub fn label_id_list(
            mut self,
            value: impl IntoIterator<Item = impl Into<String>>,
        ) -> Self {
            self.label_id_list = crate::runtime::collect(value);
            self
        }
        /// App keyword (query parameter `app_key`).
        pub fn app_key(mut self, value: impl Into<String>) -> Self {
            self.app_key = Some(value.into());
            self
        }
        /// Case ID (query parameter `incident_id`).
        pub fn incident_id(mut self, value: impl Into<String>) -> Self {
            self.incident_id = Some(value.into());
            self
        }
        /// Start of the query time range (query parameter `query_start_time`).
        pub fn query_start_time(mut self, value: impl Into<String>) -> Self {
            self.query_start_time = Some(value.into());
            self
        }
        /// End of the query time range (query parameter `query_end_time`).
        pub fn query_end_time(mut self, value: impl Into<String>) -> Self {
            self.query_end_time = Some(value.into());
            self
        }
        /// Status: 0 pending acceptance, 1 processing, 2 pending confirmation, 3 completed, 4 cancelled, 5 paused, 12 invalid, 17 pending feedback (query parameter `status`).
        pub fn status(mut self, value: impl Into<types::CaseStatus>) -> Self {
            self.status = Some(value.into());
            self
        }
        /// Status list (query parameter `incident_status`).
        pub fn incident_status(mut self, value: impl Into<String>) -> Self {
            self.incident_status = Some(value.into());
            self
        }
        /// Sub-user ID (query parameter `x_customer_id`).
        pub fn x_customer_id(mut self, value: impl Into<String>) -> Self {
            self.x_customer_id = Some(value.into());
            self
        }
        /// Sub-user name (query parameter `x_customer_name`).
        pub fn x_customer_name(mut self, value: impl Into<String>) -> Self {
            self.x_customer_name = Some(value.into());
            self
        }
        /// Huawei Cloud IAM group ID; required when accessing another case of the same group (query parameter `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        /// Query offset (query parameter `offset`).
        pub fn offset(mut self, value: i32) -> Self {
            self.offset = Some(value);
            self
        }
        /// Maximum number of records to return (query parameter `limit`).
        pub fn limit(mut self, value: i32) -> Self {
            self.limit = Some(value);
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListCasesResponse>> {
            let Self {
                client,
                options,
                search_key,
                label_id_list,
                app_key,
                incident_id,
                query_start_time,
                query_end_time,
                status,
                incident_status,
                x_customer_id,
                x_customer_name,
                group_id,
                offset,
                limit,
            } = self;
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .list_cases(
                    app_key.as_deref(),
                    group_id.as_deref(),
                    incident_id.as_deref(),
                    incident_status.as_deref(),
                    (!label_id_list.is_empty()).then_some(&label_id_list),
                    limit,
                    offset,
                    query_end_time.as_deref(),
                    query_start_time.as_deref(),
                    (!search_key.is_empty()).then_some(&search_key),
                    status.as_ref(),
                    x_customer_id.as_deref(),
                    x_customer_name.as_deref(),
                )
                .await;
            crate::runtime::json(raw, result).await
        }
        /// Every item of every page, fetched lazily one page at a time: from `offset` (default offset 0), `limit` items per page (default 50). The stream ends after the reported total, a short page or an empty one; an error ends it; dropping it stops fetching.
        pub fn into_stream(self) -> crate::ItemStream<types::IncidentInfoV2> {
            let (start, size) = (self.offset, self.limit);
            crate::paginate::offset_stream(
                start,
                size,
                move |position, size| {
                    let page = self.clone().offset(position).limit(size).send();
                    async move {
                        let page = page.await?.into_inner();
                        Ok(
                            crate::paginate::Page::new(
                                page.incident_info_list,
                                page.total_count,
                            ),
                        )
                    }
                },
            )
        }
    }
    /// Create a case: the request of [`Client::create_cases`](crate::Client::create_cases). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct CreateCases {
        client: Client,
        options: RequestOptions,
        x_phone_verifiedid: Option<String>,
        x_email_verifiedid: Option<String>,
        body: types::CreateOrderIncidentV2Req,
    }
    impl CreateCases {
        pub const INFO: OperationInfo = OperationInfo::new("create_cases", 0);
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                x_phone_verifiedid: Default::default(),
                x_email_verifiedid: Default::default(),
                body: Default::default(),
            }
        }
        /// Phone verification serial ID. Required when the phone number is not the registered contact; obtain it from the "list verified contacts" operation (header `x-phone-verifiedid`).
        pub fn x_phone_verifiedid(mut self, value: impl Into<String>) -> Self {
            self.x_phone_verifiedid = Some(value.into());
            self
        }
        /// Email verification serial ID. Required when the email address is not the registered contact; obtain it from the "list verified contacts" operation (header `x-email-verifiedid`).
        pub fn x_email_verifiedid(mut self, value: impl Into<String>) -> Self {
            self.x_email_verifiedid = Some(value.into());
            self
        }
        /// Attachment IDs, as returned by "upload an attachment" (body field `accessory_ids`; replaces any earlier value).
        pub fn accessory_ids(
            mut self,
            value: impl IntoIterator<Item = impl Into<String>>,
        ) -> Self {
            self.body.accessory_ids = crate::runtime::collect(value);
            self
        }
        /// Country calling code (body field `area_code`).
        pub fn area_code(mut self, value: impl Into<String>) -> Self {
            self.body.area_code = Some(value.into());
            self
        }
        /// Problem type of the case, from "list problem types" (body field `business_type_id`, required).
        pub fn business_type_id(mut self, value: impl Into<String>) -> Self {
            self.body.business_type_id = Some(value.into());
            self
        }
        /// Additional parameters (body field `extends_map`; replaces any earlier value).
        pub fn extends_map<K: Into<String>, V: Into<::serde_json::Value>>(
            mut self,
            value: impl IntoIterator<Item = (K, V)>,
        ) -> Self {
            self.body.extends_map = crate::runtime::collect_map(value);
            self
        }
        /// Extension parameters (body field `extension_map`; replaces any earlier value).
        pub fn extension_map<K: Into<String>, V: Into<::serde_json::Value>>(
            mut self,
            value: impl IntoIterator<Item = (K, V)>,
        ) -> Self {
            self.body.extension_map = crate::runtime::collect_map(value);
            self
        }
        /// Case sub-type, from "list case categories" (body field `incident_sub_type_id`).
        pub fn incident_sub_type_id(mut self, value: impl Into<String>) -> Self {
            self.body.incident_sub_type_id = Some(value.into());
            self
        }
        /// Product category of the case, from "list case categories" (body field `product_category_id`).
        pub fn product_category_id(mut self, value: impl Into<String>) -> Self {
            self.body.product_category_id = Some(value.into());
            self
        }
        /// Project ID (body field `project_id`).
        pub fn project_id(mut self, value: impl Into<String>) -> Self {
            self.body.project_id = Some(value.into());
            self
        }
        /// Region ID; required when the case type of business_type_id is 5 (fault report), see "list problem types" (body field `region_id`).
        pub fn region_id(mut self, value: impl Into<String>) -> Self {
            self.body.region_id = Some(value.into());
            self
        }
        /// Reminder email address (body field `remind_mail`).
        pub fn remind_mail(mut self, value: impl Into<String>) -> Self {
            self.body.remind_mail = Some(value.into());
            self
        }
        /// Reminder mobile number (body field `remind_mobile`).
        pub fn remind_mobile(mut self, value: impl Into<String>) -> Self {
            self.body.remind_mobile = Some(value.into());
            self
        }
        /// Reminder time: 0 for any time, otherwise a time range in the customer's preferred time zone, such as 09:00-18:00 (body field `remind_time`).
        pub fn remind_time(mut self, value: impl Into<String>) -> Self {
            self.body.remind_time = Some(value.into());
            self
        }
        /// Severity ID, from "list severities" (body field `severity_id`).
        pub fn severity_id(mut self, value: impl Into<String>) -> Self {
            self.body.severity_id = Some(value.into());
            self
        }
        /// Problem description (body field `simple_description`, required).
        pub fn simple_description(mut self, value: impl Into<String>) -> Self {
            self.body.simple_description = Some(value.into());
            self
        }
        /// Case source; currently always 83aeb0f2834c4df49826c781d32a963e (body field `source_id`, required).
        pub fn source_id(mut self, value: impl Into<String>) -> Self {
            self.body.source_id = Some(value.into());
            self
        }
        /// Verification code; for a contact that is not registered, obtain one with "send a verification code" (body field `verify_code`).
        pub fn verify_code(mut self, value: impl Into<String>) -> Self {
            self.body.verify_code = Some(value.into());
            self
        }
        /// Sets the whole body from a [`CreateOrderIncidentV2Req`](crate::types::CreateOrderIncidentV2Req), replacing every body field set before.
        pub fn body(mut self, body: types::CreateOrderIncidentV2Req) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::CreateCasesResponse>> {
            let Self { client, options, x_phone_verifiedid, x_email_verifiedid, body } = self;
            let missing = [
                ("business_type_id", body.business_type_id.is_none()),
                ("simple_description", body.simple_description.is_none()),
                ("source_id", body.source_id.is_none()),
            ];
            if missing.iter().any(|m| m.1) {
                return Err(Error::missing(&Self::INFO, &missing));
            }
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .create_cases(
                    x_email_verifiedid.as_deref(),
                    x_phone_verifiedid.as_deref(),
                    &body,
                )
                .await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Count cases by status: the request of [`Client::list_case_counts`](crate::Client::list_case_counts). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListCaseCounts {
        client: Client,
        options: RequestOptions,
        status: Option<types::CaseStatus>,
    }
    impl ListCaseCounts {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_case_counts",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                status: Default::default(),
            }
        }
        /// Status: 0 pending acceptance, 1 processing, 2 pending confirmation, 3 completed, 4 cancelled, 12 invalid, 17 pending feedback (query parameter `status`).
        pub fn status(mut self, value: impl Into<types::CaseStatus>) -> Self {
            self.status = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListCaseCountsResponse>> {
            let Self { client, options, status } = self;
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.list_case_counts(status.as_ref()).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Export cases: the request of [`Client::download_cases`](crate::Client::download_cases). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct DownloadCases {
        client: Client,
        options: RequestOptions,
        language: Option<String>,
        timezone: Option<String>,
        incident_id: Option<String>,
        query_start_time: Option<String>,
        query_end_time: Option<String>,
        x_customer_name: Option<String>,
        search_key: Option<String>,
        status: Option<types::CaseStatus>,
        customer_id: Option<String>,
        tenant_source_id_list: Vec<String>,
        sub_customer_id: Option<String>,
        offset: Option<i32>,
        limit: Option<i32>,
    }
    impl DownloadCases {
        pub const INFO: OperationInfo = OperationInfo::new(
            "download_cases",
            IDEMPOTENT | TRANSFER,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                language: Default::default(),
                timezone: Default::default(),
                incident_id: Default::default(),
                query_start_time: Default::default(),
                query_end_time: Default::default(),
                x_customer_name: Default::default(),
                search_key: Default::default(),
                status: Default::default(),
                customer_id: Default::default(),
                tenant_source_id_list: Default::default(),
                sub_customer_id: Default::default(),
                offset: Default::default(),
                limit: Default::default(),
            }
        }
        /// Language (query parameter `language`, required).
        pub fn language(mut self, value: impl Into<String>) -> Self {
            self.language = Some(value.into());
            self
        }
        /// Time zone (query parameter `timezone`, required).
        pub fn timezone(mut self, value: impl Into<String>) -> Self {
            self.timezone = Some(value.into());
            self
        }
        /// Case ID (query parameter `incident_id`).
        pub fn incident_id(mut self, value: impl Into<String>) -> Self {
            self.incident_id = Some(value.into());
            self
        }
        /// Start of the query time range (query parameter `query_start_time`).
        pub fn query_start_time(mut self, value: impl Into<String>) -> Self {
            self.query_start_time = Some(value.into());
            self
        }
        /// End of the query time range (query parameter `query_end_time`).
        pub fn query_end_time(mut self, value: impl Into<String>) -> Self {
            self.query_end_time = Some(value.into());
            self
        }
        /// Sub-user name (query parameter `x_customer_name`).
        pub fn x_customer_name(mut self, value: impl Into<String>) -> Self {
            self.x_customer_name = Some(value.into());
            self
        }
        /// Search keyword (query parameter `search_key`).
        pub fn search_key(mut self, value: impl Into<String>) -> Self {
            self.search_key = Some(value.into());
            self
        }
        /// Status: 0 pending acceptance, 1 processing, 2 pending confirmation, 3 completed, 4 cancelled, 12 invalid, 17 pending feedback (query parameter `status`).
        pub fn status(mut self, value: impl Into<types::CaseStatus>) -> Self {
            self.status = Some(value.into());
            self
        }
        /// User ID (query parameter `customer_id`).
        pub fn customer_id(mut self, value: impl Into<String>) -> Self {
            self.customer_id = Some(value.into());
            self
        }
        /// Source IDs (query parameter `tenant_source_id_list`; replaces any earlier value).
        pub fn tenant_source_id_list(
            mut self,
            value: impl IntoIterator<Item = impl Into<String>>,
        ) -> Self {
            self.tenant_source_id_list = crate::runtime::collect(value);
            self
        }
        /// Sub-user ID (query parameter `sub_customer_id`).
        pub fn sub_customer_id(mut self, value: impl Into<String>) -> Self {
            self.sub_customer_id = Some(value.into());
            self
        }
        /// Query offset (query parameter `offset`).
        pub fn offset(mut self, value: i32) -> Self {
            self.offset = Some(value);
            self
        }
        /// Number of records to return (query parameter `limit`).
        pub fn limit(mut self, value: i32) -> Self {
            self.limit = Some(value);
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer streams the file.
        pub async fn send(self) -> Result<Download> {
            let Self {
                client,
                options,
                language,
                timezone,
                incident_id,
                query_start_time,
                query_end_time,
                x_customer_name,
                search_key,
                status,
                customer_id,
                tenant_source_id_list,
                sub_customer_id,
                offset,
                limit,
            } = self;
            let missing = [
                ("language", language.is_none()),
                ("timezone", timezone.is_none()),
            ];
            let (Some(language), Some(timezone), false) = (
                language,
                timezone,
                missing.iter().any(|m| m.1),
            ) else { return Err(Error::missing(&Self::INFO, &missing)) };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .download_cases(
                    customer_id.as_deref(),
                    incident_id.as_deref(),
                    language.as_str(),
                    limit,
                    offset,
                    query_end_time.as_deref(),
                    query_start_time.as_deref(),
                    search_key.as_deref(),
                    status.as_ref(),
                    sub_customer_id.as_deref(),
                    (!tenant_source_id_list.is_empty())
                        .then_some(&tenant_source_id_list),
                    timezone.as_str(),
                    x_customer_name.as_deref(),
                )
                .await;
            crate::runtime::download(raw, result).await
        }
    }
    /// Show partner case privileges: the request of [`Client::show_partners_cases_privilege`](crate::Client::show_partners_cases_privilege). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ShowPartnersCasesPrivilege {
        client: Client,
        options: RequestOptions,
    }
    impl ShowPartnersCasesPrivilege {
        pub const INFO: OperationInfo = OperationInfo::new(
            "show_partners_cases_privilege",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
            }
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::ShowPartnersCasesPrivilegeResponse>> {
            let raw = self.client.raw(&Self::INFO, self.options)?;
            let result = raw.show_partners_cases_privilege().await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Show partner service information: the request of [`Client::show_partners_service_info`](crate::Client::show_partners_service_info). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ShowPartnersServiceInfo {
        client: Client,
        options: RequestOptions,
        case_sub_type_id: Option<String>,
        product_id: Option<String>,
    }
    impl ShowPartnersServiceInfo {
        pub const INFO: OperationInfo = OperationInfo::new(
            "show_partners_service_info",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                case_sub_type_id: Default::default(),
                product_id: Default::default(),
            }
        }
        /// Case sub-type (query parameter `case_sub_type_id`).
        pub fn case_sub_type_id(mut self, value: impl Into<String>) -> Self {
            self.case_sub_type_id = Some(value.into());
            self
        }
        /// ISV product ID (query parameter `product_id`).
        pub fn product_id(mut self, value: impl Into<String>) -> Self {
            self.product_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::ShowPartnersServiceInfoResponse>> {
            let Self { client, options, case_sub_type_id, product_id } = self;
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .show_partners_service_info(
                    case_sub_type_id.as_deref(),
                    product_id.as_deref(),
                )
                .await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Show case details: the request of [`Client::show_case_detail`](crate::Client::show_case_detail). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ShowCaseDetail {
        client: Client,
        options: RequestOptions,
        case_id: Option<String>,
        group_id: Option<String>,
    }
    impl ShowCaseDetail {
        pub const INFO: OperationInfo = OperationInfo::new(
            "show_case_detail",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                case_id: Default::default(),
                group_id: Default::default(),
            }
        }
        /// Case ID (path parameter `case_id`, required).
        pub fn case_id(mut self, value: impl Into<String>) -> Self {
            self.case_id = Some(value.into());
            self
        }
        /// Huawei Cloud IAM group ID; required when accessing another case of the same group (query parameter `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ShowCaseDetailResponse>> {
            let Self { client, options, case_id, group_id } = self;
            let missing = [("case_id", case_id.is_none())];
            let (Some(case_id), false) = (case_id, missing.iter().any(|m| m.1)) else {
                return Err(Error::missing(&Self::INFO, &missing))
            };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .show_case_detail(case_id.as_str(), group_id.as_deref())
                .await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Operate on a case: the request of [`Client::update_cases`](crate::Client::update_cases). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct UpdateCases {
        client: Client,
        options: RequestOptions,
        case_id: Option<String>,
        action_id: Option<types::CaseAction>,
        body: types::WorkOrderOperateV2Req,
    }
    impl UpdateCases {
        pub const INFO: OperationInfo = OperationInfo::new("update_cases", 0);
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                case_id: Default::default(),
                action_id: Default::default(),
                body: Default::default(),
            }
        }
        /// Case ID (path parameter `case_id`, required).
        pub fn case_id(mut self, value: impl Into<String>) -> Self {
            self.case_id = Some(value.into());
            self
        }
        /// Action to perform: cancel, close, press (urge handling) or delete (query parameter `action_id`, required).
        pub fn action_id(mut self, value: impl Into<types::CaseAction>) -> Self {
            self.action_id = Some(value.into());
            self
        }
        /// Huawei Cloud IAM group ID; required when operating on another case of the same group (body field `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.body.group_id = Some(value.into());
            self
        }
        /// Case satisfaction scores (body field `incident_satisfaction_list`; replaces any earlier value).
        pub fn incident_satisfaction_list(
            mut self,
            value: impl IntoIterator<Item = types::IncidentSatisfactionV2Do>,
        ) -> Self {
            self.body.incident_satisfaction_list = crate::runtime::collect(value);
            self
        }
        /// Evaluation comment (body field `judgement`).
        pub fn judgement(mut self, value: impl Into<String>) -> Self {
            self.body.judgement = Some(value.into());
            self
        }
        /// Operation description (body field `operate_desc`).
        pub fn operate_desc(mut self, value: impl Into<String>) -> Self {
            self.body.operate_desc = Some(value.into());
            self
        }
        /// Sets the whole body from a [`WorkOrderOperateV2Req`](crate::types::WorkOrderOperateV2Req), replacing every body field set before.
        pub fn body(mut self, body: types::WorkOrderOperateV2Req) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::UpdateCasesResponse>> {
            let Self { client, options, case_id, action_id, body } = self;
            let missing = [
                ("case_id", case_id.is_none()),
                ("action_id", action_id.is_none()),
            ];
            let (Some(case_id), Some(action_id), false) = (
                case_id,
                action_id,
                missing.iter().any(|m| m.1),
            ) else { return Err(Error::missing(&Self::INFO, &missing)) };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.update_cases(case_id.as_str(), &action_id, &body).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Update case contact information: the request of [`Client::update_case_contact_info`](crate::Client::update_case_contact_info). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct UpdateCaseContactInfo {
        client: Client,
        options: RequestOptions,
        case_id: Option<String>,
        body: types::UpdateCaseContactInfoReq,
    }
    impl UpdateCaseContactInfo {
        pub const INFO: OperationInfo = OperationInfo::new(
            "update_case_contact_info",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                case_id: Default::default(),
                body: Default::default(),
            }
        }
        /// Case ID (path parameter `case_id`, required).
        pub fn case_id(mut self, value: impl Into<String>) -> Self {
            self.case_id = Some(value.into());
            self
        }
        /// Country calling code (body field `area_code`).
        pub fn area_code(mut self, value: impl Into<String>) -> Self {
            self.body.area_code = Some(value.into());
            self
        }
        /// Extension parameters (body field `extension_map`; replaces any earlier value).
        pub fn extension_map<K: Into<String>, V: Into<::serde_json::Value>>(
            mut self,
            value: impl IntoIterator<Item = (K, V)>,
        ) -> Self {
            self.body.extension_map = crate::runtime::collect_map(value);
            self
        }
        /// Huawei Cloud IAM group ID; required when operating on another case of the same group (body field `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.body.group_id = Some(value.into());
            self
        }
        /// Contact email address (body field `remind_mail`).
        pub fn remind_mail(mut self, value: impl Into<String>) -> Self {
            self.body.remind_mail = Some(value.into());
            self
        }
        /// Contact mobile number (body field `remind_mobile`).
        pub fn remind_mobile(mut self, value: impl Into<String>) -> Self {
            self.body.remind_mobile = Some(value.into());
            self
        }
        /// Contact time (body field `remind_time`).
        pub fn remind_time(mut self, value: impl Into<String>) -> Self {
            self.body.remind_time = Some(value.into());
            self
        }
        /// Sets the whole body from a [`UpdateCaseContactInfoReq`](crate::types::UpdateCaseContactInfoReq), replacing every body field set before.
        pub fn body(mut self, body: types::UpdateCaseContactInfoReq) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::UpdateCaseContactInfoResponse>> {
            let Self { client, options, case_id, body } = self;
            let missing = [("case_id", case_id.is_none())];
            let (Some(case_id), false) = (case_id, missing.iter().any(|m| m.1)) else {
                return Err(Error::missing(&Self::INFO, &missing))
            };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.update_case_contact_info(case_id.as_str(), &body).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Show case extension parameters: the request of [`Client::show_case_extends_param`](crate::Client::show_case_extends_param). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ShowCaseExtendsParam {
        client: Client,
        options: RequestOptions,
        case_id: Option<String>,
        group_id: Option<String>,
    }
    impl ShowCaseExtendsParam {
        pub const INFO: OperationInfo = OperationInfo::new(
            "show_case_extends_param",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                case_id: Default::default(),
                group_id: Default::default(),
            }
        }
        /// Case ID (path parameter `case_id`, required).
        pub fn case_id(mut self, value: impl Into<String>) -> Self {
            self.case_id = Some(value.into());
            self
        }
        /// Huawei Cloud IAM group ID; required when accessing another case of the same group (query parameter `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::ShowCaseExtendsParamResponse>> {
            let Self { client, options, case_id, group_id } = self;
            let missing = [("case_id", case_id.is_none())];
            let (Some(case_id), false) = (case_id, missing.iter().any(|m| m.1)) else {
                return Err(Error::missing(&Self::INFO, &missing))
            };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .show_case_extends_param(case_id.as_str(), group_id.as_deref())
                .await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Submit case extension parameters: the request of [`Client::create_case_extends_param`](crate::Client::create_case_extends_param). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct CreateCaseExtendsParam {
        client: Client,
        options: RequestOptions,
        case_id: Option<String>,
        body: types::PutCaseExtParamReq,
    }
    impl CreateCaseExtendsParam {
        pub const INFO: OperationInfo = OperationInfo::new(
            "create_case_extends_param",
            0,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                case_id: Default::default(),
                body: Default::default(),
            }
        }
        /// Case ID (path parameter `case_id`, required).
        pub fn case_id(mut self, value: impl Into<String>) -> Self {
            self.case_id = Some(value.into());
            self
        }
        /// Extension parameters (body field `extends_map`; replaces any earlier value).
        pub fn extends_map<K: Into<String>, V: Into<::serde_json::Value>>(
            mut self,
            value: impl IntoIterator<Item = (K, V)>,
        ) -> Self {
            self.body.extends_map = crate::runtime::collect_map(value);
            self
        }
        /// Huawei Cloud IAM group ID; required when operating on another case of the same group (body field `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.body.group_id = Some(value.into());
            self
        }
        /// Message ID (body field `message_id`).
        pub fn message_id(mut self, value: impl Into<String>) -> Self {
            self.body.message_id = Some(value.into());
            self
        }
        /// Sets the whole body from a [`PutCaseExtParamReq`](crate::types::PutCaseExtParamReq), replacing every body field set before.
        pub fn body(mut self, body: types::PutCaseExtParamReq) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::CreateCaseExtendsParamResponse>> {
            let Self { client, options, case_id, body } = self;
            let missing = [("case_id", case_id.is_none())];
            let (Some(case_id), false) = (case_id, missing.iter().any(|m| m.1)) else {
                return Err(Error::missing(&Self::INFO, &missing))
            };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.create_case_extends_param(case_id.as_str(), &body).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// List case operation logs: the request of [`Client::list_case_operate_logs`](crate::Client::list_case_operate_logs). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListCaseOperateLogs {
        client: Client,
        options: RequestOptions,
        case_id: Option<String>,
        group_id: Option<String>,
        offset: Option<i32>,
        limit: Option<i32>,
    }
    impl ListCaseOperateLogs {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_case_operate_logs",
            IDEMPOTENT | PAGINATED,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                case_id: Default::default(),
                group_id: Default::default(),
                offset: Default::default(),
                limit: Default::default(),
            }
        }
        /// Case ID (path parameter `case_id`, required).
        pub fn case_id(mut self, value: impl Into<String>) -> Self {
            self.case_id = Some(value.into());
            self
        }
        /// Huawei Cloud IAM group ID; required when accessing another case of the same group (query parameter `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        /// Query offset (query parameter `offset`).
        pub fn offset(mut self, value: i32) -> Self {
            self.offset = Some(value);
            self
        }
        /// Number of records to return (query parameter `limit`).
        pub fn limit(mut self, value: i32) -> Self {
            self.limit = Some(value);
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListCaseOperateLogsResponse>> {
            let Self { client, options, case_id, group_id, offset, limit } = self;
            let missing = [("case_id", case_id.is_none())];
            let (Some(case_id), false) = (case_id, missing.iter().any(|m| m.1)) else {
                return Err(Error::missing(&Self::INFO, &missing))
            };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .list_case_operate_logs(
                    case_id.as_str(),
                    group_id.as_deref(),
                    limit,
                    offset,
                )
                .await;
            crate::runtime::json(raw, result).await
        }
        /// Every item of every page, fetched lazily one page at a time: from `offset` (default offset 0), `limit` items per page (default 50). The stream ends after the reported total, a short page or an empty one; an error ends it; dropping it stops fetching.
        pub fn into_stream(self) -> crate::ItemStream<types::IncidentOperateLogV2> {
            let (start, size) = (self.offset, self.limit);
            crate::paginate::offset_stream(
                start,
                size,
                move |position, size| {
                    let page = self.clone().offset(position).limit(size).send();
                    async move {
                        let page = page.await?.into_inner();
                        Ok(
                            crate::paginate::Page::new(
                                page.incident_operate_log_list,
                                page.total_count,
                            ),
                        )
                    }
                },
            )
        }
    }
    /// List related cases: the request of [`Client::list_relation`](crate::Client::list_relation). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListRelation {
        client: Client,
        options: RequestOptions,
        case_id: Option<String>,
    }
    impl ListRelation {
        pub const INFO: OperationInfo = OperationInfo::new("list_relation", IDEMPOTENT);
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                case_id: Default::default(),
            }
        }
        /// ID of the case to which the relations are added (path parameter `case_id`, required).
        pub fn case_id(mut self, value: impl Into<String>) -> Self {
            self.case_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListRelationResponse>> {
            let Self { client, options, case_id } = self;
            let missing = [("case_id", case_id.is_none())];
            let (Some(case_id), false) = (case_id, missing.iter().any(|m| m.1)) else {
                return Err(Error::missing(&Self::INFO, &missing))
            };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.list_relation(case_id.as_str()).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Create case relations: the request of [`Client::create_relations`](crate::Client::create_relations). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct CreateRelations {
        client: Client,
        options: RequestOptions,
        case_id: Option<String>,
        body: types::CreateRelationsReq,
    }
    impl CreateRelations {
        pub const INFO: OperationInfo = OperationInfo::new("create_relations", 0);
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                case_id: Default::default(),
                body: Default::default(),
            }
        }
        /// ID of the case to which the relations are added (path parameter `case_id`, required).
        pub fn case_id(mut self, value: impl Into<String>) -> Self {
            self.case_id = Some(value.into());
            self
        }
        /// Huawei Cloud IAM group ID; required when operating on another case of the same group (body field `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.body.group_id = Some(value.into());
            self
        }
        /// IDs of the cases to relate, at most 3 (body field `related_id_list`, required; replaces any earlier value).
        pub fn related_id_list(
            mut self,
            value: impl IntoIterator<Item = impl Into<String>>,
        ) -> Self {
            self.body.related_id_list = crate::runtime::collect(value);
            self
        }
        /// Sets the whole body from a [`CreateRelationsReq`](crate::types::CreateRelationsReq), replacing every body field set before.
        pub fn body(mut self, body: types::CreateRelationsReq) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::CreateRelationsResponse>> {
            let Self { client, options, case_id, body } = self;
            let missing = [
                ("case_id", case_id.is_none()),
                ("related_id_list", body.related_id_list.is_empty()),
            ];
            let (Some(case_id), false) = (case_id, missing.iter().any(|m| m.1)) else {
                return Err(Error::missing(&Self::INFO, &missing))
            };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.create_relations(case_id.as_str(), &body).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Delete a case relation: the request of [`Client::delete_relation`](crate::Client::delete_relation). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct DeleteRelation {
        client: Client,
        options: RequestOptions,
        case_id: Option<String>,
        body: types::DeleteRelationsReq,
    }
    impl DeleteRelation {
        pub const INFO: OperationInfo = OperationInfo::new(
            "delete_relation",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                case_id: Default::default(),
                body: Default::default(),
            }
        }
        /// ID of the case whose relation is removed (path parameter `case_id`, required).
        pub fn case_id(mut self, value: impl Into<String>) -> Self {
            self.case_id = Some(value.into());
            self
        }
        /// Huawei Cloud IAM group ID; required when operating on another case of the same group (body field `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.body.group_id = Some(value.into());
            self
        }
        /// ID of the case to unrelate (body field `related_id`, required).
        pub fn related_id(mut self, value: impl Into<String>) -> Self {
            self.body.related_id = Some(value.into());
            self
        }
        /// Sets the whole body from a [`DeleteRelationsReq`](crate::types::DeleteRelationsReq), replacing every body field set before.
        pub fn body(mut self, body: types::DeleteRelationsReq) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::DeleteRelationResponse>> {
            let Self { client, options, case_id, body } = self;
            let missing = [
                ("case_id", case_id.is_none()),
                ("related_id", body.related_id.is_none()),
            ];
            let (Some(case_id), false) = (case_id, missing.iter().any(|m| m.1)) else {
                return Err(Error::missing(&Self::INFO, &missing))
            };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.delete_relation(case_id.as_str(), &body).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Submit a satisfaction score: the request of [`Client::create_scores`](crate::Client::create_scores). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct CreateScores {
        client: Client,
        options: RequestOptions,
        case_id: Option<String>,
        body: types::CreateScoreV2Req,
    }
    impl CreateScores {
        pub const INFO: OperationInfo = OperationInfo::new("create_scores", 0);
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                case_id: Default::default(),
                body: Default::default(),
            }
        }
        /// Case ID (path parameter `case_id`, required).
        pub fn case_id(mut self, value: impl Into<String>) -> Self {
            self.case_id = Some(value.into());
            self
        }
        /// Huawei Cloud IAM group ID; required when operating on another case of the same group (body field `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.body.group_id = Some(value.into());
            self
        }
        /// Satisfaction scores (body field `incident_satisfaction_list`, required; replaces any earlier value).
        pub fn incident_satisfaction_list(
            mut self,
            value: impl IntoIterator<Item = types::IncidentSatisfactionV2Do>,
        ) -> Self {
            self.body.incident_satisfaction_list = crate::runtime::collect(value);
            self
        }
        /// Evaluation comment (body field `judgement`, required).
        pub fn judgement(mut self, value: impl Into<String>) -> Self {
            self.body.judgement = Some(value.into());
            self
        }
        /// Sets the whole body from a [`CreateScoreV2Req`](crate::types::CreateScoreV2Req), replacing every body field set before.
        pub fn body(mut self, body: types::CreateScoreV2Req) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::CreateScoresResponse>> {
            let Self { client, options, case_id, body } = self;
            let missing = [
                ("case_id", case_id.is_none()),
                (
                    "incident_satisfaction_list",
                    body.incident_satisfaction_list.is_empty(),
                ),
                ("judgement", body.judgement.is_none()),
            ];
            let (Some(case_id), false) = (case_id, missing.iter().any(|m| m.1)) else {
                return Err(Error::missing(&Self::INFO, &missing))
            };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.create_scores(case_id.as_str(), &body).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Show the status of a case: the request of [`Client::show_case_status`](crate::Client::show_case_status). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ShowCaseStatus {
        client: Client,
        options: RequestOptions,
        case_id: Option<String>,
    }
    impl ShowCaseStatus {
        pub const INFO: OperationInfo = OperationInfo::new(
            "show_case_status",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                case_id: Default::default(),
            }
        }
        /// Case ID (path parameter `case_id`, required).
        pub fn case_id(mut self, value: impl Into<String>) -> Self {
            self.case_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ShowCaseStatusResponse>> {
            let Self { client, options, case_id } = self;
            let missing = [("case_id", case_id.is_none())];
            let (Some(case_id), false) = (case_id, missing.iter().any(|m| m.1)) else {
                return Err(Error::missing(&Self::INFO, &missing))
            };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.show_case_status(case_id.as_str()).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Show case quotas: the request of [`Client::list_case_quotas`](crate::Client::list_case_quotas). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListCaseQuotas {
        client: Client,
        options: RequestOptions,
        product_category_id: Option<String>,
        business_type_id: Option<String>,
    }
    impl ListCaseQuotas {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_case_quotas",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                product_category_id: Default::default(),
                business_type_id: Default::default(),
            }
        }
        /// Product category ID (query parameter `product_category_id`).
        pub fn product_category_id(mut self, value: impl Into<String>) -> Self {
            self.product_category_id = Some(value.into());
            self
        }
        /// Problem type ID (query parameter `business_type_id`, required).
        pub fn business_type_id(mut self, value: impl Into<String>) -> Self {
            self.business_type_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListCaseQuotasResponse>> {
            let Self { client, options, product_category_id, business_type_id } = self;
            let missing = [("business_type_id", business_type_id.is_none())];
            let (Some(business_type_id), false) = (
                business_type_id,
                missing.iter().any(|m| m.1),
            ) else { return Err(Error::missing(&Self::INFO, &missing)) };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .list_case_quotas(
                    business_type_id.as_str(),
                    product_category_id.as_deref(),
                )
                .await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Poll for instant messages: the request of [`Client::list_new_instant_messages`](crate::Client::list_new_instant_messages). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListNewInstantMessages {
        client: Client,
        options: RequestOptions,
        case_ids: Vec<String>,
        last_message_time_id: Option<String>,
        group_id: Option<String>,
    }
    impl ListNewInstantMessages {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_new_instant_messages",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                case_ids: Default::default(),
                last_message_time_id: Default::default(),
                group_id: Default::default(),
            }
        }
        /// Case ID (query parameter `case_ids`, required; replaces any earlier value).
        pub fn case_ids(
            mut self,
            value: impl IntoIterator<Item = impl Into<String>>,
        ) -> Self {
            self.case_ids = crate::runtime::collect(value);
            self
        }
        /// Time of the previous message query (query parameter `last_message_time_id`).
        pub fn last_message_time_id(mut self, value: impl Into<String>) -> Self {
            self.last_message_time_id = Some(value.into());
            self
        }
        /// Huawei Cloud IAM group ID; required when accessing another case of the same group (query parameter `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::ListNewInstantMessagesResponse>> {
            let Self { client, options, case_ids, last_message_time_id, group_id } = self;
            let missing = [("case_ids", case_ids.is_empty())];
            if missing.iter().any(|m| m.1) {
                return Err(Error::missing(&Self::INFO, &missing));
            }
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .list_new_instant_messages(
                    &case_ids,
                    group_id.as_deref(),
                    last_message_time_id.as_deref(),
                )
                .await;
            crate::runtime::json(raw, result).await
        }
    }
    /// List unread messages: the request of [`Client::list_unread_new_instant_messages`](crate::Client::list_unread_new_instant_messages). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListUnreadNewInstantMessages {
        client: Client,
        options: RequestOptions,
        case_ids: Vec<String>,
        group_id: Option<String>,
    }
    impl ListUnreadNewInstantMessages {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_unread_new_instant_messages",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                case_ids: Default::default(),
                group_id: Default::default(),
            }
        }
        /// Case ID (query parameter `case_ids`, required; replaces any earlier value).
        pub fn case_ids(
            mut self,
            value: impl IntoIterator<Item = impl Into<String>>,
        ) -> Self {
            self.case_ids = crate::runtime::collect(value);
            self
        }
        /// Huawei Cloud IAM group ID; required when accessing another case of the same group (query parameter `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::ListUnreadNewInstantMessagesResponse>> {
            let Self { client, options, case_ids, group_id } = self;
            let missing = [("case_ids", case_ids.is_empty())];
            if missing.iter().any(|m| m.1) {
                return Err(Error::missing(&Self::INFO, &missing));
            }
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .list_unread_new_instant_messages(&case_ids, group_id.as_deref())
                .await;
            crate::runtime::json(raw, result).await
        }
    }
    /// List more messages: the request of [`Client::list_more_instant_messages`](crate::Client::list_more_instant_messages). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListMoreInstantMessages {
        client: Client,
        options: RequestOptions,
        case_id: Option<String>,
        create_time: Option<String>,
        type_: Option<types::MessageType>,
        group_id: Option<String>,
        limit: Option<i32>,
    }
    impl ListMoreInstantMessages {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_more_instant_messages",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                case_id: Default::default(),
                create_time: Default::default(),
                type_: Default::default(),
                group_id: Default::default(),
                limit: Default::default(),
            }
        }
        /// Case ID (path parameter `case_id`, required).
        pub fn case_id(mut self, value: impl Into<String>) -> Self {
            self.case_id = Some(value.into());
            self
        }
        /// Creation time, as a timestamp (query parameter `create_time`, required).
        pub fn create_time(mut self, value: impl Into<String>) -> Self {
            self.create_time = Some(value.into());
            self
        }
        /// How the previous message was left: 0 customer message, 1 reply from customer service (query parameter `type`, required).
        pub fn type_(mut self, value: impl Into<types::MessageType>) -> Self {
            self.type_ = Some(value.into());
            self
        }
        /// Huawei Cloud IAM group ID; required when accessing another case of the same group (query parameter `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        /// Number of records to return (query parameter `limit`, required).
        pub fn limit(mut self, value: i32) -> Self {
            self.limit = Some(value);
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::ListMoreInstantMessagesResponse>> {
            let Self { client, options, case_id, create_time, type_, group_id, limit } = self;
            let missing = [
                ("case_id", case_id.is_none()),
                ("create_time", create_time.is_none()),
                ("type_", type_.is_none()),
                ("limit", limit.is_none()),
            ];
            let (Some(case_id), Some(create_time), Some(type_), Some(limit), false) = (
                case_id,
                create_time,
                type_,
                limit,
                missing.iter().any(|m| m.1),
            ) else { return Err(Error::missing(&Self::INFO, &missing)) };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .list_more_instant_messages(
                    case_id.as_str(),
                    create_time.as_str(),
                    group_id.as_deref(),
                    limit,
                    &type_,
                )
                .await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Mark messages as read: the request of [`Client::update_new_instant_messages_read`](crate::Client::update_new_instant_messages_read). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct UpdateNewInstantMessagesRead {
        client: Client,
        options: RequestOptions,
        case_id: Option<String>,
        body: types::UpdateUnreadNewInstantMsgV2Req,
    }
    impl UpdateNewInstantMessagesRead {
        pub const INFO: OperationInfo = OperationInfo::new(
            "update_new_instant_messages_read",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                case_id: Default::default(),
                body: Default::default(),
            }
        }
        /// Case ID (path parameter `case_id`, required).
        pub fn case_id(mut self, value: impl Into<String>) -> Self {
            self.case_id = Some(value.into());
            self
        }
        /// Huawei Cloud IAM group ID; required when operating on another case of the same group (body field `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.body.group_id = Some(value.into());
            self
        }
        /// Sets the whole body from a [`UpdateUnreadNewInstantMsgV2Req`](crate::types::UpdateUnreadNewInstantMsgV2Req), replacing every body field set before.
        pub fn body(mut self, body: types::UpdateUnreadNewInstantMsgV2Req) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::UpdateNewInstantMessagesReadResponse>> {
            let Self { client, options, case_id, body } = self;
            let missing = [("case_id", case_id.is_none())];
            let (Some(case_id), false) = (case_id, missing.iter().any(|m| m.1)) else {
                return Err(Error::missing(&Self::INFO, &missing))
            };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .update_new_instant_messages_read(case_id.as_str(), &body)
                .await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Withdraw a message: the request of [`Client::revoke_message`](crate::Client::revoke_message). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct RevokeMessage {
        client: Client,
        options: RequestOptions,
        case_id: Option<String>,
        message_id: Option<String>,
    }
    impl RevokeMessage {
        pub const INFO: OperationInfo = OperationInfo::new("revoke_message", 0);
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                case_id: Default::default(),
                message_id: Default::default(),
            }
        }
        /// Case ID (path parameter `case_id`, required).
        pub fn case_id(mut self, value: impl Into<String>) -> Self {
            self.case_id = Some(value.into());
            self
        }
        /// Message ID (path parameter `message_id`, required).
        pub fn message_id(mut self, value: impl Into<String>) -> Self {
            self.message_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::RevokeMessageResponse>> {
            let Self { client, options, case_id, message_id } = self;
            let missing = [
                ("case_id", case_id.is_none()),
                ("message_id", message_id.is_none()),
            ];
            let (Some(case_id), Some(message_id), false) = (
                case_id,
                message_id,
                missing.iter().any(|m| m.1),
            ) else { return Err(Error::missing(&Self::INFO, &missing)) };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.revoke_message(case_id.as_str(), message_id.as_str()).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Post a message: the request of [`Client::create_messages`](crate::Client::create_messages). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct CreateMessages {
        client: Client,
        options: RequestOptions,
        case_id: Option<String>,
        body: types::CreateMessageV2Req,
    }
    impl CreateMessages {
        pub const INFO: OperationInfo = OperationInfo::new("create_messages", 0);
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                case_id: Default::default(),
                body: Default::default(),
            }
        }
        /// Case ID (path parameter `case_id`, required).
        pub fn case_id(mut self, value: impl Into<String>) -> Self {
            self.case_id = Some(value.into());
            self
        }
        /// Huawei Cloud IAM group ID; required when operating on another case of the same group (body field `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.body.group_id = Some(value.into());
            self
        }
        /// The message to post (body field `message`, required).
        pub fn message(mut self, value: types::CreateMessageDoV2) -> Self {
            self.body.message = Some(value);
            self
        }
        /// Sets the whole body from a [`CreateMessageV2Req`](crate::types::CreateMessageV2Req), replacing every body field set before.
        pub fn body(mut self, body: types::CreateMessageV2Req) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::CreateMessagesResponse>> {
            let Self { client, options, case_id, body } = self;
            let missing = [
                ("case_id", case_id.is_none()),
                ("message", body.message.is_none()),
            ];
            let (Some(case_id), false) = (case_id, missing.iter().any(|m| m.1)) else {
                return Err(Error::missing(&Self::INFO, &missing))
            };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.create_messages(case_id.as_str(), &body).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// List messages: the request of [`Client::list_messages`](crate::Client::list_messages). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListMessages {
        client: Client,
        options: RequestOptions,
        case_id: Option<String>,
        group_id: Option<String>,
        offset: Option<i32>,
        limit: Option<i32>,
    }
    impl ListMessages {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_messages",
            IDEMPOTENT | PAGINATED,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                case_id: Default::default(),
                group_id: Default::default(),
                offset: Default::default(),
                limit: Default::default(),
            }
        }
        /// Case ID (path parameter `case_id`, required).
        pub fn case_id(mut self, value: impl Into<String>) -> Self {
            self.case_id = Some(value.into());
            self
        }
        /// Huawei Cloud IAM group ID; required when accessing another case of the same group (query parameter `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        /// Query offset (query parameter `offset`).
        pub fn offset(mut self, value: i32) -> Self {
            self.offset = Some(value);
            self
        }
        /// Number of records to return (query parameter `limit`).
        pub fn limit(mut self, value: i32) -> Self {
            self.limit = Some(value);
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListMessagesResponse>> {
            let Self { client, options, case_id, group_id, offset, limit } = self;
            let missing = [("case_id", case_id.is_none())];
            let (Some(case_id), false) = (case_id, missing.iter().any(|m| m.1)) else {
                return Err(Error::missing(&Self::INFO, &missing))
            };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .list_messages(case_id.as_str(), group_id.as_deref(), limit, offset)
                .await;
            crate::runtime::json(raw, result).await
        }
        /// Every item of every page, fetched lazily one page at a time: from `offset` (default offset 0), `limit` items per page (default 50). The stream ends after the reported total, a short page or an empty one; an error ends it; dropping it stops fetching.
        pub fn into_stream(self) -> crate::ItemStream<types::QueryMessageInfoV2> {
            let (start, size) = (self.offset, self.limit);
            crate::paginate::offset_stream(
                start,
                size,
                move |position, size| {
                    let page = self.clone().offset(position).limit(size).send();
                    async move {
                        let page = page.await?.into_inner();
                        Ok(crate::paginate::Page::new(page.message_list, page.count))
                    }
                },
            )
        }
    }
    /// List the labels of a case: the request of [`Client::list_case_labels`](crate::Client::list_case_labels). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListCaseLabels {
        client: Client,
        options: RequestOptions,
        case_id: Option<String>,
    }
    impl ListCaseLabels {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_case_labels",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                case_id: Default::default(),
            }
        }
        /// Case ID (path parameter `case_id`, required).
        pub fn case_id(mut self, value: impl Into<String>) -> Self {
            self.case_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListCaseLabelsResponse>> {
            let Self { client, options, case_id } = self;
            let missing = [("case_id", case_id.is_none())];
            let (Some(case_id), false) = (case_id, missing.iter().any(|m| m.1)) else {
                return Err(Error::missing(&Self::INFO, &missing))
            };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.list_case_labels(case_id.as_str()).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Add labels to a case: the request of [`Client::create_case_labels`](crate::Client::create_case_labels). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct CreateCaseLabels {
        client: Client,
        options: RequestOptions,
        case_id: Option<String>,
        label_ids: Vec<i32>,
    }
    impl CreateCaseLabels {
        pub const INFO: OperationInfo = OperationInfo::new("create_case_labels", 0);
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                case_id: Default::default(),
                label_ids: Default::default(),
            }
        }
        /// Case ID (path parameter `case_id`, required).
        pub fn case_id(mut self, value: impl Into<String>) -> Self {
            self.case_id = Some(value.into());
            self
        }
        /// IDs of the labels to attach to the case, at most 5 (query parameter `label_ids`, required; replaces any earlier value).
        pub fn label_ids(mut self, value: impl IntoIterator<Item = i32>) -> Self {
            self.label_ids = crate::runtime::collect(value);
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::CreateCaseLabelsResponse>> {
            let Self { client, options, case_id, label_ids } = self;
            let missing = [
                ("case_id", case_id.is_none()),
                ("label_ids", label_ids.is_empty()),
            ];
            let (Some(case_id), false) = (case_id, missing.iter().any(|m| m.1)) else {
                return Err(Error::missing(&Self::INFO, &missing))
            };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.create_case_labels(case_id.as_str(), &label_ids).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Remove labels from a case: the request of [`Client::delete_case_labels`](crate::Client::delete_case_labels). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct DeleteCaseLabels {
        client: Client,
        options: RequestOptions,
        case_id: Option<String>,
        label_ids: Vec<i32>,
    }
    impl DeleteCaseLabels {
        pub const INFO: OperationInfo = OperationInfo::new(
            "delete_case_labels",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                case_id: Default::default(),
                label_ids: Default::default(),
            }
        }
        /// Case ID (path parameter `case_id`, required).
        pub fn case_id(mut self, value: impl Into<String>) -> Self {
            self.case_id = Some(value.into());
            self
        }
        /// IDs of the labels to detach, at most 5 (query parameter `label_ids`, required; replaces any earlier value).
        pub fn label_ids(mut self, value: impl IntoIterator<Item = i32>) -> Self {
            self.label_ids = crate::runtime::collect(value);
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::DeleteCaseLabelsResponse>> {
            let Self { client, options, case_id, label_ids } = self;
            let missing = [
                ("case_id", case_id.is_none()),
                ("label_ids", label_ids.is_empty()),
            ];
            let (Some(case_id), false) = (case_id, missing.iter().any(|m| m.1)) else {
                return Err(Error::missing(&Self::INFO, &missing))
            };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.delete_case_labels(case_id.as_str(), &label_ids).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// List labels: the request of [`Client::list_labels`](crate::Client::list_labels). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListLabels {
        client: Client,
        options: RequestOptions,
        offset: Option<i32>,
        limit: Option<i32>,
        name: Option<String>,
        label_id: Option<i32>,
    }
    impl ListLabels {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_labels",
            IDEMPOTENT | PAGINATED,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                offset: Default::default(),
                limit: Default::default(),
                name: Default::default(),
                label_id: Default::default(),
            }
        }
        /// Query offset, default 0 (query parameter `offset`).
        pub fn offset(mut self, value: i32) -> Self {
            self.offset = Some(value);
            self
        }
        /// Number of records to return, default 10, at most 100 (query parameter `limit`).
        pub fn limit(mut self, value: i32) -> Self {
            self.limit = Some(value);
            self
        }
        /// Label name, at most 64 characters; fuzzy matching is supported (query parameter `name`).
        pub fn name(mut self, value: impl Into<String>) -> Self {
            self.name = Some(value.into());
            self
        }
        /// Label ID (query parameter `label_id`).
        pub fn label_id(mut self, value: i32) -> Self {
            self.label_id = Some(value);
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListLabelsResponse>> {
            let Self { client, options, offset, limit, name, label_id } = self;
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.list_labels(label_id, limit, name.as_deref(), offset).await;
            crate::runtime::json(raw, result).await
        }
        /// Every item of every page, fetched lazily one page at a time: from `offset` (default offset 0), `limit` items per page (default 50). The stream ends after the reported total, a short page or an empty one; an error ends it; dropping it stops fetching.
        pub fn into_stream(self) -> crate::ItemStream<types::CaseLabelInfo> {
            let (start, size) = (self.offset, self.limit);
            crate::paginate::offset_stream(
                start,
                size,
                move |position, size| {
                    let page = self.clone().offset(position).limit(size).send();
                    async move {
                        let page = page.await?.into_inner();
                        Ok(crate::paginate::Page::new(page.label_list, page.total_count))
                    }
                },
            )
        }
    }
    /// Create a label: the request of [`Client::create_labels`](crate::Client::create_labels). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct CreateLabels {
        client: Client,
        options: RequestOptions,
        body: types::CreateLabelsReq,
    }
    impl CreateLabels {
        pub const INFO: OperationInfo = OperationInfo::new("create_labels", 0);
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                body: Default::default(),
            }
        }
        /// Color value, such as #000000 (body field `color`, required).
        pub fn color(mut self, value: impl Into<String>) -> Self {
            self.body.color = Some(value.into());
            self
        }
        /// Label name (body field `name`, required).
        pub fn name(mut self, value: impl Into<String>) -> Self {
            self.body.name = Some(value.into());
            self
        }
        /// Sets the whole body from a [`CreateLabelsReq`](crate::types::CreateLabelsReq), replacing every body field set before.
        pub fn body(mut self, body: types::CreateLabelsReq) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::CreateLabelsResponse>> {
            let Self { client, options, body } = self;
            let missing = [
                ("color", body.color.is_none()),
                ("name", body.name.is_none()),
            ];
            if missing.iter().any(|m| m.1) {
                return Err(Error::missing(&Self::INFO, &missing));
            }
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.create_labels(&body).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Update a label: the request of [`Client::update_labels`](crate::Client::update_labels). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct UpdateLabels {
        client: Client,
        options: RequestOptions,
        label_id: Option<i32>,
        body: types::UpdateLabelsReq,
    }
    impl UpdateLabels {
        pub const INFO: OperationInfo = OperationInfo::new("update_labels", IDEMPOTENT);
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                label_id: Default::default(),
                body: Default::default(),
            }
        }
        /// ID of the label to update (path parameter `label_id`, required).
        pub fn label_id(mut self, value: i32) -> Self {
            self.label_id = Some(value);
            self
        }
        /// Color ID (body field `color`, required).
        pub fn color(mut self, value: impl Into<String>) -> Self {
            self.body.color = Some(value.into());
            self
        }
        /// Label name (body field `name`, required).
        pub fn name(mut self, value: impl Into<String>) -> Self {
            self.body.name = Some(value.into());
            self
        }
        /// Sets the whole body from a [`UpdateLabelsReq`](crate::types::UpdateLabelsReq), replacing every body field set before.
        pub fn body(mut self, body: types::UpdateLabelsReq) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::UpdateLabelsResponse>> {
            let Self { client, options, label_id, body } = self;
            let missing = [
                ("label_id", label_id.is_none()),
                ("color", body.color.is_none()),
                ("name", body.name.is_none()),
            ];
            let (Some(label_id), false) = (label_id, missing.iter().any(|m| m.1)) else {
                return Err(Error::missing(&Self::INFO, &missing))
            };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.update_labels(label_id, &body).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Delete a label: the request of [`Client::delete_labels`](crate::Client::delete_labels). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct DeleteLabels {
        client: Client,
        options: RequestOptions,
        label_id: Option<i32>,
    }
    impl DeleteLabels {
        pub const INFO: OperationInfo = OperationInfo::new("delete_labels", IDEMPOTENT);
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                label_id: Default::default(),
            }
        }
        /// ID of the label to delete (path parameter `label_id`, required).
        pub fn label_id(mut self, value: i32) -> Self {
            self.label_id = Some(value);
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::DeleteLabelsResponse>> {
            let Self { client, options, label_id } = self;
            let missing = [("label_id", label_id.is_none())];
            let (Some(label_id), false) = (label_id, missing.iter().any(|m| m.1)) else {
                return Err(Error::missing(&Self::INFO, &missing))
            };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.delete_labels(label_id).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Upload an attachment: the request of [`Client::upload_accessory`](crate::Client::upload_accessory). Set its inputs, then [`send`](Self::send) it.
    #[derive(Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct UploadAccessory {
        client: Client,
        options: RequestOptions,
        file: Option<Attachment>,
        form_data: Option<String>,
    }
    impl UploadAccessory {
        pub const INFO: OperationInfo = OperationInfo::new("upload_accessory", TRANSFER);
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                file: None,
                form_data: None,
            }
        }
        /// File content (file part `file` (required)).
        pub fn file(mut self, file: Attachment) -> Self {
            self.file = Some(file);
            self
        }
        /// Information about the attachment, such as its source, as JSON text: the source (incident for an attachment of a new case, message for an attachment of a message) and optionally the file name and the upload type (0 default, 1 markdown). Huawei's API reference gives {"accessFrom":"message"} as an example. At most 5000 characters (text part `form_data` (required)).
        pub fn form_data(mut self, value: impl Into<String>) -> Self {
            self.form_data = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::UploadAccessoryResponse>> {
            let Self { client, options, file, form_data } = self;
            let missing = [("file", file.is_none()), ("form_data", form_data.is_none())];
            let (Some(file), Some(form_data), false) = (
                file,
                form_data,
                missing.iter().any(|m| m.1),
            ) else { return Err(Error::missing(&Self::INFO, &missing)) };
            let query: Vec<(&'static str, String)> = Vec::new();
            let form = crate::runtime::Form::new();
            let form = form.file("file", file);
            let form = form.text("form_data", form_data);
            crate::runtime::multipart(
                    &client,
                    &Self::INFO,
                    options,
                    ::std::string::String::from("/v2/servicerequest/accessorys"),
                    query,
                    form,
                )
                .await
        }
    }
    /// Get download links for attachments: the request of [`Client::list_accessory_access_urls`](crate::Client::list_accessory_access_urls). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListAccessoryAccessUrls {
        client: Client,
        options: RequestOptions,
        group_id: Option<String>,
        accessory_ids: Vec<String>,
    }
    impl ListAccessoryAccessUrls {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_accessory_access_urls",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                group_id: Default::default(),
                accessory_ids: Default::default(),
            }
        }
        /// Huawei Cloud IAM group ID; required when querying another case of the same group (query parameter `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        /// Attachment IDs (query parameter `accessory_ids`, required; replaces any earlier value).
        pub fn accessory_ids(
            mut self,
            value: impl IntoIterator<Item = impl Into<String>>,
        ) -> Self {
            self.accessory_ids = crate::runtime::collect(value);
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::ListAccessoryAccessUrlsResponse>> {
            let Self { client, options, group_id, accessory_ids } = self;
            let missing = [("accessory_ids", accessory_ids.is_empty())];
            if missing.iter().any(|m| m.1) {
                return Err(Error::missing(&Self::INFO, &missing));
            }
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .list_accessory_access_urls(&accessory_ids, group_id.as_deref())
                .await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Upload an attachment: the request of [`Client::upload_json_accessories`](crate::Client::upload_json_accessories). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct UploadJsonAccessories {
        client: Client,
        options: RequestOptions,
        body: types::AccessoryJsonFormatReq,
    }
    impl UploadJsonAccessories {
        pub const INFO: OperationInfo = OperationInfo::new(
            "upload_json_accessories",
            TRANSFER,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                body: Default::default(),
            }
        }
        /// File content, Base64-encoded (body field `accessory_data`, required).
        pub fn accessory_data(mut self, value: impl Into<String>) -> Self {
            self.body.accessory_data = Some(value.into());
            self
        }
        /// File source: incident for an attachment of a new case, message for an attachment of a message (body field `accessory_from`, required).
        pub fn accessory_from(
            mut self,
            value: impl Into<crate::types::AccessoryFrom>,
        ) -> Self {
            self.body.accessory_from = Some(value.into());
            self
        }
        /// File name (body field `accessory_name`, required).
        pub fn accessory_name(mut self, value: impl Into<String>) -> Self {
            self.body.accessory_name = Some(value.into());
            self
        }
        /// Upload type: 0 (default) normal, 1 markdown mode (body field `upload_type`).
        pub fn upload_type(
            mut self,
            value: impl Into<crate::types::UploadType>,
        ) -> Self {
            self.body.upload_type = Some(value.into());
            self
        }
        /// Sets the whole body from a [`AccessoryJsonFormatReq`](crate::types::AccessoryJsonFormatReq), replacing every body field set before.
        pub fn body(mut self, body: types::AccessoryJsonFormatReq) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::UploadJsonAccessoriesResponse>> {
            let Self { client, options, body } = self;
            let missing = [
                ("accessory_data", body.accessory_data.is_none()),
                ("accessory_from", body.accessory_from.is_none()),
                ("accessory_name", body.accessory_name.is_none()),
            ];
            if missing.iter().any(|m| m.1) {
                return Err(Error::missing(&Self::INFO, &missing));
            }
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.upload_json_accessories(&body).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Show attachment limits: the request of [`Client::show_accessory_limits`](crate::Client::show_accessory_limits). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ShowAccessoryLimits {
        client: Client,
        options: RequestOptions,
    }
    impl ShowAccessoryLimits {
        pub const INFO: OperationInfo = OperationInfo::new(
            "show_accessory_limits",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
            }
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ShowAccessoryLimitsResponse>> {
            let raw = self.client.raw(&Self::INFO, self.options)?;
            let result = raw.show_accessory_limits().await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Download attachments: the request of [`Client::download_accessories`](crate::Client::download_accessories). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct DownloadAccessories {
        client: Client,
        options: RequestOptions,
        accessory_id: Option<String>,
        group_id: Option<String>,
    }
    impl DownloadAccessories {
        pub const INFO: OperationInfo = OperationInfo::new(
            "download_accessories",
            IDEMPOTENT | TRANSFER,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                accessory_id: Default::default(),
                group_id: Default::default(),
            }
        }
        /// Attachment IDs; several can be downloaded at once, separated by commas (path parameter `accessory_id`, required).
        pub fn accessory_id(mut self, value: impl Into<String>) -> Self {
            self.accessory_id = Some(value.into());
            self
        }
        /// Huawei Cloud IAM group ID; required when accessing another case of the same group (query parameter `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer streams the file.
        pub async fn send(self) -> Result<Download> {
            let Self { client, options, accessory_id, group_id } = self;
            let missing = [("accessory_id", accessory_id.is_none())];
            let (Some(accessory_id), false) = (accessory_id, missing.iter().any(|m| m.1))
            else { return Err(Error::missing(&Self::INFO, &missing)) };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .download_accessories(accessory_id.as_str(), group_id.as_deref())
                .await;
            crate::runtime::download(raw, result).await
        }
    }
    /// Delete an attachment: the request of [`Client::delete_accessories`](crate::Client::delete_accessories). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct DeleteAccessories {
        client: Client,
        options: RequestOptions,
        accessory_id: Option<String>,
    }
    impl DeleteAccessories {
        pub const INFO: OperationInfo = OperationInfo::new(
            "delete_accessories",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                accessory_id: Default::default(),
            }
        }
        /// Attachment ID (path parameter `accessory_id`, required).
        pub fn accessory_id(mut self, value: impl Into<String>) -> Self {
            self.accessory_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::DeleteAccessoriesResponse>> {
            let Self { client, options, accessory_id } = self;
            let missing = [("accessory_id", accessory_id.is_none())];
            let (Some(accessory_id), false) = (accessory_id, missing.iter().any(|m| m.1))
            else { return Err(Error::missing(&Self::INFO, &missing)) };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.delete_accessories(accessory_id.as_str()).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Show an attachment download URL: the request of [`Client::show_download_accessory_url`](crate::Client::show_download_accessory_url). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ShowDownloadAccessoryUrl {
        client: Client,
        options: RequestOptions,
        accessory_id: Option<String>,
        relation_type: Option<types::AccessoryRelationType>,
        relation_id: Option<String>,
        incident_id: Option<String>,
    }
    impl ShowDownloadAccessoryUrl {
        pub const INFO: OperationInfo = OperationInfo::new(
            "show_download_accessory_url",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                accessory_id: Default::default(),
                relation_type: Default::default(),
                relation_id: Default::default(),
                incident_id: Default::default(),
            }
        }
        /// Attachment ID (path parameter `accessory_id`, required).
        pub fn accessory_id(mut self, value: impl Into<String>) -> Self {
            self.accessory_id = Some(value.into());
            self
        }
        /// Relation type of the attachment: DEFAULT, NO_RELATION, NOTIFICATION, INCIDENT, MESSAGE, INSPECTION or CONNECT (query parameter `relation_type`, required).
        pub fn relation_type(
            mut self,
            value: impl Into<types::AccessoryRelationType>,
        ) -> Self {
            self.relation_type = Some(value.into());
            self
        }
        /// Relation ID (query parameter `relation_id`).
        pub fn relation_id(mut self, value: impl Into<String>) -> Self {
            self.relation_id = Some(value.into());
            self
        }
        /// Case ID (query parameter `incident_id`).
        pub fn incident_id(mut self, value: impl Into<String>) -> Self {
            self.incident_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::ShowDownloadAccessoryUrlResponse>> {
            let Self {
                client,
                options,
                accessory_id,
                relation_type,
                relation_id,
                incident_id,
            } = self;
            let missing = [
                ("accessory_id", accessory_id.is_none()),
                ("relation_type", relation_type.is_none()),
            ];
            let (Some(accessory_id), Some(relation_type), false) = (
                accessory_id,
                relation_type,
                missing.iter().any(|m| m.1),
            ) else { return Err(Error::missing(&Self::INFO, &missing)) };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .show_download_accessory_url(
                    accessory_id.as_str(),
                    incident_id.as_deref(),
                    relation_id.as_deref(),
                    &relation_type,
                )
                .await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Show an image: the request of [`Client::download_images`](crate::Client::download_images). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct DownloadImages {
        client: Client,
        options: RequestOptions,
        accessory_id: Option<String>,
        group_id: Option<String>,
    }
    impl DownloadImages {
        pub const INFO: OperationInfo = OperationInfo::new(
            "download_images",
            IDEMPOTENT | TRANSFER,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                accessory_id: Default::default(),
                group_id: Default::default(),
            }
        }
        /// Attachment ID (path parameter `accessory_id`, required).
        pub fn accessory_id(mut self, value: impl Into<String>) -> Self {
            self.accessory_id = Some(value.into());
            self
        }
        /// Huawei Cloud IAM group ID; required when accessing another case of the same group (query parameter `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer streams the file.
        pub async fn send(self) -> Result<Download> {
            let Self { client, options, accessory_id, group_id } = self;
            let missing = [("accessory_id", accessory_id.is_none())];
            let (Some(accessory_id), false) = (accessory_id, missing.iter().any(|m| m.1))
            else { return Err(Error::missing(&Self::INFO, &missing)) };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .download_images(accessory_id.as_str(), group_id.as_deref())
                .await;
            crate::runtime::download(raw, result).await
        }
    }
    /// List authorizations: the request of [`Client::list_authorizations`](crate::Client::list_authorizations). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListAuthorizations {
        client: Client,
        options: RequestOptions,
        sub_customer_name: Option<String>,
        incident_id: Option<String>,
        status: Option<i32>,
        simple_description: Option<String>,
        offset: Option<i32>,
        limit: Option<i32>,
        group_id: Option<String>,
    }
    impl ListAuthorizations {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_authorizations",
            IDEMPOTENT | PAGINATED,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                sub_customer_name: Default::default(),
                incident_id: Default::default(),
                status: Default::default(),
                simple_description: Default::default(),
                offset: Default::default(),
                limit: Default::default(),
                group_id: Default::default(),
            }
        }
        /// Sub-account name (query parameter `sub_customer_name`).
        pub fn sub_customer_name(mut self, value: impl Into<String>) -> Self {
            self.sub_customer_name = Some(value.into());
            self
        }
        /// Case ID (query parameter `incident_id`).
        pub fn incident_id(mut self, value: impl Into<String>) -> Self {
            self.incident_id = Some(value.into());
            self
        }
        /// Authorization status (query parameter `status`).
        pub fn status(mut self, value: i32) -> Self {
            self.status = Some(value);
            self
        }
        /// Brief description (query parameter `simple_description`).
        pub fn simple_description(mut self, value: impl Into<String>) -> Self {
            self.simple_description = Some(value.into());
            self
        }
        /// Query offset (query parameter `offset`).
        pub fn offset(mut self, value: i32) -> Self {
            self.offset = Some(value);
            self
        }
        /// Maximum number of records to return (query parameter `limit`).
        pub fn limit(mut self, value: i32) -> Self {
            self.limit = Some(value);
            self
        }
        /// Huawei Cloud IAM group ID; required when accessing another case of the same group (query parameter `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListAuthorizationsResponse>> {
            let Self {
                client,
                options,
                sub_customer_name,
                incident_id,
                status,
                simple_description,
                offset,
                limit,
                group_id,
            } = self;
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .list_authorizations(
                    group_id.as_deref(),
                    incident_id.as_deref(),
                    limit,
                    offset,
                    simple_description.as_deref(),
                    status,
                    sub_customer_name.as_deref(),
                )
                .await;
            crate::runtime::json(raw, result).await
        }
        /// Every item of every page, fetched lazily one page at a time: from `offset` (default offset 0), `limit` items per page (default 50). The stream ends after the reported total, a short page or an empty one; an error ends it; dropping it stops fetching.
        pub fn into_stream(self) -> crate::ItemStream<types::IncidentOrderAuthV2> {
            let (start, size) = (self.offset, self.limit);
            crate::paginate::offset_stream(
                start,
                size,
                move |position, size| {
                    let page = self.clone().offset(position).limit(size).send();
                    async move {
                        let page = page.await?.into_inner();
                        Ok(
                            crate::paginate::Page::new(
                                page.incident_auth_list,
                                page.count,
                            ),
                        )
                    }
                },
            )
        }
    }
    /// Verify an authorized host: the request of [`Client::check_hosts`](crate::Client::check_hosts). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct CheckHosts {
        client: Client,
        options: RequestOptions,
        authorization_detail_id: Option<i64>,
        body: types::VerifyHostV2Req,
    }
    impl CheckHosts {
        pub const INFO: OperationInfo = OperationInfo::new("check_hosts", 0);
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                authorization_detail_id: Default::default(),
                body: Default::default(),
            }
        }
        /// Authorization detail ID (path parameter `authorization_detail_id`, required).
        pub fn authorization_detail_id(mut self, value: i64) -> Self {
            self.authorization_detail_id = Some(value);
            self
        }
        /// Host account (body field `account`, required).
        pub fn account(mut self, value: impl Into<String>) -> Self {
            self.body.account = Some(value.into());
            self
        }
        /// Huawei Cloud IAM group ID; required when operating on another case of the same group (body field `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.body.group_id = Some(value.into());
            self
        }
        /// Host password (body field `password`, required).
        pub fn password(mut self, value: impl Into<String>) -> Self {
            self.body.password = Some(value.into());
            self
        }
        /// Host port (body field `port`, required).
        pub fn port(mut self, value: i32) -> Self {
            self.body.port = Some(value);
            self
        }
        /// Sets the whole body from a [`VerifyHostV2Req`](crate::types::VerifyHostV2Req), replacing every body field set before.
        pub fn body(mut self, body: types::VerifyHostV2Req) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::CheckHostsResponse>> {
            let Self { client, options, authorization_detail_id, body } = self;
            let missing = [
                ("authorization_detail_id", authorization_detail_id.is_none()),
                ("account", body.account.is_none()),
                ("password", body.password.is_none()),
                ("port", body.port.is_none()),
            ];
            let (Some(authorization_detail_id), false) = (
                authorization_detail_id,
                missing.iter().any(|m| m.1),
            ) else { return Err(Error::missing(&Self::INFO, &missing)) };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.check_hosts(authorization_detail_id, &body).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Show the login type: the request of [`Client::show_login_type`](crate::Client::show_login_type). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ShowLoginType {
        client: Client,
        options: RequestOptions,
    }
    impl ShowLoginType {
        pub const INFO: OperationInfo = OperationInfo::new(
            "show_login_type",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
            }
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ShowLoginTypeResponse>> {
            let raw = self.client.raw(&Self::INFO, self.options)?;
            let result = raw.show_login_type().await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Show authorization details: the request of [`Client::show_authorization_detail`](crate::Client::show_authorization_detail). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ShowAuthorizationDetail {
        client: Client,
        options: RequestOptions,
        authorization_id: Option<String>,
        group_id: Option<String>,
    }
    impl ShowAuthorizationDetail {
        pub const INFO: OperationInfo = OperationInfo::new(
            "show_authorization_detail",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                authorization_id: Default::default(),
                group_id: Default::default(),
            }
        }
        /// Authorization ID (path parameter `authorization_id`, required).
        pub fn authorization_id(mut self, value: impl Into<String>) -> Self {
            self.authorization_id = Some(value.into());
            self
        }
        /// Huawei Cloud IAM group ID; required when accessing another case of the same group (query parameter `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::ShowAuthorizationDetailResponse>> {
            let Self { client, options, authorization_id, group_id } = self;
            let missing = [("authorization_id", authorization_id.is_none())];
            let (Some(authorization_id), false) = (
                authorization_id,
                missing.iter().any(|m| m.1),
            ) else { return Err(Error::missing(&Self::INFO, &missing)) };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .show_authorization_detail(
                    authorization_id.as_str(),
                    group_id.as_deref(),
                )
                .await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Confirm an authorization: the request of [`Client::confirm_authorizations`](crate::Client::confirm_authorizations). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ConfirmAuthorizations {
        client: Client,
        options: RequestOptions,
        authorization_id: Option<String>,
        body: types::AgreeTenantAuthorizationV2Req,
    }
    impl ConfirmAuthorizations {
        pub const INFO: OperationInfo = OperationInfo::new(
            "confirm_authorizations",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                authorization_id: Default::default(),
                body: Default::default(),
            }
        }
        /// Authorization ID (path parameter `authorization_id`, required).
        pub fn authorization_id(mut self, value: impl Into<String>) -> Self {
            self.authorization_id = Some(value.into());
            self
        }
        /// Agency ID (body field `agency_id`).
        pub fn agency_id(mut self, value: impl Into<String>) -> Self {
            self.body.agency_id = Some(value.into());
            self
        }
        /// Authorization details (body field `auth_detail_list`; replaces any earlier value).
        pub fn auth_detail_list(
            mut self,
            value: impl IntoIterator<Item = types::TenantAgreeAuthDetailV2>,
        ) -> Self {
            self.body.auth_detail_list = crate::runtime::collect(value);
            self
        }
        /// Time from which the authorization is effective (body field `auth_effective_time`).
        pub fn auth_effective_time(mut self, value: i64) -> Self {
            self.body.auth_effective_time = Some(value);
            self
        }
        /// Time at which the authorization expires (body field `auth_expire_time`).
        pub fn auth_expire_time(mut self, value: i64) -> Self {
            self.body.auth_expire_time = Some(value);
            self
        }
        /// Huawei Cloud IAM group ID; required when operating on another case of the same group (body field `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.body.group_id = Some(value.into());
            self
        }
        /// Sets the whole body from a [`AgreeTenantAuthorizationV2Req`](crate::types::AgreeTenantAuthorizationV2Req), replacing every body field set before.
        pub fn body(mut self, body: types::AgreeTenantAuthorizationV2Req) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::ConfirmAuthorizationsResponse>> {
            let Self { client, options, authorization_id, body } = self;
            let missing = [("authorization_id", authorization_id.is_none())];
            let (Some(authorization_id), false) = (
                authorization_id,
                missing.iter().any(|m| m.1),
            ) else { return Err(Error::missing(&Self::INFO, &missing)) };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .confirm_authorizations(authorization_id.as_str(), &body)
                .await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Reject or revoke an authorization: the request of [`Client::update_authorizations`](crate::Client::update_authorizations). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct UpdateAuthorizations {
        client: Client,
        options: RequestOptions,
        authorization_id: Option<String>,
        action_id: Option<types::AuthorizationAction>,
        body: types::OperateAuthorizationV2Req,
    }
    impl UpdateAuthorizations {
        pub const INFO: OperationInfo = OperationInfo::new(
            "update_authorizations",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                authorization_id: Default::default(),
                action_id: Default::default(),
                body: Default::default(),
            }
        }
        /// Authorization ID (path parameter `authorization_id`, required).
        pub fn authorization_id(mut self, value: impl Into<String>) -> Self {
            self.authorization_id = Some(value.into());
            self
        }
        /// Action ID: reject or cancel (query parameter `action_id`).
        pub fn action_id(
            mut self,
            value: impl Into<types::AuthorizationAction>,
        ) -> Self {
            self.action_id = Some(value.into());
            self
        }
        /// Huawei Cloud IAM group ID; required when operating on another case of the same group (body field `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.body.group_id = Some(value.into());
            self
        }
        /// Reason for rejection (body field `reject_reason`).
        pub fn reject_reason(mut self, value: impl Into<String>) -> Self {
            self.body.reject_reason = Some(value.into());
            self
        }
        /// Sets the whole body from a [`OperateAuthorizationV2Req`](crate::types::OperateAuthorizationV2Req), replacing every body field set before.
        pub fn body(mut self, body: types::OperateAuthorizationV2Req) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::UpdateAuthorizationsResponse>> {
            let Self { client, options, authorization_id, action_id, body } = self;
            let missing = [("authorization_id", authorization_id.is_none())];
            let (Some(authorization_id), false) = (
                authorization_id,
                missing.iter().any(|m| m.1),
            ) else { return Err(Error::missing(&Self::INFO, &missing)) };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .update_authorizations(
                    authorization_id.as_str(),
                    action_id.as_ref(),
                    &body,
                )
                .await;
            crate::runtime::json(raw, result).await
        }
    }
    /// List bastion host history sessions: the request of [`Client::list_history_sessions`](crate::Client::list_history_sessions). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListHistorySessions {
        client: Client,
        options: RequestOptions,
        authorization_id: Option<String>,
        authorization_detail_id: Option<i64>,
        group_id: Option<String>,
        offset: Option<i32>,
        limit: Option<i32>,
    }
    impl ListHistorySessions {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_history_sessions",
            IDEMPOTENT | PAGINATED,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                authorization_id: Default::default(),
                authorization_detail_id: Default::default(),
                group_id: Default::default(),
                offset: Default::default(),
                limit: Default::default(),
            }
        }
        /// Authorization ID (path parameter `authorization_id`, required).
        pub fn authorization_id(mut self, value: impl Into<String>) -> Self {
            self.authorization_id = Some(value.into());
            self
        }
        /// Authorization detail ID (path parameter `authorization_detail_id`, required).
        pub fn authorization_detail_id(mut self, value: i64) -> Self {
            self.authorization_detail_id = Some(value);
            self
        }
        /// Huawei Cloud IAM group ID; required when accessing another case of the same group (query parameter `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        /// Query offset (query parameter `offset`).
        pub fn offset(mut self, value: i32) -> Self {
            self.offset = Some(value);
            self
        }
        /// Maximum number of records to return (query parameter `limit`).
        pub fn limit(mut self, value: i32) -> Self {
            self.limit = Some(value);
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListHistorySessionsResponse>> {
            let Self {
                client,
                options,
                authorization_id,
                authorization_detail_id,
                group_id,
                offset,
                limit,
            } = self;
            let missing = [
                ("authorization_id", authorization_id.is_none()),
                ("authorization_detail_id", authorization_detail_id.is_none()),
            ];
            let (Some(authorization_id), Some(authorization_detail_id), false) = (
                authorization_id,
                authorization_detail_id,
                missing.iter().any(|m| m.1),
            ) else { return Err(Error::missing(&Self::INFO, &missing)) };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .list_history_sessions(
                    authorization_id.as_str(),
                    authorization_detail_id,
                    group_id.as_deref(),
                    limit,
                    offset,
                )
                .await;
            crate::runtime::json(raw, result).await
        }
        /// Every item of every page, fetched lazily one page at a time: from `offset` (default offset 0), `limit` items per page (default 50). The stream ends after the reported total, a short page or an empty one; an error ends it; dropping it stops fetching.
        pub fn into_stream(self) -> crate::ItemStream<types::OperateHistorySession> {
            let (start, size) = (self.offset, self.limit);
            crate::paginate::offset_stream(
                start,
                size,
                move |position, size| {
                    let page = self.clone().offset(position).limit(size).send();
                    async move {
                        let page = page.await?.into_inner();
                        Ok(
                            crate::paginate::Page::new(
                                page.session_list,
                                page.total_count,
                            ),
                        )
                    }
                },
            )
        }
    }
    /// List bastion host file transfer records: the request of [`Client::list_transport_histories`](crate::Client::list_transport_histories). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListTransportHistories {
        client: Client,
        options: RequestOptions,
        authorization_id: Option<String>,
        authorization_detail_id: Option<i64>,
        session_id: Option<i64>,
        group_id: Option<String>,
        sort: Option<types::SortOrder>,
        offset: Option<i32>,
        limit: Option<i32>,
    }
    impl ListTransportHistories {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_transport_histories",
            IDEMPOTENT | PAGINATED,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                authorization_id: Default::default(),
                authorization_detail_id: Default::default(),
                session_id: Default::default(),
                group_id: Default::default(),
                sort: Default::default(),
                offset: Default::default(),
                limit: Default::default(),
            }
        }
        /// Authorization ID (path parameter `authorization_id`, required).
        pub fn authorization_id(mut self, value: impl Into<String>) -> Self {
            self.authorization_id = Some(value.into());
            self
        }
        /// Authorization detail ID (path parameter `authorization_detail_id`, required).
        pub fn authorization_detail_id(mut self, value: i64) -> Self {
            self.authorization_detail_id = Some(value);
            self
        }
        /// Session ID (path parameter `session_id`, required).
        pub fn session_id(mut self, value: i64) -> Self {
            self.session_id = Some(value);
            self
        }
        /// Huawei Cloud IAM group ID; required when accessing another case of the same group (query parameter `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        /// Sort order: 1 by operation time ascending; 0 by operation time descending. Default 0 (query parameter `sort`).
        pub fn sort(mut self, value: impl Into<types::SortOrder>) -> Self {
            self.sort = Some(value.into());
            self
        }
        /// Query offset (query parameter `offset`).
        pub fn offset(mut self, value: i32) -> Self {
            self.offset = Some(value);
            self
        }
        /// Maximum number of records to return (query parameter `limit`).
        pub fn limit(mut self, value: i32) -> Self {
            self.limit = Some(value);
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::ListTransportHistoriesResponse>> {
            let Self {
                client,
                options,
                authorization_id,
                authorization_detail_id,
                session_id,
                group_id,
                sort,
                offset,
                limit,
            } = self;
            let missing = [
                ("authorization_id", authorization_id.is_none()),
                ("authorization_detail_id", authorization_detail_id.is_none()),
                ("session_id", session_id.is_none()),
            ];
            let (
                Some(authorization_id),
                Some(authorization_detail_id),
                Some(session_id),
                false,
            ) = (
                authorization_id,
                authorization_detail_id,
                session_id,
                missing.iter().any(|m| m.1),
            ) else { return Err(Error::missing(&Self::INFO, &missing)) };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .list_transport_histories(
                    authorization_id.as_str(),
                    authorization_detail_id,
                    session_id,
                    group_id.as_deref(),
                    limit,
                    offset,
                    sort.as_ref(),
                )
                .await;
            crate::runtime::json(raw, result).await
        }
        /// Every item of every page, fetched lazily one page at a time: from `offset` (default offset 0), `limit` items per page (default 50). The stream ends after the reported total, a short page or an empty one; an error ends it; dropping it stops fetching.
        pub fn into_stream(self) -> crate::ItemStream<types::FileOperateLog> {
            let (start, size) = (self.offset, self.limit);
            crate::paginate::offset_stream(
                start,
                size,
                move |position, size| {
                    let page = self.clone().offset(position).limit(size).send();
                    async move {
                        let page = page.await?.into_inner();
                        Ok(
                            crate::paginate::Page::new(
                                page.file_ops_list,
                                page.total_count,
                            ),
                        )
                    }
                },
            )
        }
    }
    /// List bastion host operation history: the request of [`Client::list_history_operate_logs`](crate::Client::list_history_operate_logs). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListHistoryOperateLogs {
        client: Client,
        options: RequestOptions,
        authorization_id: Option<String>,
        authorization_detail_id: Option<i64>,
        session_id: Option<i64>,
        group_id: Option<String>,
        sort: Option<types::SortOrder>,
        offset: Option<i32>,
        limit: Option<i32>,
    }
    impl ListHistoryOperateLogs {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_history_operate_logs",
            IDEMPOTENT | PAGINATED,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                authorization_id: Default::default(),
                authorization_detail_id: Default::default(),
                session_id: Default::default(),
                group_id: Default::default(),
                sort: Default::default(),
                offset: Default::default(),
                limit: Default::default(),
            }
        }
        /// Authorization ID (path parameter `authorization_id`, required).
        pub fn authorization_id(mut self, value: impl Into<String>) -> Self {
            self.authorization_id = Some(value.into());
            self
        }
        /// Authorization detail ID (path parameter `authorization_detail_id`, required).
        pub fn authorization_detail_id(mut self, value: i64) -> Self {
            self.authorization_detail_id = Some(value);
            self
        }
        /// Session ID (path parameter `session_id`, required).
        pub fn session_id(mut self, value: i64) -> Self {
            self.session_id = Some(value);
            self
        }
        /// Huawei Cloud IAM group ID; required when accessing another case of the same group (query parameter `group_id`).
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        /// Sort order: 1 by operation time ascending; 0 by operation time descending. Default 0 (query parameter `sort`).
        pub fn sort(mut self, value: impl Into<types::SortOrder>) -> Self {
            self.sort = Some(value.into());
            self
        }
        /// Query offset (query parameter `offset`).
        pub fn offset(mut self, value: i32) -> Self {
            self.offset = Some(value);
            self
        }
        /// Maximum number of records to return (query parameter `limit`).
        pub fn limit(mut self, value: i32) -> Self {
            self.limit = Some(value);
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::ListHistoryOperateLogsResponse>> {
            let Self {
                client,
                options,
                authorization_id,
                authorization_detail_id,
                session_id,
                group_id,
                sort,
                offset,
                limit,
            } = self;
            let missing = [
                ("authorization_id", authorization_id.is_none()),
                ("authorization_detail_id", authorization_detail_id.is_none()),
                ("session_id", session_id.is_none()),
            ];
            let (
                Some(authorization_id),
                Some(authorization_detail_id),
                Some(session_id),
                false,
            ) = (
                authorization_id,
                authorization_detail_id,
                session_id,
                missing.iter().any(|m| m.1),
            ) else { return Err(Error::missing(&Self::INFO, &missing)) };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .list_history_operate_logs(
                    authorization_id.as_str(),
                    authorization_detail_id,
                    session_id,
                    group_id.as_deref(),
                    limit,
                    offset,
                    sort.as_ref(),
                )
                .await;
            crate::runtime::json(raw, result).await
        }
        /// Every item of every page, fetched lazily one page at a time: from `offset` (default offset 0), `limit` items per page (default 50). The stream ends after the reported total, a short page or an empty one; an error ends it; dropping it stops fetching.
        pub fn into_stream(self) -> crate::ItemStream<types::OperateLog> {
            let (start, size) = (self.offset, self.limit);
            crate::paginate::offset_stream(
                start,
                size,
                move |position, size| {
                    let page = self.clone().offset(position).limit(size).send();
                    async move {
                        let page = page.await?.into_inner();
                        Ok(crate::paginate::Page::new(page.ops_list, page.total_count))
                    }
                },
            )
        }
    }
    /// List agencies: the request of [`Client::list_agencies`](crate::Client::list_agencies). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListAgencies {
        client: Client,
        options: RequestOptions,
    }
    impl ListAgencies {
        pub const INFO: OperationInfo = OperationInfo::new("list_agencies", IDEMPOTENT);
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
            }
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListAgenciesResponse>> {
            let raw = self.client.raw(&Self::INFO, self.options)?;
            let result = raw.list_agencies().await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Show the latest published agreement: the request of [`Client::show_latest_published_agreement`](crate::Client::show_latest_published_agreement). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ShowLatestPublishedAgreement {
        client: Client,
        options: RequestOptions,
        agreement_type: Option<types::AgreementType>,
    }
    impl ShowLatestPublishedAgreement {
        pub const INFO: OperationInfo = OperationInfo::new(
            "show_latest_published_agreement",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                agreement_type: Default::default(),
            }
        }
        /// Agreement type: 0 case creation by an ordinary user, 1 case creation by an ISV user, 2 authorization (query parameter `agreement_type`).
        pub fn agreement_type(mut self, value: impl Into<types::AgreementType>) -> Self {
            self.agreement_type = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::ShowLatestPublishedAgreementResponse>> {
            let Self { client, options, agreement_type } = self;
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .show_latest_published_agreement(agreement_type.as_ref())
                .await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Check whether the latest agreement is signed: the request of [`Client::show_signed_latest_published_agreement`](crate::Client::show_signed_latest_published_agreement). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ShowSignedLatestPublishedAgreement {
        client: Client,
        options: RequestOptions,
        agreement_type: Option<types::AgreementType>,
    }
    impl ShowSignedLatestPublishedAgreement {
        pub const INFO: OperationInfo = OperationInfo::new(
            "show_signed_latest_published_agreement",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                agreement_type: Default::default(),
            }
        }
        /// Agreement type: 0 case creation by an ordinary user, 1 case creation by an ISV user, 2 authorization (query parameter `agreement_type`).
        pub fn agreement_type(mut self, value: impl Into<types::AgreementType>) -> Self {
            self.agreement_type = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::ShowSignedLatestPublishedAgreementResponse>> {
            let Self { client, options, agreement_type } = self;
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .show_signed_latest_published_agreement(agreement_type.as_ref())
                .await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Sign an agreement: the request of [`Client::sign_published_agreement`](crate::Client::sign_published_agreement). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct SignPublishedAgreement {
        client: Client,
        options: RequestOptions,
        id: Option<i32>,
        body: types::SignAgreementReq,
    }
    impl SignPublishedAgreement {
        pub const INFO: OperationInfo = OperationInfo::new(
            "sign_published_agreement",
            0,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                id: Default::default(),
                body: Default::default(),
            }
        }
        /// Agreement ID (path parameter `id`, required).
        pub fn id(mut self, value: i32) -> Self {
            self.id = Some(value);
            self
        }
        /// Relation ID (body field `relation_id`).
        pub fn relation_id(mut self, value: impl Into<String>) -> Self {
            self.body.relation_id = Some(value.into());
            self
        }
        /// Sets the whole body from a [`SignAgreementReq`](crate::types::SignAgreementReq), replacing every body field set before.
        pub fn body(mut self, body: types::SignAgreementReq) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::SignPublishedAgreementResponse>> {
            let Self { client, options, id, body } = self;
            let missing = [("id", id.is_none())];
            let (Some(id), false) = (id, missing.iter().any(|m| m.1)) else {
                return Err(Error::missing(&Self::INFO, &missing))
            };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.sign_published_agreement(id, &body).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Submit diagnosis feedback: the request of [`Client::create_diagnose_feedback`](crate::Client::create_diagnose_feedback). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct CreateDiagnoseFeedback {
        client: Client,
        options: RequestOptions,
        body: types::CreateFeedbackReq,
    }
    impl CreateDiagnoseFeedback {
        pub const INFO: OperationInfo = OperationInfo::new(
            "create_diagnose_feedback",
            0,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                body: Default::default(),
            }
        }
        /// Feedback content (body field `content`).
        pub fn content(mut self, value: impl Into<String>) -> Self {
            self.body.content = Some(value.into());
            self
        }
        /// Whether the diagnosis was helpful (body field `is_helpful`, required).
        pub fn is_helpful(mut self, value: bool) -> Self {
            self.body.is_helpful = Some(value);
            self
        }
        /// Job type, for example 1 ECS diagnosis job, 2 RDS diagnosis job (body field `type`, required).
        pub fn type_(mut self, value: i32) -> Self {
            self.body.type_ = Some(value);
            self
        }
        /// Sets the whole body from a [`CreateFeedbackReq`](crate::types::CreateFeedbackReq), replacing every body field set before.
        pub fn body(mut self, body: types::CreateFeedbackReq) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::CreateDiagnoseFeedbackResponse>> {
            let Self { client, options, body } = self;
            let missing = [
                ("is_helpful", body.is_helpful.is_none()),
                ("type_", body.type_.is_none()),
            ];
            if missing.iter().any(|m| m.1) {
                return Err(Error::missing(&Self::INFO, &missing));
            }
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.create_diagnose_feedback(&body).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Get the result of a diagnosis job: the request of [`Client::list_diagnose_job`](crate::Client::list_diagnose_job). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListDiagnoseJob {
        client: Client,
        options: RequestOptions,
        job_id: Option<String>,
    }
    impl ListDiagnoseJob {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_diagnose_job",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                job_id: Default::default(),
            }
        }
        /// Job ID (query parameter `job_id`).
        pub fn job_id(mut self, value: impl Into<String>) -> Self {
            self.job_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListDiagnoseJobResponse>> {
            let Self { client, options, job_id } = self;
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.list_diagnose_job(job_id.as_deref()).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Get diagnosis check item results: the request of [`Client::list_diagnose_items`](crate::Client::list_diagnose_items). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListDiagnoseItems {
        client: Client,
        options: RequestOptions,
        body: types::QueryDiagnoseItemsReq,
    }
    impl ListDiagnoseItems {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_diagnose_items",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                body: Default::default(),
            }
        }
        /// Diagnosis item IDs (body field `item_ids`).
        pub fn item_ids(mut self, value: impl Into<String>) -> Self {
            self.body.item_ids = Some(value.into());
            self
        }
        /// Job ID (body field `job_id`).
        pub fn job_id(mut self, value: impl Into<String>) -> Self {
            self.body.job_id = Some(value.into());
            self
        }
        /// Sets the whole body from a [`QueryDiagnoseItemsReq`](crate::types::QueryDiagnoseItemsReq), replacing every body field set before.
        pub fn body(mut self, body: types::QueryDiagnoseItemsReq) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListDiagnoseItemsResponse>> {
            let Self { client, options, body } = self;
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.list_diagnose_items(&body).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Start a one-click diagnosis: the request of [`Client::create_diagnose_job`](crate::Client::create_diagnose_job). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct CreateDiagnoseJob {
        client: Client,
        options: RequestOptions,
        body: types::SubmitDiagnoseJobReq,
    }
    impl CreateDiagnoseJob {
        pub const INFO: OperationInfo = OperationInfo::new("create_diagnose_job", 0);
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                body: Default::default(),
            }
        }
        /// Parameters specific to the diagnosis type, for example eip for ECS, instanceId for RDS (body field `params`; replaces any earlier value).
        pub fn params<K: Into<String>, V: Into<String>>(
            mut self,
            value: impl IntoIterator<Item = (K, V)>,
        ) -> Self {
            self.body.params = crate::runtime::collect_map(value);
            self
        }
        /// Region (node) ID (body field `region_id`).
        pub fn region_id(mut self, value: impl Into<String>) -> Self {
            self.body.region_id = Some(value.into());
            self
        }
        /// Job type, for example 1 ECS diagnosis job, 2 RDS diagnosis job (body field `type`, required).
        pub fn type_(mut self, value: i32) -> Self {
            self.body.type_ = Some(value);
            self
        }
        /// Sets the whole body from a [`SubmitDiagnoseJobReq`](crate::types::SubmitDiagnoseJobReq), replacing every body field set before.
        pub fn body(mut self, body: types::SubmitDiagnoseJobReq) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::CreateDiagnoseJobResponse>> {
            let Self { client, options, body } = self;
            let missing = [("type_", body.type_.is_none())];
            if missing.iter().any(|m| m.1) {
                return Err(Error::missing(&Self::INFO, &missing));
            }
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.create_diagnose_job(&body).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Get diagnosable resources: the request of [`Client::list_diagnose_resources`](crate::Client::list_diagnose_resources). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListDiagnoseResources {
        client: Client,
        options: RequestOptions,
        body: types::QueryTscDiagnoseResourcesReq,
    }
    impl ListDiagnoseResources {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_diagnose_resources",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                body: Default::default(),
            }
        }
        /// Project ID (body field `project_id`).
        pub fn project_id(mut self, value: impl Into<String>) -> Self {
            self.body.project_id = Some(value.into());
            self
        }
        /// Region (body field `region`).
        pub fn region(mut self, value: impl Into<String>) -> Self {
            self.body.region = Some(value.into());
            self
        }
        /// Sets the whole body from a [`QueryTscDiagnoseResourcesReq`](crate::types::QueryTscDiagnoseResourcesReq), replacing every body field set before.
        pub fn body(mut self, body: types::QueryTscDiagnoseResourcesReq) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::ListDiagnoseResourcesResponse>> {
            let Self { client, options, body } = self;
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.list_diagnose_resources(&body).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// List diagnosis history records: the request of [`Client::list_diagnose_records`](crate::Client::list_diagnose_records). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListDiagnoseRecords {
        client: Client,
        options: RequestOptions,
        page_size: Option<i32>,
        page_no: Option<i32>,
        type_: Option<i32>,
    }
    impl ListDiagnoseRecords {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_diagnose_records",
            IDEMPOTENT | PAGINATED,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                page_size: Default::default(),
                page_no: Default::default(),
                type_: Default::default(),
            }
        }
        /// Page size (query parameter `page_size`).
        pub fn page_size(mut self, value: i32) -> Self {
            self.page_size = Some(value);
            self
        }
        /// Page number (query parameter `page_no`).
        pub fn page_no(mut self, value: i32) -> Self {
            self.page_no = Some(value);
            self
        }
        /// Job type, for example 1 ECS diagnosis job, 2 RDS diagnosis job (query parameter `type`).
        pub fn type_(mut self, value: i32) -> Self {
            self.type_ = Some(value);
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListDiagnoseRecordsResponse>> {
            let Self { client, options, page_size, page_no, type_ } = self;
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.list_diagnose_records(page_no, page_size, type_).await;
            crate::runtime::json(raw, result).await
        }
        /// Every item of every page, fetched lazily one page at a time: from `page_no` (default page 1), `page_size` items per page (default 50). The stream ends after the reported total, a short page or an empty one; an error ends it; dropping it stops fetching.
        pub fn into_stream(self) -> crate::ItemStream<types::DiagnoseRecordVo> {
            let (start, size) = (self.page_no, self.page_size);
            crate::paginate::page_stream(
                start,
                size,
                move |position, size| {
                    let page = self.clone().page_no(position).page_size(size).send();
                    async move {
                        let page = page.await?.into_inner();
                        Ok(crate::paginate::Page::new(page.records, page.total_count))
                    }
                },
            )
        }
    }
    /// List country calling codes: the request of [`Client::list_area_codes`](crate::Client::list_area_codes). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListAreaCodes {
        client: Client,
        options: RequestOptions,
    }
    impl ListAreaCodes {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_area_codes",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
            }
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListAreaCodesResponse>> {
            let raw = self.client.raw(&Self::INFO, self.options)?;
            let result = raw.list_area_codes().await;
            crate::runtime::json(raw, result).await
        }
    }
    /// List case categories: the request of [`Client::list_case_categories`](crate::Client::list_case_categories). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListCaseCategories {
        client: Client,
        options: RequestOptions,
    }
    impl ListCaseCategories {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_case_categories",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
            }
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListCaseCategoriesResponse>> {
            let raw = self.client.raw(&Self::INFO, self.options)?;
            let result = raw.list_case_categories().await;
            crate::runtime::json(raw, result).await
        }
    }
    /// List additional parameters: the request of [`Client::list_extends_params`](crate::Client::list_extends_params). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListExtendsParams {
        client: Client,
        options: RequestOptions,
        business_type_id: Option<String>,
        incident_sub_type_id: Option<String>,
        product_category_id: Option<String>,
    }
    impl ListExtendsParams {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_extends_params",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                business_type_id: Default::default(),
                incident_sub_type_id: Default::default(),
                product_category_id: Default::default(),
            }
        }
        /// Business (problem) type ID (query parameter `business_type_id`, required).
        pub fn business_type_id(mut self, value: impl Into<String>) -> Self {
            self.business_type_id = Some(value.into());
            self
        }
        /// Case sub-type ID (query parameter `incident_sub_type_id`).
        pub fn incident_sub_type_id(mut self, value: impl Into<String>) -> Self {
            self.incident_sub_type_id = Some(value.into());
            self
        }
        /// Product category ID (query parameter `product_category_id`).
        pub fn product_category_id(mut self, value: impl Into<String>) -> Self {
            self.product_category_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListExtendsParamsResponse>> {
            let Self {
                client,
                options,
                business_type_id,
                incident_sub_type_id,
                product_category_id,
            } = self;
            let missing = [("business_type_id", business_type_id.is_none())];
            let (Some(business_type_id), false) = (
                business_type_id,
                missing.iter().any(|m| m.1),
            ) else { return Err(Error::missing(&Self::INFO, &missing)) };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .list_extends_params(
                    business_type_id.as_str(),
                    incident_sub_type_id.as_deref(),
                    product_category_id.as_deref(),
                )
                .await;
            crate::runtime::json(raw, result).await
        }
    }
    /// List case limits: the request of [`Client::list_case_limits`](crate::Client::list_case_limits). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListCaseLimits {
        client: Client,
        options: RequestOptions,
    }
    impl ListCaseLimits {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_case_limits",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
            }
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListCaseLimitsResponse>> {
            let raw = self.client.raw(&Self::INFO, self.options)?;
            let result = raw.list_case_limits().await;
            crate::runtime::json(raw, result).await
        }
    }
    /// List problem types: the request of [`Client::list_problem_types`](crate::Client::list_problem_types). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListProblemTypes {
        client: Client,
        options: RequestOptions,
        product_category_id: Option<String>,
    }
    impl ListProblemTypes {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_problem_types",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                product_category_id: Default::default(),
            }
        }
        /// Product category ID (query parameter `product_category_id`).
        pub fn product_category_id(mut self, value: impl Into<String>) -> Self {
            self.product_category_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListProblemTypesResponse>> {
            let Self { client, options, product_category_id } = self;
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.list_problem_types(product_category_id.as_deref()).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// List product categories: the request of [`Client::list_product_categories`](crate::Client::list_product_categories). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListProductCategories {
        client: Client,
        options: RequestOptions,
        product_category_name: Option<String>,
    }
    impl ListProductCategories {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_product_categories",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                product_category_name: Default::default(),
            }
        }
        /// Product category name (query parameter `product_category_name`).
        pub fn product_category_name(mut self, value: impl Into<String>) -> Self {
            self.product_category_name = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::ListProductCategoriesResponse>> {
            let Self { client, options, product_category_name } = self;
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .list_product_categories(product_category_name.as_deref())
                .await;
            crate::runtime::json(raw, result).await
        }
    }
    /// List regions: the request of [`Client::list_regions`](crate::Client::list_regions). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListRegions {
        client: Client,
        options: RequestOptions,
    }
    impl ListRegions {
        pub const INFO: OperationInfo = OperationInfo::new("list_regions", IDEMPOTENT);
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
            }
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListRegionsResponse>> {
            let raw = self.client.raw(&Self::INFO, self.options)?;
            let result = raw.list_regions().await;
            crate::runtime::json(raw, result).await
        }
    }
    /// List satisfaction dimensions: the request of [`Client::list_satisfaction_dimensions`](crate::Client::list_satisfaction_dimensions). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListSatisfactionDimensions {
        client: Client,
        options: RequestOptions,
    }
    impl ListSatisfactionDimensions {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_satisfaction_dimensions",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
            }
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::ListSatisfactionDimensionsResponse>> {
            let raw = self.client.raw(&Self::INFO, self.options)?;
            let result = raw.list_satisfaction_dimensions().await;
            crate::runtime::json(raw, result).await
        }
    }
    /// List severities: the request of [`Client::list_severities`](crate::Client::list_severities). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListSeverities {
        client: Client,
        options: RequestOptions,
        product_category_id: Option<String>,
        business_type_id: Option<String>,
    }
    impl ListSeverities {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_severities",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                product_category_id: Default::default(),
                business_type_id: Default::default(),
            }
        }
        /// Product category ID (query parameter `product_category_id`, required).
        pub fn product_category_id(mut self, value: impl Into<String>) -> Self {
            self.product_category_id = Some(value.into());
            self
        }
        /// Problem type ID (query parameter `business_type_id`, required).
        pub fn business_type_id(mut self, value: impl Into<String>) -> Self {
            self.business_type_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListSeveritiesResponse>> {
            let Self { client, options, product_category_id, business_type_id } = self;
            let missing = [
                ("product_category_id", product_category_id.is_none()),
                ("business_type_id", business_type_id.is_none()),
            ];
            let (Some(product_category_id), Some(business_type_id), false) = (
                product_category_id,
                business_type_id,
                missing.iter().any(|m| m.1),
            ) else { return Err(Error::missing(&Self::INFO, &missing)) };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .list_severities(business_type_id.as_str(), product_category_id.as_str())
                .await;
            crate::runtime::json(raw, result).await
        }
    }
    /// List templates for a problem type: the request of [`Client::list_case_templates`](crate::Client::list_case_templates). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListCaseTemplates {
        client: Client,
        options: RequestOptions,
        business_type_id: Option<String>,
    }
    impl ListCaseTemplates {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_case_templates",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                business_type_id: Default::default(),
            }
        }
        /// Business (problem) type ID (query parameter `business_type_id`, required).
        pub fn business_type_id(mut self, value: impl Into<String>) -> Self {
            self.business_type_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListCaseTemplatesResponse>> {
            let Self { client, options, business_type_id } = self;
            let missing = [("business_type_id", business_type_id.is_none())];
            let (Some(business_type_id), false) = (
                business_type_id,
                missing.iter().any(|m| m.1),
            ) else { return Err(Error::missing(&Self::INFO, &missing)) };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.list_case_templates(business_type_id.as_str()).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Show a configuration item: the request of [`Client::show_configuration`](crate::Client::show_configuration). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ShowConfiguration {
        client: Client,
        options: RequestOptions,
        config_key: Option<String>,
    }
    impl ShowConfiguration {
        pub const INFO: OperationInfo = OperationInfo::new(
            "show_configuration",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                config_key: Default::default(),
            }
        }
        /// Configuration item key (path parameter `config_key`, required).
        pub fn config_key(mut self, value: impl Into<String>) -> Self {
            self.config_key = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ShowConfigurationResponse>> {
            let Self { client, options, config_key } = self;
            let missing = [("config_key", config_key.is_none())];
            let (Some(config_key), false) = (config_key, missing.iter().any(|m| m.1))
            else { return Err(Error::missing(&Self::INFO, &missing)) };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.show_configuration(config_key.as_str()).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Verify a contact: the request of [`Client::check_verify_codes`](crate::Client::check_verify_codes). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct CheckVerifyCodes {
        client: Client,
        options: RequestOptions,
        body: types::VerifyVerifyCodeV2Req,
    }
    impl CheckVerifyCodes {
        pub const INFO: OperationInfo = OperationInfo::new("check_verify_codes", 0);
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                body: Default::default(),
            }
        }
        /// Country calling code (body field `area_code`).
        pub fn area_code(mut self, value: impl Into<String>) -> Self {
            self.body.area_code = Some(value.into());
            self
        }
        /// Contact value (body field `contact_value`, required).
        pub fn contact_value(mut self, value: impl Into<String>) -> Self {
            self.body.contact_value = Some(value.into());
            self
        }
        /// Contact type: 0 SMS; 1 email (body field `contact_way`, required).
        pub fn contact_way(
            mut self,
            value: impl Into<crate::types::ContactWay>,
        ) -> Self {
            self.body.contact_way = Some(value.into());
            self
        }
        /// Customer ID (body field `customer_id`).
        pub fn customer_id(mut self, value: impl Into<String>) -> Self {
            self.body.customer_id = Some(value.into());
            self
        }
        /// Verification code (body field `verify_code`, required).
        pub fn verify_code(mut self, value: impl Into<String>) -> Self {
            self.body.verify_code = Some(value.into());
            self
        }
        /// Sub-user ID (body field `x_customer_id`).
        pub fn x_customer_id(mut self, value: impl Into<String>) -> Self {
            self.body.x_customer_id = Some(value.into());
            self
        }
        /// Sets the whole body from a [`VerifyVerifyCodeV2Req`](crate::types::VerifyVerifyCodeV2Req), replacing every body field set before.
        pub fn body(mut self, body: types::VerifyVerifyCodeV2Req) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::CheckVerifyCodesResponse>> {
            let Self { client, options, body } = self;
            let missing = [
                ("contact_value", body.contact_value.is_none()),
                ("contact_way", body.contact_way.is_none()),
                ("verify_code", body.verify_code.is_none()),
            ];
            if missing.iter().any(|m| m.1) {
                return Err(Error::missing(&Self::INFO, &missing));
            }
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.check_verify_codes(&body).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// List verified contacts: the request of [`Client::list_has_verified_contacts`](crate::Client::list_has_verified_contacts). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListHasVerifiedContacts {
        client: Client,
        options: RequestOptions,
        contact_way: Option<types::ContactWay>,
        customer_id: Option<String>,
        sub_customer_id: Option<String>,
        expired_time: Option<String>,
        verified_id: Option<String>,
        contact_value: Option<String>,
        area_code: Option<String>,
        offset: Option<i32>,
        limit: Option<i32>,
    }
    impl ListHasVerifiedContacts {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_has_verified_contacts",
            IDEMPOTENT | PAGINATED,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                contact_way: Default::default(),
                customer_id: Default::default(),
                sub_customer_id: Default::default(),
                expired_time: Default::default(),
                verified_id: Default::default(),
                contact_value: Default::default(),
                area_code: Default::default(),
                offset: Default::default(),
                limit: Default::default(),
            }
        }
        /// Contact type: 0 phone; 1 email (query parameter `contact_way`).
        pub fn contact_way(mut self, value: impl Into<types::ContactWay>) -> Self {
            self.contact_way = Some(value.into());
            self
        }
        /// Customer ID (query parameter `customer_id`).
        pub fn customer_id(mut self, value: impl Into<String>) -> Self {
            self.customer_id = Some(value.into());
            self
        }
        /// Sub-user ID (query parameter `sub_customer_id`).
        pub fn sub_customer_id(mut self, value: impl Into<String>) -> Self {
            self.sub_customer_id = Some(value.into());
            self
        }
        /// Expiry time (query parameter `expired_time`).
        pub fn expired_time(mut self, value: impl Into<String>) -> Self {
            self.expired_time = Some(value.into());
            self
        }
        /// Verification serial ID (query parameter `verified_id`).
        pub fn verified_id(mut self, value: impl Into<String>) -> Self {
            self.verified_id = Some(value.into());
            self
        }
        /// Contact value (query parameter `contact_value`).
        pub fn contact_value(mut self, value: impl Into<String>) -> Self {
            self.contact_value = Some(value.into());
            self
        }
        /// Country calling code (query parameter `area_code`).
        pub fn area_code(mut self, value: impl Into<String>) -> Self {
            self.area_code = Some(value.into());
            self
        }
        /// Query offset (query parameter `offset`).
        pub fn offset(mut self, value: i32) -> Self {
            self.offset = Some(value);
            self
        }
        /// Number of records to return (query parameter `limit`).
        pub fn limit(mut self, value: i32) -> Self {
            self.limit = Some(value);
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::ListHasVerifiedContactsResponse>> {
            let Self {
                client,
                options,
                contact_way,
                customer_id,
                sub_customer_id,
                expired_time,
                verified_id,
                contact_value,
                area_code,
                offset,
                limit,
            } = self;
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .list_has_verified_contacts(
                    area_code.as_deref(),
                    contact_value.as_deref(),
                    contact_way.as_ref(),
                    customer_id.as_deref(),
                    expired_time.as_deref(),
                    limit,
                    offset,
                    sub_customer_id.as_deref(),
                    verified_id.as_deref(),
                )
                .await;
            crate::runtime::json(raw, result).await
        }
        /// Every item of every page, fetched lazily one page at a time: from `offset` (default offset 0), `limit` items per page (default 50). The stream ends after the reported total, a short page or an empty one; an error ends it; dropping it stops fetching.
        pub fn into_stream(self) -> crate::ItemStream<types::ContactV2> {
            let (start, size) = (self.offset, self.limit);
            crate::paginate::offset_stream(
                start,
                size,
                move |position, size| {
                    let page = self.clone().offset(position).limit(size).send();
                    async move {
                        let page = page.await?.into_inner();
                        Ok(crate::paginate::Page::new(page.contact_list, page.count))
                    }
                },
            )
        }
    }
    /// Check whether verification is needed: the request of [`Client::check_need_verify`](crate::Client::check_need_verify). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct CheckNeedVerify {
        client: Client,
        options: RequestOptions,
        contact_value: Option<String>,
        contact_way: Option<types::ContactWay>,
        area_code: Option<String>,
    }
    impl CheckNeedVerify {
        pub const INFO: OperationInfo = OperationInfo::new(
            "check_need_verify",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                contact_value: Default::default(),
                contact_way: Default::default(),
                area_code: Default::default(),
            }
        }
        /// Contact value (the phone number or email address) (query parameter `contact_value`, required).
        pub fn contact_value(mut self, value: impl Into<String>) -> Self {
            self.contact_value = Some(value.into());
            self
        }
        /// Contact type: 0 phone; 1 email (query parameter `contact_way`, required).
        pub fn contact_way(mut self, value: impl Into<types::ContactWay>) -> Self {
            self.contact_way = Some(value.into());
            self
        }
        /// Country calling code (query parameter `area_code`).
        pub fn area_code(mut self, value: impl Into<String>) -> Self {
            self.area_code = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::CheckNeedVerifyResponse>> {
            let Self { client, options, contact_value, contact_way, area_code } = self;
            let missing = [
                ("contact_value", contact_value.is_none()),
                ("contact_way", contact_way.is_none()),
            ];
            let (Some(contact_value), Some(contact_way), false) = (
                contact_value,
                contact_way,
                missing.iter().any(|m| m.1),
            ) else { return Err(Error::missing(&Self::INFO, &missing)) };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .check_need_verify(
                    area_code.as_deref(),
                    contact_value.as_str(),
                    &contact_way,
                )
                .await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Send a verification code: the request of [`Client::send_verify_codes`](crate::Client::send_verify_codes). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct SendVerifyCodes {
        client: Client,
        options: RequestOptions,
        body: types::SendVerifyCodeReq,
    }
    impl SendVerifyCodes {
        pub const INFO: OperationInfo = OperationInfo::new("send_verify_codes", 0);
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                body: Default::default(),
            }
        }
        /// Country calling code (body field `area_code`, required).
        pub fn area_code(mut self, value: impl Into<String>) -> Self {
            self.body.area_code = Some(value.into());
            self
        }
        /// Contact value (body field `contact_value`, required).
        pub fn contact_value(mut self, value: impl Into<String>) -> Self {
            self.body.contact_value = Some(value.into());
            self
        }
        /// Contact type: 0 SMS; 1 email (body field `contact_way`, required).
        pub fn contact_way(
            mut self,
            value: impl Into<crate::types::ContactWay>,
        ) -> Self {
            self.body.contact_way = Some(value.into());
            self
        }
        /// Sets the whole body from a [`SendVerifyCodeReq`](crate::types::SendVerifyCodeReq), replacing every body field set before.
        pub fn body(mut self, body: types::SendVerifyCodeReq) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::SendVerifyCodesResponse>> {
            let Self { client, options, body } = self;
            let missing = [
                ("area_code", body.area_code.is_none()),
                ("contact_value", body.contact_value.is_none()),
                ("contact_way", body.contact_way.is_none()),
            ];
            if missing.iter().any(|m| m.1) {
                return Err(Error::missing(&Self::INFO, &missing));
            }
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.send_verify_codes(&body).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Check case privileges: the request of [`Client::list_privileges`](crate::Client::list_privileges). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListPrivileges {
        client: Client,
        options: RequestOptions,
        privilege: Option<types::Privilege>,
    }
    impl ListPrivileges {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_privileges",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                privilege: Default::default(),
            }
        }
        /// Privilege identifier (query parameter `privilege`, required).
        pub fn privilege(mut self, value: impl Into<types::Privilege>) -> Self {
            self.privilege = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListPrivilegesResponse>> {
            let Self { client, options, privilege } = self;
            let missing = [("privilege", privilege.is_none())];
            let (Some(privilege), false) = (privilege, missing.iter().any(|m| m.1)) else {
                return Err(Error::missing(&Self::INFO, &missing))
            };
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.list_privileges(&privilege).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Create a privilege: the request of [`Client::create_privileges`](crate::Client::create_privileges). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct CreatePrivileges {
        client: Client,
        options: RequestOptions,
        body: types::CreateAndDeletePrivilegeReq,
    }
    impl CreatePrivileges {
        pub const INFO: OperationInfo = OperationInfo::new("create_privileges", 0);
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                body: Default::default(),
            }
        }
        /// Operation to perform: create or delete (body field `operation`, required).
        pub fn operation(mut self, value: impl Into<String>) -> Self {
            self.body.operation = Some(value.into());
            self
        }
        /// Privilege identifier (body field `privilege`).
        pub fn privilege(mut self, value: impl Into<crate::types::Privilege>) -> Self {
            self.body.privilege = Some(value.into());
            self
        }
        /// Sets the whole body from a [`CreateAndDeletePrivilegeReq`](crate::types::CreateAndDeletePrivilegeReq), replacing every body field set before.
        pub fn body(mut self, body: types::CreateAndDeletePrivilegeReq) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::CreatePrivilegesResponse>> {
            let Self { client, options, body } = self;
            let missing = [("operation", body.operation.is_none())];
            if missing.iter().any(|m| m.1) {
                return Err(Error::missing(&Self::INFO, &missing));
            }
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.create_privileges(&body).await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Show the case submission privilege policy: the request of [`Client::show_customer_privilege_policy`](crate::Client::show_customer_privilege_policy). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ShowCustomerPrivilegePolicy {
        client: Client,
        options: RequestOptions,
    }
    impl ShowCustomerPrivilegePolicy {
        pub const INFO: OperationInfo = OperationInfo::new(
            "show_customer_privilege_policy",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
            }
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::ShowCustomerPrivilegePolicyResponse>> {
            let raw = self.client.raw(&Self::INFO, self.options)?;
            let result = raw.show_customer_privilege_policy().await;
            crate::runtime::json(raw, result).await
        }
    }
    /// List regions associated with the user: the request of [`Client::list_customers_regions`](crate::Client::list_customers_regions). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListCustomersRegions {
        client: Client,
        options: RequestOptions,
    }
    impl ListCustomersRegions {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_customers_regions",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
            }
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(
            self,
        ) -> Result<Response<types::ListCustomersRegionsResponse>> {
            let raw = self.client.raw(&Self::INFO, self.options)?;
            let result = raw.list_customers_regions().await;
            crate::runtime::json(raw, result).await
        }
    }
    /// List sub-users: the request of [`Client::list_sub_customers`](crate::Client::list_sub_customers). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct ListSubCustomers {
        client: Client,
        options: RequestOptions,
        sub_customer_name: Option<String>,
        sub_customer_id: Option<String>,
    }
    impl ListSubCustomers {
        pub const INFO: OperationInfo = OperationInfo::new(
            "list_sub_customers",
            IDEMPOTENT,
        );
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                sub_customer_name: Default::default(),
                sub_customer_id: Default::default(),
            }
        }
        /// Sub-user name (query parameter `sub_customer_name`).
        pub fn sub_customer_name(mut self, value: impl Into<String>) -> Self {
            self.sub_customer_name = Some(value.into());
            self
        }
        /// Sub-user ID (query parameter `sub_customer_id`).
        pub fn sub_customer_id(mut self, value: impl Into<String>) -> Self {
            self.sub_customer_id = Some(value.into());
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::ListSubCustomersResponse>> {
            let Self { client, options, sub_customer_name, sub_customer_id } = self;
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw
                .list_sub_customers(
                    sub_customer_id.as_deref(),
                    sub_customer_name.as_deref(),
                )
                .await;
            crate::runtime::json(raw, result).await
        }
    }
    /// Create an abuse or infringement report: the request of [`Client::create_feedback`](crate::Client::create_feedback). Set its inputs, then [`send`](Self::send) it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent with `.send()`"]
    pub struct CreateFeedback {
        client: Client,
        options: RequestOptions,
        body: types::CreateFeedbackV2Req,
    }
    impl CreateFeedback {
        pub const INFO: OperationInfo = OperationInfo::new("create_feedback", 0);
        pub(crate) fn new(client: Client) -> Self {
            Self {
                client,
                options: RequestOptions::new(),
                body: Default::default(),
            }
        }
        /// Contact details of the person filing the report (body field `contacts`, required).
        pub fn contacts(mut self, value: types::ContactWayInfoV2) -> Self {
            self.body.contacts = Some(value);
            self
        }
        /// Details of the infringement or content of the report, with an explanation (body field `content`, required).
        pub fn content(mut self, value: impl Into<String>) -> Self {
            self.body.content = Some(value.into());
            self
        }
        /// Attachments with supporting evidence (body field `files`, required; replaces any earlier value).
        pub fn files(
            mut self,
            value: impl IntoIterator<Item = impl Into<String>>,
        ) -> Self {
            self.body.files = crate::runtime::collect(value);
            self
        }
        /// The intellectual property concerned, for an infringement report (body field `ip`).
        pub fn ip(mut self, value: types::IntellectualPropertyV2) -> Self {
            self.body.ip = Some(value);
            self
        }
        /// The Huawei Cloud product or service concerned, or the reported URL (body field `title`, required).
        pub fn title(mut self, value: impl Into<String>) -> Self {
            self.body.title = Some(value.into());
            self
        }
        /// Report type (body field `type`, required).
        pub fn type_(mut self, value: impl Into<String>) -> Self {
            self.body.type_ = Some(value.into());
            self
        }
        /// Sets the whole body from a [`CreateFeedbackV2Req`](crate::types::CreateFeedbackV2Req), replacing every body field set before.
        pub fn body(mut self, body: types::CreateFeedbackV2Req) -> Self {
            self.body = body;
            self
        }
        crate::runtime::request_options_methods!();
        /// Sends the request; the answer derefs to the response model.
        pub async fn send(self) -> Result<Response<types::CreateFeedbackResponse>> {
            let Self { client, options, body } = self;
            let missing = [
                ("contacts", body.contacts.is_none()),
                ("content", body.content.is_none()),
                ("files", body.files.is_empty()),
                ("title", body.title.is_none()),
                ("type_", body.type_.is_none()),
            ];
            if missing.iter().any(|m| m.1) {
                return Err(Error::missing(&Self::INFO, &missing));
            }
            let raw = client.raw(&Self::INFO, options)?;
            let result = raw.create_feedback(&body).await;
            crate::runtime::json(raw, result).await
        }
    }
    crate::runtime::operations!(
        ListOrderIncident : ListOrderIncidentResponse => types::IncidentInfo,
        ListCaseCcEmails : ListCaseCcEmailsResponse, ListCases : ListCasesResponse =>
        types::IncidentInfoV2, CreateCases : CreateCasesResponse, ListCaseCounts :
        ListCaseCountsResponse, DownloadCases : download, ShowPartnersCasesPrivilege :
        ShowPartnersCasesPrivilegeResponse, ShowPartnersServiceInfo :
        ShowPartnersServiceInfoResponse, ShowCaseDetail : ShowCaseDetailResponse,
        UpdateCases : UpdateCasesResponse, UpdateCaseContactInfo :
        UpdateCaseContactInfoResponse, ShowCaseExtendsParam :
        ShowCaseExtendsParamResponse, CreateCaseExtendsParam :
        CreateCaseExtendsParamResponse, ListCaseOperateLogs : ListCaseOperateLogsResponse
        => types::IncidentOperateLogV2, ListRelation : ListRelationResponse,
        CreateRelations : CreateRelationsResponse, DeleteRelation :
        DeleteRelationResponse, CreateScores : CreateScoresResponse, ShowCaseStatus :
        ShowCaseStatusResponse, ListCaseQuotas : ListCaseQuotasResponse,
        ListNewInstantMessages : ListNewInstantMessagesResponse,
        ListUnreadNewInstantMessages : ListUnreadNewInstantMessagesResponse,
        ListMoreInstantMessages : ListMoreInstantMessagesResponse,
        UpdateNewInstantMessagesRead : UpdateNewInstantMessagesReadResponse,
        RevokeMessage : RevokeMessageResponse, CreateMessages : CreateMessagesResponse,
        ListMessages : ListMessagesResponse => types::QueryMessageInfoV2, ListCaseLabels
        : ListCaseLabelsResponse, CreateCaseLabels : CreateCaseLabelsResponse,
        DeleteCaseLabels : DeleteCaseLabelsResponse, ListLabels : ListLabelsResponse =>
        types::CaseLabelInfo, CreateLabels : CreateLabelsResponse, UpdateLabels :
        UpdateLabelsResponse, DeleteLabels : DeleteLabelsResponse, UploadAccessory :
        UploadAccessoryResponse, ListAccessoryAccessUrls :
        ListAccessoryAccessUrlsResponse, UploadJsonAccessories :
        UploadJsonAccessoriesResponse, ShowAccessoryLimits : ShowAccessoryLimitsResponse,
        DownloadAccessories : download, DeleteAccessories : DeleteAccessoriesResponse,
        ShowDownloadAccessoryUrl : ShowDownloadAccessoryUrlResponse, DownloadImages :
        download, ListAuthorizations : ListAuthorizationsResponse =>
        types::IncidentOrderAuthV2, CheckHosts : CheckHostsResponse, ShowLoginType :
        ShowLoginTypeResponse, ShowAuthorizationDetail : ShowAuthorizationDetailResponse,
        ConfirmAuthorizations : ConfirmAuthorizationsResponse, UpdateAuthorizations :
        UpdateAuthorizationsResponse, ListHistorySessions : ListHistorySessionsResponse
        => types::OperateHistorySession, ListTransportHistories :
        ListTransportHistoriesResponse => types::FileOperateLog, ListHistoryOperateLogs :
        ListHistoryOperateLogsResponse => types::OperateLog, ListAgencies :
        ListAgenciesResponse, ShowLatestPublishedAgreement :
        ShowLatestPublishedAgreementResponse, ShowSignedLatestPublishedAgreement :
        ShowSignedLatestPublishedAgreementResponse, SignPublishedAgreement :
        SignPublishedAgreementResponse, CreateDiagnoseFeedback :
        CreateDiagnoseFeedbackResponse, ListDiagnoseJob : ListDiagnoseJobResponse,
        ListDiagnoseItems : ListDiagnoseItemsResponse, CreateDiagnoseJob :
        CreateDiagnoseJobResponse, ListDiagnoseResources : ListDiagnoseResourcesResponse,
        ListDiagnoseRecords : ListDiagnoseRecordsResponse => types::DiagnoseRecordVo,
        ListAreaCodes : ListAreaCodesResponse, ListCaseCategories :
        ListCaseCategoriesResponse, ListExtendsParams : ListExtendsParamsResponse,
        ListCaseLimits : ListCaseLimitsResponse, ListProblemTypes :
        ListProblemTypesResponse, ListProductCategories : ListProductCategoriesResponse,
        ListRegions : ListRegionsResponse, ListSatisfactionDimensions :
        ListSatisfactionDimensionsResponse, ListSeverities : ListSeveritiesResponse,
        ListCaseTemplates : ListCaseTemplatesResponse, ShowConfiguration :
        ShowConfigurationResponse, CheckVerifyCodes : CheckVerifyCodesResponse,
        ListHasVerifiedContacts : ListHasVerifiedContactsResponse => types::ContactV2,
        CheckNeedVerify : CheckNeedVerifyResponse, SendVerifyCodes :
        SendVerifyCodesResponse, ListPrivileges : ListPrivilegesResponse,
        CreatePrivileges : CreatePrivilegesResponse, ShowCustomerPrivilegePolicy :
        ShowCustomerPrivilegePolicyResponse, ListCustomersRegions :
        ListCustomersRegionsResponse, ListSubCustomers : ListSubCustomersResponse,
        CreateFeedback : CreateFeedbackResponse
    );
}
/// The operations, one method each (see [`operations`] for the builders they return).
impl crate::Client {
    /// List cases (legacy)
    ///
    /// Lists cases through the legacy v1 interface (camelCase parameters and fields). Prefer list_cases. `GET /osm/incidentservice/api/v1/queryincident` — paginated: `into_stream()` reads every page.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_order_incident().send().await?;
    /// use futures::TryStreamExt; // every item of every page:
    /// let all: Vec<_> = client.list_order_incident().into_stream().try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_order_incident(&self) -> crate::operations::ListOrderIncident {
        crate::operations::ListOrderIncident::new(self.clone())
    }
    /// List case CC email addresses
    ///
    /// Lists the CC email addresses configured for cases. `GET /v2/servicerequest/carbon-copy-emails`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_case_cc_emails().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_case_cc_emails(&self) -> crate::operations::ListCaseCcEmails {
        crate::operations::ListCaseCcEmails::new(self.clone())
    }
    /// List cases
    ///
    /// Lists the cases of the account, filtered by keyword, labels, status, time range or sub-user, page by page (offset, limit). `GET /v2/servicerequest/cases` — paginated: `into_stream()` reads every page.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_cases().send().await?;
    /// use futures::TryStreamExt; // every item of every page:
    /// let all: Vec<_> = client.list_cases().into_stream().try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_cases(&self) -> crate::operations::ListCases {
        crate::operations::ListCases::new(self.clone())
    }
    /// Create a case
    ///
    /// Creates a case (service ticket) and returns its ID. Get business_type_id from list_problem_types, incident_sub_type_id and product_category_id from list_case_categories, severity_id from list_severities, and attachment IDs from upload_accessory. When the contact is not the registered one, verify it first (send_verify_codes, check_verify_codes) and pass the verification serial IDs in the headers. `POST /v2/servicerequest/cases` — not retried once sent.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client
    ///     .create_cases()
    ///     .business_type_id("<business_type_id>")
    ///     .simple_description("<simple_description>")
    ///     .source_id("<source_id>")
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn create_cases(&self) -> crate::operations::CreateCases {
        crate::operations::CreateCases::new(self.clone())
    }
    /// Count cases by status
    ///
    /// Counts the cases of the account in each status. `GET /v2/servicerequest/cases/count`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_case_counts().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_case_counts(&self) -> crate::operations::ListCaseCounts {
        crate::operations::ListCaseCounts::new(self.clone())
    }
    /// Export cases
    ///
    /// Exports the cases matching the filters as a file (byte stream). `GET /v2/servicerequest/cases/export` — a transfer (longer timeouts).
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let file = client.download_cases().language("<language>").timezone("<timezone>").send().await?;
    /// file.save("download.bin").await?;
    /// # Ok(()) }
    /// ```
    pub fn download_cases(&self) -> crate::operations::DownloadCases {
        crate::operations::DownloadCases::new(self.clone())
    }
    /// Show partner case privileges
    ///
    /// Shows whether the user may process cases as a partner. `GET /v2/servicerequest/cases/partners/privilege/cases-processing`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.show_partners_cases_privilege().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn show_partners_cases_privilege(
        &self,
    ) -> crate::operations::ShowPartnersCasesPrivilege {
        crate::operations::ShowPartnersCasesPrivilege::new(self.clone())
    }
    /// Show partner service information
    ///
    /// Shows the service information (service days, hours and time zone) of the partner associated with a product. `GET /v2/servicerequest/cases/partners/service-info`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.show_partners_service_info().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn show_partners_service_info(
        &self,
    ) -> crate::operations::ShowPartnersServiceInfo {
        crate::operations::ShowPartnersServiceInfo::new(self.clone())
    }
    /// Show case details
    ///
    /// Shows the details of a case, including its messages and satisfaction scores. `GET /v2/servicerequest/cases/{case_id}`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.show_case_detail().case_id("<case_id>").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn show_case_detail(&self) -> crate::operations::ShowCaseDetail {
        crate::operations::ShowCaseDetail::new(self.clone())
    }
    /// Operate on a case
    ///
    /// Operates on a case: cancel it, close it, press (urge) the support engineer, or delete it; the action is chosen by action_id. Closing a case can carry a satisfaction evaluation. `POST /v2/servicerequest/cases/{case_id}/action` — not retried once sent.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client
    ///     .update_cases()
    ///     .case_id("<case_id>")
    ///     .action_id(osm_client::types::CaseAction::Cancel)
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn update_cases(&self) -> crate::operations::UpdateCases {
        crate::operations::UpdateCases::new(self.clone())
    }
    /// Update case contact information
    ///
    /// Updates the contact details (mobile number, email, contact time) of a case. `PUT /v2/servicerequest/cases/{case_id}/contact-info`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.update_case_contact_info().case_id("<case_id>").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn update_case_contact_info(&self) -> crate::operations::UpdateCaseContactInfo {
        crate::operations::UpdateCaseContactInfo::new(self.clone())
    }
    /// Show case extension parameters
    ///
    /// Shows the extension parameters submitted for a case. `GET /v2/servicerequest/cases/{case_id}/extends-param`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.show_case_extends_param().case_id("<case_id>").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn show_case_extends_param(&self) -> crate::operations::ShowCaseExtendsParam {
        crate::operations::ShowCaseExtendsParam::new(self.clone())
    }
    /// Submit case extension parameters
    ///
    /// Submits the extension parameters of a case (the additional parameters required by its product or problem type). `POST /v2/servicerequest/cases/{case_id}/extends-param` — not retried once sent.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.create_case_extends_param().case_id("<case_id>").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn create_case_extends_param(
        &self,
    ) -> crate::operations::CreateCaseExtendsParam {
        crate::operations::CreateCaseExtendsParam::new(self.clone())
    }
    /// List case operation logs
    ///
    /// Lists the operation log of a case (who did what, and when), page by page. `GET /v2/servicerequest/cases/{case_id}/operate-logs` — paginated: `into_stream()` reads every page.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_case_operate_logs().case_id("<case_id>").send().await?;
    /// use futures::TryStreamExt; // every item of every page:
    /// let all: Vec<_> = client.list_case_operate_logs().case_id("<case_id>").into_stream().try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_case_operate_logs(&self) -> crate::operations::ListCaseOperateLogs {
        crate::operations::ListCaseOperateLogs::new(self.clone())
    }
    /// List related cases
    ///
    /// Lists the relations of a case, returning brief information about each related case. `GET /v2/servicerequest/cases/{case_id}/relations`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_relation().case_id("<case_id>").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_relation(&self) -> crate::operations::ListRelation {
        crate::operations::ListRelation::new(self.clone())
    }
    /// Create case relations
    ///
    /// Relates other cases to a case; a case supports at most 3 relations. `POST /v2/servicerequest/cases/{case_id}/relations` — not retried once sent.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client
    ///     .create_relations()
    ///     .case_id("<case_id>")
    ///     .related_id_list(["<related_id_list>"])
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn create_relations(&self) -> crate::operations::CreateRelations {
        crate::operations::CreateRelations::new(self.clone())
    }
    /// Delete a case relation
    ///
    /// Removes the relation between a case and another case. `DELETE /v2/servicerequest/cases/{case_id}/relations`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.delete_relation().case_id("<case_id>").related_id("<related_id>").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn delete_relation(&self) -> crate::operations::DeleteRelation {
        crate::operations::DeleteRelation::new(self.clone())
    }
    /// Submit a satisfaction score
    ///
    /// Submits the satisfaction scores and evaluation of a case. `POST /v2/servicerequest/cases/{case_id}/score` — not retried once sent.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client
    ///     .create_scores()
    ///     .case_id("<case_id>")
    ///     .incident_satisfaction_list([osm_client::types::IncidentSatisfactionV2Do { per_value: None, sat_category_id: None, sat_category_name: None, satisfaction_id: None, satisfaction_name: None, satisfaction_value: None, value: None }])
    ///     .judgement("<judgement>")
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn create_scores(&self) -> crate::operations::CreateScores {
        crate::operations::CreateScores::new(self.clone())
    }
    /// Show the status of a case
    ///
    /// Shows the current status of a case. `GET /v2/servicerequest/cases/{case_id}/status`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.show_case_status().case_id("<case_id>").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn show_case_status(&self) -> crate::operations::ShowCaseStatus {
        crate::operations::ShowCaseStatus::new(self.clone())
    }
    /// Show case quotas
    ///
    /// Shows the case quota (total and unused) for a product category and problem type. `GET /v2/servicerequest/quotas`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_case_quotas().business_type_id("<business_type_id>").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_case_quotas(&self) -> crate::operations::ListCaseQuotas {
        crate::operations::ListCaseQuotas::new(self.clone())
    }
    /// Poll for instant messages
    ///
    /// Polls for new messages on the given cases since the last query. Pass the returned last_message_time_id back on the next poll. `GET /v2/servicerequest/cases/instant-messages`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_new_instant_messages().case_ids(["<case_ids>"]).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_new_instant_messages(
        &self,
    ) -> crate::operations::ListNewInstantMessages {
        crate::operations::ListNewInstantMessages::new(self.clone())
    }
    /// List unread messages
    ///
    /// Lists the number of unread messages of the given cases. `GET /v2/servicerequest/cases/instant-messages/unread`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_unread_new_instant_messages().case_ids(["<case_ids>"]).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_unread_new_instant_messages(
        &self,
    ) -> crate::operations::ListUnreadNewInstantMessages {
        crate::operations::ListUnreadNewInstantMessages::new(self.clone())
    }
    /// List more messages
    ///
    /// Lists older messages of a case, before the given message time (for paging back through a conversation). `GET /v2/servicerequest/cases/{case_id}/instant-messages/more`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client
    ///     .list_more_instant_messages()
    ///     .case_id("<case_id>")
    ///     .create_time("<create_time>")
    ///     .type_(osm_client::types::MessageType::Customer)
    ///     .limit(1)
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn list_more_instant_messages(
        &self,
    ) -> crate::operations::ListMoreInstantMessages {
        crate::operations::ListMoreInstantMessages::new(self.clone())
    }
    /// Mark messages as read
    ///
    /// Marks the messages of a case as read. `POST /v2/servicerequest/cases/{case_id}/instant-messages/unread`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.update_new_instant_messages_read().case_id("<case_id>").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn update_new_instant_messages_read(
        &self,
    ) -> crate::operations::UpdateNewInstantMessagesRead {
        crate::operations::UpdateNewInstantMessagesRead::new(self.clone())
    }
    /// Withdraw a message
    ///
    /// Withdraws a message previously posted on a case. `POST /v2/servicerequest/cases/{case_id}/instant-messages/{message_id}/withdraw` — not retried once sent.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.revoke_message().case_id("<case_id>").message_id("<message_id>").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn revoke_message(&self) -> crate::operations::RevokeMessage {
        crate::operations::RevokeMessage::new(self.clone())
    }
    /// Post a message
    ///
    /// Posts a message (comment) on a case, optionally with attachments uploaded beforehand. `POST /v2/servicerequest/cases/{case_id}/message` — not retried once sent.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client
    ///     .create_messages()
    ///     .case_id("<case_id>")
    ///     .message(osm_client::types::CreateMessageDoV2 { accessory_ids: Default::default(), content: None })
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn create_messages(&self) -> crate::operations::CreateMessages {
        crate::operations::CreateMessages::new(self.clone())
    }
    /// List messages
    ///
    /// Lists the messages of a case. `GET /v2/servicerequest/cases/{case_id}/messages` — paginated: `into_stream()` reads every page.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_messages().case_id("<case_id>").send().await?;
    /// use futures::TryStreamExt; // every item of every page:
    /// let all: Vec<_> = client.list_messages().case_id("<case_id>").into_stream().try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_messages(&self) -> crate::operations::ListMessages {
        crate::operations::ListMessages::new(self.clone())
    }
    /// List the labels of a case
    ///
    /// Lists the labels attached to a case. `GET /v2/servicerequest/cases/{case_id}/labels`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_case_labels().case_id("<case_id>").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_case_labels(&self) -> crate::operations::ListCaseLabels {
        crate::operations::ListCaseLabels::new(self.clone())
    }
    /// Add labels to a case
    ///
    /// Attaches labels to a case (at most 5). `POST /v2/servicerequest/cases/{case_id}/labels` — not retried once sent.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.create_case_labels().case_id("<case_id>").label_ids([1]).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn create_case_labels(&self) -> crate::operations::CreateCaseLabels {
        crate::operations::CreateCaseLabels::new(self.clone())
    }
    /// Remove labels from a case
    ///
    /// Removes the given labels from the specified case. `DELETE /v2/servicerequest/cases/{case_id}/labels`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.delete_case_labels().case_id("<case_id>").label_ids([1]).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn delete_case_labels(&self) -> crate::operations::DeleteCaseLabels {
        crate::operations::DeleteCaseLabels::new(self.clone())
    }
    /// List labels
    ///
    /// Lists the labels of the account, optionally filtered by name (fuzzy) or ID. `GET /v2/servicerequest/labels` — paginated: `into_stream()` reads every page.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_labels().send().await?;
    /// use futures::TryStreamExt; // every item of every page:
    /// let all: Vec<_> = client.list_labels().into_stream().try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_labels(&self) -> crate::operations::ListLabels {
        crate::operations::ListLabels::new(self.clone())
    }
    /// Create a label
    ///
    /// Creates a label that can then be attached to cases. `POST /v2/servicerequest/labels` — not retried once sent.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.create_labels().color("<color>").name("<name>").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn create_labels(&self) -> crate::operations::CreateLabels {
        crate::operations::CreateLabels::new(self.clone())
    }
    /// Update a label
    ///
    /// Updates the name and color of a label. `PUT /v2/servicerequest/labels/{label_id}`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.update_labels().label_id(1).color("<color>").name("<name>").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn update_labels(&self) -> crate::operations::UpdateLabels {
        crate::operations::UpdateLabels::new(self.clone())
    }
    /// Delete a label
    ///
    /// Deletes a label, and with it every association between cases and that label. `DELETE /v2/servicerequest/labels/{label_id}`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.delete_labels().label_id(1).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn delete_labels(&self) -> crate::operations::DeleteLabels {
        crate::operations::DeleteLabels::new(self.clone())
    }
    /// Upload an attachment
    ///
    /// Uploads an attachment as multipart/form-data with a `file` part (the content) and a `form_data` part (a JSON document describing the upload, such as its source). The file must respect the limits (size, count, types) returned by show_accessory_limits. Returns the attachment ID to use in create_cases or create_messages. `POST /v2/servicerequest/accessorys` — a transfer (longer timeouts); not retried once sent.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client
    ///     .upload_accessory()
    ///     .file(osm_client::Attachment::from_bytes("log.txt", "hello"))
    ///     .form_data("<form_data>")
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn upload_accessory(&self) -> crate::operations::UploadAccessory {
        crate::operations::UploadAccessory::new(self.clone())
    }
    /// Get download links for attachments
    ///
    /// Gets download links for several attachments at once. `GET /v2/servicerequest/accessorys/access-urls`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_accessory_access_urls().accessory_ids(["<accessory_ids>"]).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_accessory_access_urls(
        &self,
    ) -> crate::operations::ListAccessoryAccessUrls {
        crate::operations::ListAccessoryAccessUrls::new(self.clone())
    }
    /// Upload an attachment
    ///
    /// Uploads an attachment as Base64 content inside a JSON body (intended for SDKs). The file must respect the limits (size, count, types) returned by show_accessory_limits. Returns the attachment ID. `POST /v2/servicerequest/accessorys/json-format-content` — a transfer (longer timeouts); not retried once sent.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client
    ///     .upload_json_accessories()
    ///     .accessory_data("<accessory_data>")
    ///     .accessory_from(osm_client::types::AccessoryFrom::Incident)
    ///     .accessory_name("<accessory_name>")
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn upload_json_accessories(&self) -> crate::operations::UploadJsonAccessories {
        crate::operations::UploadJsonAccessories::new(self.clone())
    }
    /// Show attachment limits
    ///
    /// Shows the limits on attachments, such as size, count and file types. `GET /v2/servicerequest/accessorys/limits`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.show_accessory_limits().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn show_accessory_limits(&self) -> crate::operations::ShowAccessoryLimits {
        crate::operations::ShowAccessoryLimits::new(self.clone())
    }
    /// Download attachments
    ///
    /// Downloads attachments as a byte stream; several IDs can be given, separated by commas. `GET /v2/servicerequest/accessorys/{accessory_id}` — a transfer (longer timeouts).
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let file = client.download_accessories().accessory_id("<accessory_id>").send().await?;
    /// file.save("download.bin").await?;
    /// # Ok(()) }
    /// ```
    pub fn download_accessories(&self) -> crate::operations::DownloadAccessories {
        crate::operations::DownloadAccessories::new(self.clone())
    }
    /// Delete an attachment
    ///
    /// Deletes an attachment. `DELETE /v2/servicerequest/accessorys/{accessory_id}`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.delete_accessories().accessory_id("<accessory_id>").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn delete_accessories(&self) -> crate::operations::DeleteAccessories {
        crate::operations::DeleteAccessories::new(self.clone())
    }
    /// Show an attachment download URL
    ///
    /// Gets a temporary download URL for an attachment. `GET /v2/servicerequest/accessorys/{accessory_id}/access-url`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client
    ///     .show_download_accessory_url()
    ///     .accessory_id("<accessory_id>")
    ///     .relation_type(osm_client::types::AccessoryRelationType::Default)
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn show_download_accessory_url(
        &self,
    ) -> crate::operations::ShowDownloadAccessoryUrl {
        crate::operations::ShowDownloadAccessoryUrl::new(self.clone())
    }
    /// Show an image
    ///
    /// Returns the content of an image attachment, for direct display in a page. `GET /v2/servicerequest/accessorys/{accessory_id}/image` — a transfer (longer timeouts).
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let file = client.download_images().accessory_id("<accessory_id>").send().await?;
    /// file.save("download.bin").await?;
    /// # Ok(()) }
    /// ```
    pub fn download_images(&self) -> crate::operations::DownloadImages {
        crate::operations::DownloadImages::new(self.clone())
    }
    /// List authorizations
    ///
    /// Lists the authorizations requested by support engineers, filtered by status, sub-account or description. `GET /v2/servicerequest/authorizations` — paginated: `into_stream()` reads every page.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_authorizations().send().await?;
    /// use futures::TryStreamExt; // every item of every page:
    /// let all: Vec<_> = client.list_authorizations().into_stream().try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_authorizations(&self) -> crate::operations::ListAuthorizations {
        crate::operations::ListAuthorizations::new(self.clone())
    }
    /// Verify an authorized host
    ///
    /// Checks whether the account and password of an authorized host are correct. `POST /v2/servicerequest/authorizations/authorization-details/{authorization_detail_id}/verify-host` — not retried once sent.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client
    ///     .check_hosts()
    ///     .authorization_detail_id(1)
    ///     .account("<account>")
    ///     .password("<password>")
    ///     .port(1)
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn check_hosts(&self) -> crate::operations::CheckHosts {
        crate::operations::CheckHosts::new(self.clone())
    }
    /// Show the login type
    ///
    /// Shows the login type of the current user. `GET /v2/servicerequest/authorizations/login-type`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.show_login_type().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn show_login_type(&self) -> crate::operations::ShowLoginType {
        crate::operations::ShowLoginType::new(self.clone())
    }
    /// Show authorization details
    ///
    /// Shows the details of an authorization, including the authorized resources. `GET /v2/servicerequest/authorizations/{authorization_id}`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.show_authorization_detail().authorization_id("<authorization_id>").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn show_authorization_detail(
        &self,
    ) -> crate::operations::ShowAuthorizationDetail {
        crate::operations::ShowAuthorizationDetail::new(self.clone())
    }
    /// Confirm an authorization
    ///
    /// Confirms (grants) an authorization requested by a support engineer, with its time window and resource credentials. `PUT /v2/servicerequest/authorizations/{authorization_id}`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.confirm_authorizations().authorization_id("<authorization_id>").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn confirm_authorizations(&self) -> crate::operations::ConfirmAuthorizations {
        crate::operations::ConfirmAuthorizations::new(self.clone())
    }
    /// Reject or revoke an authorization
    ///
    /// Rejects or revokes an authorization; action_id chooses reject or cancel. `PUT /v2/servicerequest/authorizations/{authorization_id}/action`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.update_authorizations().authorization_id("<authorization_id>").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn update_authorizations(&self) -> crate::operations::UpdateAuthorizations {
        crate::operations::UpdateAuthorizations::new(self.clone())
    }
    /// List bastion host history sessions
    ///
    /// Lists the bastion host sessions opened under an authorization detail. `GET /v2/servicerequest/authorizations/{authorization_id}/authorization-details/{authorization_detail_id}/history-sessions` — paginated: `into_stream()` reads every page.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client
    ///     .list_history_sessions()
    ///     .authorization_id("<authorization_id>")
    ///     .authorization_detail_id(1)
    ///     .send()
    ///     .await?;
    /// use futures::TryStreamExt; // every item of every page:
    /// let all: Vec<_> = client
    ///     .list_history_sessions()
    ///     .authorization_id("<authorization_id>")
    ///     .authorization_detail_id(1)
    ///     .into_stream()
    ///     .try_collect()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn list_history_sessions(&self) -> crate::operations::ListHistorySessions {
        crate::operations::ListHistorySessions::new(self.clone())
    }
    /// List bastion host file transfer records
    ///
    /// Lists the files transferred during a bastion host session. `GET /v2/servicerequest/authorizations/{authorization_id}/authorization-details/{authorization_detail_id}/sessions/{session_id}/operation-file-logs` — paginated: `into_stream()` reads every page.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client
    ///     .list_transport_histories()
    ///     .authorization_id("<authorization_id>")
    ///     .authorization_detail_id(1)
    ///     .session_id(1)
    ///     .send()
    ///     .await?;
    /// use futures::TryStreamExt; // every item of every page:
    /// let all: Vec<_> = client
    ///     .list_transport_histories()
    ///     .authorization_id("<authorization_id>")
    ///     .authorization_detail_id(1)
    ///     .session_id(1)
    ///     .into_stream()
    ///     .try_collect()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn list_transport_histories(&self) -> crate::operations::ListTransportHistories {
        crate::operations::ListTransportHistories::new(self.clone())
    }
    /// List bastion host operation history
    ///
    /// Lists the commands executed during a bastion host session. `GET /v2/servicerequest/authorizations/{authorization_id}/authorization-details/{authorization_detail_id}/sessions/{session_id}/operation-logs` — paginated: `into_stream()` reads every page.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client
    ///     .list_history_operate_logs()
    ///     .authorization_id("<authorization_id>")
    ///     .authorization_detail_id(1)
    ///     .session_id(1)
    ///     .send()
    ///     .await?;
    /// use futures::TryStreamExt; // every item of every page:
    /// let all: Vec<_> = client
    ///     .list_history_operate_logs()
    ///     .authorization_id("<authorization_id>")
    ///     .authorization_detail_id(1)
    ///     .session_id(1)
    ///     .into_stream()
    ///     .try_collect()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn list_history_operate_logs(
        &self,
    ) -> crate::operations::ListHistoryOperateLogs {
        crate::operations::ListHistoryOperateLogs::new(self.clone())
    }
    /// List agencies
    ///
    /// Lists the IAM agencies of the account that can be used to grant access to support engineers. `GET /v2/servicerequest/agencies`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_agencies().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_agencies(&self) -> crate::operations::ListAgencies {
        crate::operations::ListAgencies::new(self.clone())
    }
    /// Show the latest published agreement
    ///
    /// Shows the latest published version of an agreement of the given type. `GET /v2/servicerequest/agreements/published-agreement`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.show_latest_published_agreement().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn show_latest_published_agreement(
        &self,
    ) -> crate::operations::ShowLatestPublishedAgreement {
        crate::operations::ShowLatestPublishedAgreement::new(self.clone())
    }
    /// Check whether the latest agreement is signed
    ///
    /// Checks whether the user has signed the latest published agreement of the given type. `GET /v2/servicerequest/agreements/signed-latest`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.show_signed_latest_published_agreement().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn show_signed_latest_published_agreement(
        &self,
    ) -> crate::operations::ShowSignedLatestPublishedAgreement {
        crate::operations::ShowSignedLatestPublishedAgreement::new(self.clone())
    }
    /// Sign an agreement
    ///
    /// Signs an agreement. `POST /v2/servicerequest/agreements/{id}/signed` — not retried once sent.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.sign_published_agreement().id(1).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn sign_published_agreement(&self) -> crate::operations::SignPublishedAgreement {
        crate::operations::SignPublishedAgreement::new(self.clone())
    }
    /// Submit diagnosis feedback
    ///
    /// Tells whether a diagnosis was helpful. `POST /v2.0/servicerequest/diagnose/feedback` — not retried once sent.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.create_diagnose_feedback().is_helpful(true).type_(1).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn create_diagnose_feedback(&self) -> crate::operations::CreateDiagnoseFeedback {
        crate::operations::CreateDiagnoseFeedback::new(self.clone())
    }
    /// Get the result of a diagnosis job
    ///
    /// Gets the result of a diagnosis job; poll until the job status is final (3 completed; 4, 7, 8 failed). `GET /v2.0/servicerequest/diagnose/job`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_diagnose_job().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_diagnose_job(&self) -> crate::operations::ListDiagnoseJob {
        crate::operations::ListDiagnoseJob::new(self.clone())
    }
    /// Get diagnosis check item results
    ///
    /// Gets the detailed results of specific check items of a diagnosis job. `POST /v2.0/servicerequest/diagnose/job/show-items`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_diagnose_items().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_diagnose_items(&self) -> crate::operations::ListDiagnoseItems {
        crate::operations::ListDiagnoseItems::new(self.clone())
    }
    /// Start a one-click diagnosis
    ///
    /// Starts a one-click diagnosis of a resource and returns the job ID. `POST /v2.0/servicerequest/diagnose/job/start` — not retried once sent.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.create_diagnose_job().type_(1).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn create_diagnose_job(&self) -> crate::operations::CreateDiagnoseJob {
        crate::operations::CreateDiagnoseJob::new(self.clone())
    }
    /// Get diagnosable resources
    ///
    /// Lists the resources of a project and region that can be diagnosed. `POST /v2.0/servicerequest/diagnose/job/vm/resources`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_diagnose_resources().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_diagnose_resources(&self) -> crate::operations::ListDiagnoseResources {
        crate::operations::ListDiagnoseResources::new(self.clone())
    }
    /// List diagnosis history records
    ///
    /// Lists past diagnosis records, page by page. `GET /v2.0/servicerequest/diagnose/records` — paginated: `into_stream()` reads every page.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_diagnose_records().send().await?;
    /// use futures::TryStreamExt; // every item of every page:
    /// let all: Vec<_> = client.list_diagnose_records().into_stream().try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_diagnose_records(&self) -> crate::operations::ListDiagnoseRecords {
        crate::operations::ListDiagnoseRecords::new(self.clone())
    }
    /// List country calling codes
    ///
    /// Lists country calling codes, used for the contact details on the case submission page. `GET /v2/servicerequest/config/area-codes`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_area_codes().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_area_codes(&self) -> crate::operations::ListAreaCodes {
        crate::operations::ListAreaCodes::new(self.clone())
    }
    /// List case categories
    ///
    /// Lists the case categories (sub-types), each with its product categories. `GET /v2/servicerequest/config/categories`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_case_categories().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_case_categories(&self) -> crate::operations::ListCaseCategories {
        crate::operations::ListCaseCategories::new(self.clone())
    }
    /// List additional parameters
    ///
    /// Lists the additional parameters to fill in when submitting a case; they differ by product or problem type. `GET /v2/servicerequest/config/extends-map`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_extends_params().business_type_id("<business_type_id>").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_extends_params(&self) -> crate::operations::ListExtendsParams {
        crate::operations::ListExtendsParams::new(self.clone())
    }
    /// List case limits
    ///
    /// Shows the case limits of the tenant, such as the maximum number of CC email addresses. `GET /v2/servicerequest/config/limits`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_case_limits().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_case_limits(&self) -> crate::operations::ListCaseLimits {
        crate::operations::ListCaseLimits::new(self.clone())
    }
    /// List problem types
    ///
    /// Lists the problem types of a product category; choose one after choosing the product category when submitting a case. `GET /v2/servicerequest/config/problems`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_problem_types().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_problem_types(&self) -> crate::operations::ListProblemTypes {
        crate::operations::ListProblemTypes::new(self.clone())
    }
    /// List product categories
    ///
    /// Lists the product categories, optionally filtered by name. `GET /v2/servicerequest/config/product-categories`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_product_categories().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_product_categories(&self) -> crate::operations::ListProductCategories {
        crate::operations::ListProductCategories::new(self.clone())
    }
    /// List regions
    ///
    /// Lists the regions a case can concern. `GET /v2/servicerequest/config/regions`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_regions().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_regions(&self) -> crate::operations::ListRegions {
        crate::operations::ListRegions::new(self.clone())
    }
    /// List satisfaction dimensions
    ///
    /// Lists the satisfaction dimensions used to score a case. `GET /v2/servicerequest/config/satisfaction-dimensions`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_satisfaction_dimensions().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_satisfaction_dimensions(
        &self,
    ) -> crate::operations::ListSatisfactionDimensions {
        crate::operations::ListSatisfactionDimensions::new(self.clone())
    }
    /// List severities
    ///
    /// Lists the severity levels a case can have. `GET /v2/servicerequest/config/severities`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client
    ///     .list_severities()
    ///     .product_category_id("<product_category_id>")
    ///     .business_type_id("<business_type_id>")
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn list_severities(&self) -> crate::operations::ListSeverities {
        crate::operations::ListSeverities::new(self.clone())
    }
    /// List templates for a problem type
    ///
    /// Lists the case description templates of a problem type. `GET /v2/servicerequest/config/templates`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_case_templates().business_type_id("<business_type_id>").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_case_templates(&self) -> crate::operations::ListCaseTemplates {
        crate::operations::ListCaseTemplates::new(self.clone())
    }
    /// Show a configuration item
    ///
    /// Shows the value of a configuration item. `GET /v2/servicerequest/configurations/{config_key}`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.show_configuration().config_key("<config_key>").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn show_configuration(&self) -> crate::operations::ShowConfiguration {
        crate::operations::ShowConfiguration::new(self.clone())
    }
    /// Verify a contact
    ///
    /// Verifies a contact (phone or email) with the code sent by send_verify_codes. `POST /v2/servicerequest/verifycodes` — not retried once sent.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client
    ///     .check_verify_codes()
    ///     .contact_value("<contact_value>")
    ///     .contact_way(osm_client::types::ContactWay::Phone)
    ///     .verify_code("<verify_code>")
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn check_verify_codes(&self) -> crate::operations::CheckVerifyCodes {
        crate::operations::CheckVerifyCodes::new(self.clone())
    }
    /// List verified contacts
    ///
    /// Lists the contacts that have been verified; their serial IDs go into the verification headers of create_cases. `GET /v2/servicerequest/verifycodes/has-verified` — paginated: `into_stream()` reads every page.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_has_verified_contacts().send().await?;
    /// use futures::TryStreamExt; // every item of every page:
    /// let all: Vec<_> = client.list_has_verified_contacts().into_stream().try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_has_verified_contacts(
        &self,
    ) -> crate::operations::ListHasVerifiedContacts {
        crate::operations::ListHasVerifiedContacts::new(self.clone())
    }
    /// Check whether verification is needed
    ///
    /// Checks whether a contact must be verified before it can be used in a case. `GET /v2/servicerequest/verifycodes/need-verify`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client
    ///     .check_need_verify()
    ///     .contact_value("<contact_value>")
    ///     .contact_way(osm_client::types::ContactWay::Phone)
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn check_need_verify(&self) -> crate::operations::CheckNeedVerify {
        crate::operations::CheckNeedVerify::new(self.clone())
    }
    /// Send a verification code
    ///
    /// Sends a verification code to a contact by SMS or email. `POST /v2/servicerequest/verifycodes/send` — not retried once sent.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client
    ///     .send_verify_codes()
    ///     .area_code("<area_code>")
    ///     .contact_value("<contact_value>")
    ///     .contact_way(osm_client::types::ContactWay::Phone)
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn send_verify_codes(&self) -> crate::operations::SendVerifyCodes {
        crate::operations::SendVerifyCodes::new(self.clone())
    }
    /// Check case privileges
    ///
    /// Checks whether the user has a case privilege. `GET /v2/servicerequest/privileges`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_privileges().privilege(osm_client::types::Privilege::Export).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_privileges(&self) -> crate::operations::ListPrivileges {
        crate::operations::ListPrivileges::new(self.clone())
    }
    /// Create a privilege
    ///
    /// Grants or removes a case privilege (create or delete). `POST /v2/servicerequest/privileges` — not retried once sent.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.create_privileges().operation("<operation>").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn create_privileges(&self) -> crate::operations::CreatePrivileges {
        crate::operations::CreatePrivileges::new(self.clone())
    }
    /// Show the case submission privilege policy
    ///
    /// Shows whether the case submission restriction is enabled. The main account can enable it; once enabled, sub-accounts cannot submit cases by default. `GET /v2/servicerequest/privileges/privilege-policy`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.show_customer_privilege_policy().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn show_customer_privilege_policy(
        &self,
    ) -> crate::operations::ShowCustomerPrivilegePolicy {
        crate::operations::ShowCustomerPrivilegePolicy::new(self.clone())
    }
    /// List regions associated with the user
    ///
    /// Lists the regions associated with the user. `GET /v2/servicerequest/customers/regions`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_customers_regions().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_customers_regions(&self) -> crate::operations::ListCustomersRegions {
        crate::operations::ListCustomersRegions::new(self.clone())
    }
    /// List sub-users
    ///
    /// Lists the sub-users of the account (anonymized). `GET /v2/servicerequest/customers/sub-customers`.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client.list_sub_customers().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_sub_customers(&self) -> crate::operations::ListSubCustomers {
        crate::operations::ListSubCustomers::new(self.clone())
    }
    /// Create an abuse or infringement report
    ///
    /// Files an abuse or intellectual property infringement report. `POST /v2/servicerequest/feedbacks` — not retried once sent.
    ///
    /// ```no_run
    /// # async fn example(client: osm_client::Client) -> osm_client::Result<()> {
    /// let answer = client
    ///     .create_feedback()
    ///     .contacts(osm_client::types::ContactWayInfoV2 { address: None, area: None, company_name: None, id_files: Default::default(), id_type: None, mail: None, mobile: None, name: None, other_way: None })
    ///     .content("<content>")
    ///     .files(["<files>"])
    ///     .title("<title>")
    ///     .type_("<type>")
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn create_feedback(&self) -> crate::operations::CreateFeedback {
        crate::operations::CreateFeedback::new(self.clone())
    }
}
/// progenitor's positional client: the crate-private request layer the builders call.
#[allow(dead_code, unused_imports, clippy::all)]
pub(crate) mod raw {
    #[allow(unused_imports)]
    pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
    #[allow(unused_imports)]
    use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
    /// Types used as operation parameters and responses.
    #[allow(clippy::all)]
    pub mod types {
        ///Request body of upload_json_accessories.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct AccessoryJsonFormatReq {
            ///File content, Base64-encoded.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub accessory_data: ::std::option::Option<::std::string::String>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub accessory_from: ::std::option::Option<crate::types::AccessoryFrom>,
            ///File name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub accessory_name: ::std::option::Option<::std::string::String>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub upload_type: ::std::option::Option<crate::types::UploadType>,
        }
        ///Limits that apply to attachments.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct AccessoryLimitVo {
            ///Maximum number of files.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub limit_count: ::std::option::Option<::std::string::String>,
            ///Allowed file types.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub limit_file_type: ::std::option::Option<::std::string::String>,
            ///Maximum file size, in MB.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub limit_size: ::std::option::Option<::std::string::String>,
        }
        ///A download link for one attachment.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct AccessoryUrl {
            ///Attachment ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub accessory_id: ::std::option::Option<::std::string::String>,
            ///File name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub accessory_name: ::std::option::Option<::std::string::String>,
            ///Attachment link.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub accessory_url: ::std::option::Option<::std::string::String>,
        }
        ///An IAM agency (delegation) of the account.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct AgencyV2 {
            ///Creation time.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub create_time: ::std::option::Option<::std::string::String>,
            ///Duration of the agency.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub duration: ::std::option::Option<::std::string::String>,
            ///Expiry time.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub expire_time: ::std::option::Option<::std::string::String>,
            ///Agency ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub id: ::std::option::Option<::std::string::String>,
            ///Agency name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub name: ::std::option::Option<::std::string::String>,
            ///ID of the delegated (trusted) account.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub trust_domain_id: ::std::option::Option<::std::string::String>,
            ///Name of the delegated (trusted) account.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub trust_domain_name: ::std::option::Option<::std::string::String>,
        }
        ///Request body of confirm_authorizations.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct AgreeTenantAuthorizationV2Req {
            ///Agency ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub agency_id: ::std::option::Option<::std::string::String>,
            ///Authorization details.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub auth_detail_list: ::std::vec::Vec<TenantAgreeAuthDetailV2>,
            ///Time from which the authorization is effective.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub auth_effective_time: ::std::option::Option<i64>,
            ///Time at which the authorization expires.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub auth_expire_time: ::std::option::Option<i64>,
            ///Huawei Cloud IAM group ID; required when operating on another case of the same group.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub group_id: ::std::option::Option<::std::string::String>,
        }
        ///A published service agreement.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct AgreementVo {
            ///Agreement name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub agreement_name: ::std::option::Option<::std::string::String>,
            ///Agreement type.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub agreement_type: ::std::option::Option<::std::string::String>,
            ///Agreement type name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub agreement_type_name: ::std::option::Option<::std::string::String>,
            ///Content.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub content: ::std::option::Option<::std::string::String>,
            ///Agreement ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub id: ::std::option::Option<::std::string::String>,
            ///Version.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub version: ::std::option::Option<i32>,
        }
        ///A country calling code.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct AreaCodeSimpleInfoV2 {
            ///Country calling code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub area_code: ::std::option::Option<::std::string::String>,
            ///Country name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub area_name: ::std::option::Option<::std::string::String>,
            ///Unique ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub id: ::std::option::Option<i32>,
        }
        ///A label.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CaseLabelInfo {
            ///Label color.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub color: ::std::option::Option<::std::string::String>,
            ///Label ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub label_id: ::std::option::Option<i32>,
            ///Label name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub name: ::std::option::Option<::std::string::String>,
        }
        ///A label as returned by the legacy case list.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CaseQueryLabel {
            ///Label color.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub color: ::std::option::Option<::std::string::String>,
            ///Label ID.
            #[serde(
                rename = "labelId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub label_id: ::std::option::Option<::std::string::String>,
            ///Label name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub name: ::std::option::Option<::std::string::String>,
        }
        ///Brief information about a related case.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CaseRealtionInfo {
            ///Case ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub case_id: ::std::option::Option<::std::string::String>,
            ///Brief description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub simple_description: ::std::option::Option<::std::string::String>,
            ///Submitter, i.e. the user name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub user_name: ::std::option::Option<::std::string::String>,
        }
        ///Response body of check_hosts.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CheckHostsResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///Response body of check_need_verify.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CheckNeedVerifyResponse {
            ///Expiry time.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub expire_time: ::std::option::Option<::std::string::String>,
            ///Whether a verification code is needed: 0 no, 1 yes.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub need_verify_code: ::std::option::Option<i32>,
        }
        ///Response body of check_verify_codes.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CheckVerifyCodesResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///An additional parameter that applies to every case.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CommonParamV2 {
            ///Whether the parameter is required.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub is_required: ::std::option::Option<i32>,
            ///Whether the parameter is shown.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub is_show: ::std::option::Option<i32>,
            ///Parameter key.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub param_key: ::std::option::Option<::std::string::String>,
            ///Parameter name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub param_name: ::std::option::Option<::std::string::String>,
        }
        ///Response body of confirm_authorizations.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ConfirmAuthorizationsResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///A verified contact.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ContactV2 {
            ///Country calling code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub area_code: ::std::option::Option<::std::string::String>,
            ///Contact value (the phone number or email address).
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub contact_value: ::std::option::Option<::std::string::String>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub contact_way: ::std::option::Option<crate::types::ContactWay>,
            ///Verification serial ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub verified_id: ::std::option::Option<::std::string::String>,
        }
        ///Contact details of the person filing a report.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ContactWayInfoV2 {
            ///Address.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub address: ::std::option::Option<::std::string::String>,
            ///Country or region.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub area: ::std::option::Option<::std::string::String>,
            ///Company name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub company_name: ::std::option::Option<::std::string::String>,
            ///Attachments proving identity, at least 1 and at most 3.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub id_files: ::std::vec::Vec<::std::string::String>,
            ///Identity: 10 enterprise; 20 individual; 21 authorized agent; 22 lawyer; 23 intellectual property owner.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub id_type: ::std::option::Option<i32>,
            ///Contact email address.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub mail: ::std::option::Option<::std::string::String>,
            ///Contact phone number.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub mobile: ::std::option::Option<::std::string::String>,
            ///Name of the person or organization.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub name: ::std::option::Option<::std::string::String>,
            ///Other contact details.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub other_way: ::std::option::Option<::std::string::String>,
        }
        ///Request body of create_privileges.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CreateAndDeletePrivilegeReq {
            ///Operation to perform: create or delete.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub operation: ::std::option::Option<::std::string::String>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub privilege: ::std::option::Option<crate::types::Privilege>,
        }
        ///Response body of create_case_extends_param.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CreateCaseExtendsParamResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///Response body of create_case_labels.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CreateCaseLabelsResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///Response body of create_cases.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CreateCasesResponse {
            ///Case ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_id: ::std::option::Option<::std::string::String>,
        }
        ///Response body of create_diagnose_feedback.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CreateDiagnoseFeedbackResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///Response body of create_diagnose_job.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CreateDiagnoseJobResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
            ///Diagnosis tool job ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub job_id: ::std::option::Option<::std::string::String>,
        }
        ///Request body of create_diagnose_feedback.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CreateFeedbackReq {
            ///Feedback content.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub content: ::std::option::Option<::std::string::String>,
            ///Whether the diagnosis was helpful.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub is_helpful: ::std::option::Option<bool>,
            ///Job type, for example 1 ECS diagnosis job, 2 RDS diagnosis job.
            #[serde(
                rename = "type",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub type_: ::std::option::Option<i32>,
        }
        ///Response body of create_feedback.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CreateFeedbackResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///Request body of create_feedback.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CreateFeedbackV2Req {
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub contacts: ::std::option::Option<ContactWayInfoV2>,
            ///Details of the infringement or content of the report, with an explanation.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub content: ::std::option::Option<::std::string::String>,
            ///Attachments with supporting evidence.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub files: ::std::vec::Vec<::std::string::String>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub ip: ::std::option::Option<IntellectualPropertyV2>,
            ///The Huawei Cloud product or service concerned, or the reported URL.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub title: ::std::option::Option<::std::string::String>,
            ///Report type.
            #[serde(
                rename = "type",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub type_: ::std::option::Option<::std::string::String>,
        }
        ///Request body of create_labels.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CreateLabelsReq {
            ///Color value, such as #000000.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub color: ::std::option::Option<::std::string::String>,
            ///Label name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub name: ::std::option::Option<::std::string::String>,
        }
        ///Response body of create_labels.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CreateLabelsResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///A message to post on a case.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CreateMessageDoV2 {
            ///Attachment IDs, as returned by "upload an attachment".
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub accessory_ids: ::std::vec::Vec<::std::string::String>,
            ///Message content.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub content: ::std::option::Option<::std::string::String>,
        }
        ///Request body of create_messages.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CreateMessageV2Req {
            ///Huawei Cloud IAM group ID; required when operating on another case of the same group.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub group_id: ::std::option::Option<::std::string::String>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub message: ::std::option::Option<CreateMessageDoV2>,
        }
        ///Response body of create_messages.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CreateMessagesResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///Request body of create_cases.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CreateOrderIncidentV2Req {
            ///Attachment IDs, as returned by "upload an attachment".
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub accessory_ids: ::std::vec::Vec<::std::string::String>,
            ///Country calling code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub area_code: ::std::option::Option<::std::string::String>,
            ///Problem type of the case, from "list problem types".
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub business_type_id: ::std::option::Option<::std::string::String>,
            ///Additional parameters.
            #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
            pub extends_map: ::serde_json::Map<
                ::std::string::String,
                ::serde_json::Value,
            >,
            ///Extension parameters.
            #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
            pub extension_map: ::serde_json::Map<
                ::std::string::String,
                ::serde_json::Value,
            >,
            ///Case sub-type, from "list case categories".
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_sub_type_id: ::std::option::Option<::std::string::String>,
            ///Product category of the case, from "list case categories".
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub product_category_id: ::std::option::Option<::std::string::String>,
            ///Project ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub project_id: ::std::option::Option<::std::string::String>,
            ///Region ID; required when the case type of business_type_id is 5 (fault report), see "list problem types".
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub region_id: ::std::option::Option<::std::string::String>,
            ///Reminder email address.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub remind_mail: ::std::option::Option<::std::string::String>,
            ///Reminder mobile number.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub remind_mobile: ::std::option::Option<::std::string::String>,
            ///Reminder time: 0 for any time, otherwise a time range in the customer's preferred time zone, such as 09:00-18:00.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub remind_time: ::std::option::Option<::std::string::String>,
            ///Severity ID, from "list severities".
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub severity_id: ::std::option::Option<::std::string::String>,
            ///Problem description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub simple_description: ::std::option::Option<::std::string::String>,
            ///Case source; currently always 83aeb0f2834c4df49826c781d32a963e.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub source_id: ::std::option::Option<::std::string::String>,
            ///Verification code; for a contact that is not registered, obtain one with "send a verification code".
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub verify_code: ::std::option::Option<::std::string::String>,
        }
        ///Response body of create_privileges.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CreatePrivilegesResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///Request body of create_relations.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CreateRelationsReq {
            ///Huawei Cloud IAM group ID; required when operating on another case of the same group.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub group_id: ::std::option::Option<::std::string::String>,
            ///IDs of the cases to relate, at most 3.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub related_id_list: ::std::vec::Vec<::std::string::String>,
        }
        ///Response body of create_relations.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CreateRelationsResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///Request body of create_scores.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CreateScoreV2Req {
            ///Huawei Cloud IAM group ID; required when operating on another case of the same group.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub group_id: ::std::option::Option<::std::string::String>,
            ///Satisfaction scores.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub incident_satisfaction_list: ::std::vec::Vec<IncidentSatisfactionV2Do>,
            ///Evaluation comment.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub judgement: ::std::option::Option<::std::string::String>,
        }
        ///Response body of create_scores.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct CreateScoresResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///A region (data center) a case can concern.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct DataCenterV2Do {
            ///Whether the region is sensitive.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub is_sensitive: ::std::option::Option<i32>,
            ///Region ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub region_id: ::std::option::Option<::std::string::String>,
            ///Region name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub region_name: ::std::option::Option<::std::string::String>,
            #[serde(
                rename = "type",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub type_: ::std::option::Option<crate::types::RegionType>,
        }
        ///Response body of delete_accessories.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct DeleteAccessoriesResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///Response body of delete_case_labels.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct DeleteCaseLabelsResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///Response body of delete_labels.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct DeleteLabelsResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///Response body of delete_relation.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct DeleteRelationResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///Request body of delete_relation.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct DeleteRelationsReq {
            ///Huawei Cloud IAM group ID; required when operating on another case of the same group.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub group_id: ::std::option::Option<::std::string::String>,
            ///ID of the case to unrelate.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub related_id: ::std::option::Option<::std::string::String>,
        }
        ///A diagnosis history record.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct DiagnoseRecordVo {
            ///IDs of the abnormal check items.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub abnormal_items: ::std::vec::Vec<::std::string::String>,
            ///Creation timestamp.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub create_time: ::std::option::Option<i64>,
            ///Creator (account ID).
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub domain_id: ::std::option::Option<::std::string::String>,
            ///ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub id: ::std::option::Option<::std::string::String>,
            ///Job ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub job_id: ::std::option::Option<::std::string::String>,
            ///Attributes specific to each kind of diagnosis.
            #[serde(
                default,
                skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
            )]
            pub params: ::std::collections::BTreeMap<
                ::std::string::String,
                ::std::string::String,
            >,
            ///Number of abnormal items.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub red_count: ::std::option::Option<i32>,
            ///Region.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub region: ::std::option::Option<::std::string::String>,
            ///Status.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub status: ::std::option::Option<::std::string::String>,
        }
        ///A resource that can be diagnosed.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct DiagnoseResourceVo {
            ///IPv4 address.
            #[serde(
                rename = "accessIPv4",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub access_i_pv4: ::std::option::Option<::std::string::String>,
            ///IPv6 address.
            #[serde(
                rename = "accessIPv6",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub access_i_pv6: ::std::option::Option<::std::string::String>,
            ///Fault information (the SDKs document this field as "ID").
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub fault: ::std::option::Option<::std::string::String>,
            ///Host ID.
            #[serde(
                rename = "hostId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub host_id: ::std::option::Option<::std::string::String>,
            ///Resource ID (the SDKs document this field as "status").
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub id: ::std::option::Option<::std::string::String>,
            ///Resource metadata.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub metadata: ::std::option::Option<::serde_json::Value>,
            ///Name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub name: ::std::option::Option<::std::string::String>,
            ///Progress.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub progress: ::std::option::Option<::std::string::String>,
            ///Status.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub status: ::std::option::Option<::std::string::String>,
            ///Tenant ID (the SDKs call it the front-end ID).
            #[serde(
                rename = "tenantId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub tenant_id: ::std::option::Option<::std::string::String>,
            ///User ID.
            #[serde(
                rename = "userId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub user_id: ::std::option::Option<::std::string::String>,
        }
        ///An additional parameter that depends on the product or problem type.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ExtendsParamV2 {
            ///Default value.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub default_value: ::std::option::Option<::std::string::String>,
            ///Whether the parameter is sensitive.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub is_sensitive: ::std::option::Option<i32>,
            ///Whether the parameter is shown.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub is_show: ::std::option::Option<i32>,
            ///Language.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub language: ::std::option::Option<::std::string::String>,
            ///Maximum length.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub length: ::std::option::Option<i32>,
            ///Maximum value.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub max_value: ::std::option::Option<i64>,
            ///Minimum value.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub min_value: ::std::option::Option<i64>,
            ///Parameter description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub param_desc: ::std::option::Option<::std::string::String>,
            ///Parameter key.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub param_key: ::std::option::Option<::std::string::String>,
            ///Parameter name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub param_name: ::std::option::Option<::std::string::String>,
            ///Parameter type.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub param_type: ::std::option::Option<i32>,
            ///Whether the parameter is required.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub required: ::std::option::Option<i32>,
            ///Selectable values.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub select_item: ::std::option::Option<::std::string::String>,
            ///Hint.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub tips: ::std::option::Option<::std::string::String>,
        }
        ///A file transfer made during a bastion host session.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct FileOperateLog {
            ///Transfer duration, formatted hh:mm:ss.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub duration: ::std::option::Option<::std::string::String>,
            ///File name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub file_name: ::std::option::Option<::std::string::String>,
            ///File size, in K, M or G.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub file_size: ::std::option::Option<::std::string::String>,
            ///Source path.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub from_path: ::std::option::Option<::std::string::String>,
            ///Operation result.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub oper_result: ::std::option::Option<::std::string::String>,
            ///Operation time.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub operate_time: ::std::option::Option<::std::string::String>,
            ///Operation type.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub operate_type: ::std::option::Option<::std::string::String>,
            ///Target path.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub to_path: ::std::option::Option<::std::string::String>,
        }
        ///Status of a case that has new messages.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ImStatusV2 {
            ///Case ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_id: ::std::option::Option<::std::string::String>,
            ///Status.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub status: ::std::option::Option<i32>,
        }
        ///Number of unread messages of a case.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ImUnreadV2 {
            ///Case ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_id: ::std::option::Option<::std::string::String>,
            ///Status.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub status: ::std::option::Option<i32>,
            ///Number of unread messages.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub unread_num: ::std::option::Option<i32>,
        }
        ///Extended information of a case.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct IncidentDetailExtInfoV2 {
            ///Country calling code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub area_code: ::std::option::Option<::std::string::String>,
            ///CC email address.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub cc_email: ::std::option::Option<::std::string::String>,
            ///ISV commodity ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub commodity_id: ::std::option::Option<::std::string::String>,
            ///Contact type.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub contact_type: ::std::option::Option<::std::string::String>,
            ///Reminder email address.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub remind_mail: ::std::option::Option<::std::string::String>,
            ///Reminder mobile number.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub remind_mobile: ::std::option::Option<::std::string::String>,
            ///Reminder time.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub remind_time: ::std::option::Option<::std::string::String>,
        }
        ///Details of a case.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct IncidentDetailInfoV2 {
            ///Business ownership: 0 Huawei Cloud, 1 BP partner, 2 ISV.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub business_ownership: ::std::option::Option<i32>,
            ///Problem type name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub business_type_name: ::std::option::Option<::std::string::String>,
            ///Creation time.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub create_time: ::std::option::Option<::std::string::String>,
            ///Customer ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub customer_id: ::std::option::Option<::std::string::String>,
            ///Region name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub dc_name: ::std::option::Option<::std::string::String>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub ext_info: ::std::option::Option<IncidentDetailExtInfoV2>,
            ///Case ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_id: ::std::option::Option<::std::string::String>,
            ///Satisfaction scores.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub incident_satisfaction: ::std::vec::Vec<IncidentSatisfactionV2Do>,
            ///Case type name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_type_name: ::std::option::Option<::std::string::String>,
            ///Evaluation comment.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub judgement: ::std::option::Option<::std::string::String>,
            ///Messages.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub message_list: ::std::vec::Vec<IncidentMessageV2>,
            ///Resolution time.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub resolve_time: ::std::option::Option<i64>,
            ///Severity name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub severity_name: ::std::option::Option<::std::string::String>,
            ///Brief description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub simple_description: ::std::option::Option<::std::string::String>,
            ///Source name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub source_name: ::std::option::Option<::std::string::String>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub status: ::std::option::Option<crate::types::CaseStatus>,
            ///Sub-user ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub xcustomer_id: ::std::option::Option<::std::string::String>,
            ///Sub-user name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub xcustomer_name: ::std::option::Option<::std::string::String>,
        }
        ///A case as returned by the legacy case list (camelCase fields).
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct IncidentInfo {
            ///Business category name.
            #[serde(
                rename = "businessTypeName",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub business_type_name: ::std::option::Option<::std::string::String>,
            ///Creation time.
            #[serde(
                rename = "createTime",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub create_time: ::std::option::Option<::std::string::String>,
            ///Customer ID.
            #[serde(
                rename = "customerId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub customer_id: ::std::option::Option<::std::string::String>,
            ///Data center name.
            #[serde(
                rename = "dcName",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub dc_name: ::std::option::Option<::std::string::String>,
            ///Whether the case is in the gray (canary) release.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub gray: ::std::option::Option<bool>,
            ///Case ID.
            #[serde(
                rename = "incidentId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub incident_id: ::std::option::Option<::std::string::String>,
            ///Case type name.
            #[serde(
                rename = "incidentTypeName",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub incident_type_name: ::std::option::Option<::std::string::String>,
            ///Label list.
            #[serde(
                rename = "labelList",
                default,
                skip_serializing_if = "::std::vec::Vec::is_empty"
            )]
            pub label_list: ::std::vec::Vec<CaseQueryLabel>,
            ///Brief description.
            #[serde(
                rename = "simpleDescribe",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub simple_describe: ::std::option::Option<::std::string::String>,
            ///Case status.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub status: ::std::option::Option<i32>,
            ///Type.
            #[serde(
                rename = "type",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub type_: ::std::option::Option<i32>,
            ///Customer ID.
            #[serde(
                rename = "xcustomerId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub xcustomer_id: ::std::option::Option<::std::string::String>,
            ///Customer name.
            #[serde(
                rename = "xcustomerName",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub xcustomer_name: ::std::option::Option<::std::string::String>,
        }
        ///A case in a case list.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct IncidentInfoV2 {
            ///Problem type name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub business_type_name: ::std::option::Option<::std::string::String>,
            ///Resolution time.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub confirmed_time: ::std::option::Option<::std::string::String>,
            ///Creation time.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub create_time: ::std::option::Option<::std::string::String>,
            ///Customer ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub customer_id: ::std::option::Option<::std::string::String>,
            ///Region name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub dc_name: ::std::option::Option<::std::string::String>,
            ///Case ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_id: ::std::option::Option<::std::string::String>,
            ///Service type.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_service_type: ::std::option::Option<::std::string::String>,
            ///Case type name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_type_name: ::std::option::Option<::std::string::String>,
            ///Label list.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub label_list: ::std::vec::Vec<LabelInfo>,
            ///Product category name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub product_category_name: ::std::option::Option<::std::string::String>,
            ///Resolution.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub resolution: ::std::option::Option<::std::string::String>,
            ///Party responsible for the problem.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub root_cause: ::std::option::Option<::std::string::String>,
            ///Brief description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub simple_description: ::std::option::Option<::std::string::String>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub status: ::std::option::Option<crate::types::CaseStatus>,
            ///Sub-user ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub xcustomer_id: ::std::option::Option<::std::string::String>,
            ///Sub-user name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub xcustomer_name: ::std::option::Option<::std::string::String>,
        }
        ///A message of a case, as part of the case details.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct IncidentMessageV2 {
            ///Attachments.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub accessory_list: ::std::vec::Vec<SimpleAccessoryV2>,
            ///Message content.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub content: ::std::option::Option<::std::string::String>,
            ///Creation time.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub create_time: ::std::option::Option<::std::string::String>,
            ///Whether this is the first message.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub is_first_message: ::std::option::Option<i32>,
            ///Message ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub message_id: ::std::option::Option<::std::string::String>,
            ///ID of the replier.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub replier: ::std::option::Option<::std::string::String>,
            ///Name of the replier.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub replier_name: ::std::option::Option<::std::string::String>,
            #[serde(
                rename = "type",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub type_: ::std::option::Option<crate::types::MessageType>,
        }
        ///An entry of a case's operation log.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct IncidentOperateLogV2 {
            ///Case ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_id: ::std::option::Option<::std::string::String>,
            ///Case log ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_log_id: ::std::option::Option<::std::string::String>,
            ///Operation description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub operate_desc: ::std::option::Option<::std::string::String>,
            ///Operation time.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub operate_time: ::std::option::Option<::std::string::String>,
            ///Operation type.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub operate_type: ::std::option::Option<i32>,
            ///Operator ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub operator_id: ::std::option::Option<::std::string::String>,
            ///Operator name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub operator_name: ::std::option::Option<::std::string::String>,
            ///Operator type.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub operator_type: ::std::option::Option<i32>,
            ///Time of the case operation.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub timestamp_operate_time: ::std::option::Option<::std::string::String>,
        }
        ///One authorized resource of an authorization.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct IncidentOrderAuthDetailInfoV2 {
            ///Account.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub account: ::std::option::Option<::std::string::String>,
            ///Authorization detail ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub id: ::std::option::Option<i64>,
            ///Instance ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub instance_id: ::std::option::Option<::std::string::String>,
            ///Instance name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub instance_name: ::std::option::Option<::std::string::String>,
            ///Port.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub port: ::std::option::Option<i32>,
            ///Region ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub region_id: ::std::option::Option<::std::string::String>,
            #[serde(
                rename = "type",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub type_: ::std::option::Option<crate::types::AuthorizationDetailType>,
        }
        ///An authorization requested by a support engineer.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct IncidentOrderAuthV2 {
            ///Authorization description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub auth_describe: ::std::option::Option<::std::string::String>,
            ///Time from which the authorization is effective.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub auth_effective_time: ::std::option::Option<::std::string::String>,
            ///Time at which the authorization expires.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub auth_expire_time: ::std::option::Option<::std::string::String>,
            ///Content of the letter of commitment.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub content_of_auth_letter: ::std::option::Option<::std::string::String>,
            ///Creation time.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub create_time: ::std::option::Option<::std::string::String>,
            ///Main account ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub customer_id: ::std::option::Option<::std::string::String>,
            ///Authorization ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub id: ::std::option::Option<::std::string::String>,
            ///Case ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_id: ::std::option::Option<::std::string::String>,
            ///Reason for rejection.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub reject_reason: ::std::option::Option<::std::string::String>,
            ///Authorized resource type ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub resource_type_id: ::std::option::Option<::std::string::String>,
            ///Authorized resource type name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub resource_type_name: ::std::option::Option<::std::string::String>,
            ///Brief description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub simple_description: ::std::option::Option<::std::string::String>,
            ///Authorization status.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub status: ::std::option::Option<i32>,
            ///Authorized access type ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub visit_type_id: ::std::option::Option<::std::string::String>,
            ///Authorized access type name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub visit_type_name: ::std::option::Option<::std::string::String>,
            ///Sub-user ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub x_customer_id: ::std::option::Option<::std::string::String>,
            ///Sub-user name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub xcustomer_name: ::std::option::Option<::std::string::String>,
        }
        ///CC email settings of a user.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct IncidentOrderCcEmailInfoV2 {
            ///CC email address (the SDKs call it the operating email address).
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub cc_email: ::std::option::Option<::std::string::String>,
            ///Customer ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub customer_id: ::std::option::Option<::std::string::String>,
            ///User ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub user_id: ::std::option::Option<::std::string::String>,
        }
        ///A product category.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct IncidentProductCategoryV2 {
            ///Whether the support plan entitlement can be used.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub can_use_support_plan: ::std::option::Option<bool>,
            ///Product category abbreviation.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_product_category_acronym: ::std::option::Option<
                ::std::string::String,
            >,
            ///Product category description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_product_category_desc: ::std::option::Option<
                ::std::string::String,
            >,
            ///Product category ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_product_category_id: ::std::option::Option<
                ::std::string::String,
            >,
            ///Product category name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_product_category_name: ::std::option::Option<
                ::std::string::String,
            >,
        }
        ///A satisfaction score in one dimension.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct IncidentSatisfactionV2Do {
            ///Score per step.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub per_value: ::std::option::Option<i32>,
            ///Satisfaction dimension ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub sat_category_id: ::std::option::Option<::std::string::String>,
            ///Satisfaction dimension name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub sat_category_name: ::std::option::Option<::std::string::String>,
            ///Satisfaction category ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub satisfaction_id: ::std::option::Option<i32>,
            ///Satisfaction category name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub satisfaction_name: ::std::option::Option<::std::string::String>,
            ///Satisfaction value.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub satisfaction_value: ::std::option::Option<i32>,
            ///Total satisfaction score.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub value: ::std::option::Option<i32>,
        }
        ///Number of cases in one status.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct IncidentStatusCount {
            ///Count.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub count: ::std::option::Option<i32>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub status: ::std::option::Option<crate::types::CaseStatus>,
        }
        ///A case sub-type (category) with its product categories.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct IncidentSubTypeV2Do {
            ///Product categories.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub incident_product_category_list: ::std::vec::Vec<
                IncidentProductCategoryV2,
            >,
            ///Case sub-type ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_sub_type_id: ::std::option::Option<::std::string::String>,
            ///Case sub-type name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_sub_type_name: ::std::option::Option<::std::string::String>,
        }
        ///A case description template.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct IncidentTempV2 {
            ///Template content.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_template_content: ::std::option::Option<::std::string::String>,
            ///Template ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_template_id: ::std::option::Option<::std::string::String>,
            ///Template name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_template_name: ::std::option::Option<::std::string::String>,
        }
        ///Intellectual property concerned by an infringement report.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct IntellectualPropertyV2 {
            ///Country or region where the intellectual property is registered.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub ip_area: ::std::option::Option<::std::string::String>,
            ///Brief description of the intellectual property.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub ip_content: ::std::option::Option<::std::string::String>,
            ///Trademark registration number or patent application number.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub ip_number: ::std::option::Option<::std::string::String>,
            ///Intellectual property type: copyright, trademark or patent.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub ip_type: ::std::option::Option<::std::string::String>,
        }
        ///Detailed result of one diagnosis check item.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ItemResultDetailVo {
            ///Check item ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub check_id: ::std::option::Option<::std::string::String>,
            ///Check item name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub check_name: ::std::option::Option<::std::string::String>,
            ///Check item name in English.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub check_name_en: ::std::option::Option<::std::string::String>,
            ///Risk level of the check item.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub level: ::std::option::Option<i32>,
            ///Response of the check item.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub response: ::std::option::Option<::std::string::String>,
            ///Status.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub status: ::std::option::Option<i32>,
            ///Suggested fix for the check item.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub suggestion: ::std::option::Option<::std::string::String>,
            ///URL of the suggested fix for the check item.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub suggestion_url: ::std::option::Option<::std::string::String>,
        }
        ///Result of one diagnosis check item.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ItemResultVo {
            ///Check item ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub check_id: ::std::option::Option<::std::string::String>,
            ///Check item name (the SDKs document this field as "execution status").
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub check_name: ::std::option::Option<::std::string::String>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub problem_level: ::std::option::Option<crate::types::ProblemLevel>,
            ///ID of the check item's category.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub resource_id: ::std::option::Option<::std::string::String>,
            ///Name of the check item's category.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub resource_name: ::std::option::Option<::std::string::String>,
            ///Execution status.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub status: ::std::option::Option<i32>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub visible: ::std::option::Option<crate::types::Visibility>,
        }
        ///A label attached to a case.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct LabelInfo {
            ///Color ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub color: ::std::option::Option<::std::string::String>,
            ///Label ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub label_id: ::std::option::Option<i32>,
            ///Label description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub name: ::std::option::Option<::std::string::String>,
        }
        ///Response body of list_accessory_access_urls.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListAccessoryAccessUrlsResponse {
            ///Attachment links.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub accessory_urls: ::std::vec::Vec<AccessoryUrl>,
        }
        ///Response body of list_agencies.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListAgenciesResponse {
            ///Agencies.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub agency_list: ::std::vec::Vec<AgencyV2>,
            ///Total count.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub total_count: ::std::option::Option<i32>,
        }
        ///Response body of list_area_codes.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListAreaCodesResponse {
            ///Country calling codes.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub area_code_list: ::std::vec::Vec<AreaCodeSimpleInfoV2>,
        }
        ///Response body of list_authorizations.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListAuthorizationsResponse {
            ///Total count.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub count: ::std::option::Option<i32>,
            ///Authorizations.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub incident_auth_list: ::std::vec::Vec<IncidentOrderAuthV2>,
        }
        ///Response body of list_case_categories.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListCaseCategoriesResponse {
            ///Case sub-types.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub incident_sub_type_list: ::std::vec::Vec<IncidentSubTypeV2Do>,
            ///Total count.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub total_count: ::std::option::Option<i32>,
        }
        ///Response body of list_case_cc_emails.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListCaseCcEmailsResponse {
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub cc_email_info: ::std::option::Option<IncidentOrderCcEmailInfoV2>,
            ///CC email information.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub mc_email_infos: ::std::vec::Vec<::std::string::String>,
        }
        ///Response body of list_case_counts.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListCaseCountsResponse {
            ///Case counts per status.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub incident_status_counts: ::std::vec::Vec<IncidentStatusCount>,
        }
        ///Response body of list_case_labels.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListCaseLabelsResponse {
            ///Labels attached to the case.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub case_label_list: ::std::vec::Vec<CaseLabelInfo>,
        }
        ///Response body of list_case_limits.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListCaseLimitsResponse {
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub config: ::std::option::Option<TenantConfigV2>,
        }
        ///Response body of list_case_operate_logs.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListCaseOperateLogsResponse {
            ///Case operation logs.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub incident_operate_log_list: ::std::vec::Vec<IncidentOperateLogV2>,
            ///Total count.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub total_count: ::std::option::Option<i32>,
        }
        ///Response body of list_case_quotas.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListCaseQuotasResponse {
            ///Total quota.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub total: ::std::option::Option<i32>,
            ///Unused quota.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub un_used: ::std::option::Option<i32>,
        }
        ///Response body of list_case_templates.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListCaseTemplatesResponse {
            ///Templates.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub incident_template_list: ::std::vec::Vec<IncidentTempV2>,
            ///Total count.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub total_count: ::std::option::Option<i32>,
        }
        ///Response body of list_cases.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListCasesResponse {
            ///Cases.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub incident_info_list: ::std::vec::Vec<IncidentInfoV2>,
            ///Total count.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub total_count: ::std::option::Option<i32>,
        }
        ///Response body of list_customers_regions.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListCustomersRegionsResponse {
            ///Total count.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub count: ::std::option::Option<i32>,
            ///Region information.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub region_infos: ::std::vec::Vec<Region>,
        }
        ///Response body of list_diagnose_items.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListDiagnoseItemsResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
            ///Check item results.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub item_results: ::std::vec::Vec<ItemResultDetailVo>,
        }
        ///Response body of list_diagnose_job.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListDiagnoseJobResponse {
            ///Job creation time.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub create_time: ::std::option::Option<i64>,
            ///Tenant (account) ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub domain_id: ::std::option::Option<::std::string::String>,
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
            ///Check item results of the job.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub items_result: ::std::vec::Vec<ItemResultVo>,
            ///Job ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub job_id: ::std::option::Option<i32>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub status: ::std::option::Option<crate::types::DiagnoseJobStatus>,
        }
        ///Response body of list_diagnose_records.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListDiagnoseRecordsResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
            ///Diagnosis records.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub records: ::std::vec::Vec<DiagnoseRecordVo>,
            ///Total number of records.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub total_count: ::std::option::Option<i32>,
        }
        ///Response body of list_diagnose_resources.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListDiagnoseResourcesResponse {
            ///Diagnosable resources.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub result: ::std::vec::Vec<DiagnoseResourceVo>,
            ///Total count.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub total_count: ::std::option::Option<i32>,
        }
        ///Response body of list_extends_params.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListExtendsParamsResponse {
            ///Common additional parameters.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub common_params: ::std::vec::Vec<CommonParamV2>,
            ///Additional parameters.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub extends_params: ::std::vec::Vec<ExtendsParamV2>,
        }
        ///Response body of list_has_verified_contacts.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListHasVerifiedContactsResponse {
            ///Contacts.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub contact_list: ::std::vec::Vec<ContactV2>,
            ///Total count.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub count: ::std::option::Option<i32>,
        }
        ///Response body of list_history_operate_logs.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListHistoryOperateLogsResponse {
            ///Operations.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub ops_list: ::std::vec::Vec<OperateLog>,
            ///Total number of records.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub total_count: ::std::option::Option<i32>,
        }
        ///Response body of list_history_sessions.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListHistorySessionsResponse {
            ///Sessions.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub session_list: ::std::vec::Vec<OperateHistorySession>,
            ///Total number of records.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub total_count: ::std::option::Option<i32>,
        }
        ///Response body of list_labels.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListLabelsResponse {
            ///Label list.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub label_list: ::std::vec::Vec<CaseLabelInfo>,
            ///Total count.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub total_count: ::std::option::Option<i32>,
        }
        ///Response body of list_messages.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListMessagesResponse {
            ///Total count.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub count: ::std::option::Option<i32>,
            ///Messages.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub message_list: ::std::vec::Vec<QueryMessageInfoV2>,
        }
        ///Response body of list_more_instant_messages.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListMoreInstantMessagesResponse {
            ///Total count.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub count: ::std::option::Option<i32>,
            ///Messages.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub message_list: ::std::vec::Vec<QueryMessageInfoV2>,
        }
        ///Response body of list_new_instant_messages.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListNewInstantMessagesResponse {
            ///Messages per case.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub immsg: ::std::vec::Vec<UserInstantIncidentMsgV2>,
            ///Status list.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub imstatus: ::std::vec::Vec<ImStatusV2>,
            ///Time of the last message query; pass it back on the next poll.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub last_message_time_id: ::std::option::Option<::std::string::String>,
        }
        ///Response body of list_order_incident.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListOrderIncidentResponse {
            ///Cases.
            #[serde(
                rename = "incidentInfoList",
                default,
                skip_serializing_if = "::std::vec::Vec::is_empty"
            )]
            pub incident_info_list: ::std::vec::Vec<IncidentInfo>,
            ///Total number of records.
            #[serde(
                rename = "totalCount",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub total_count: ::std::option::Option<i32>,
        }
        ///Response body of list_privileges.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListPrivilegesResponse {
            ///Whether the user has the privilege.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub has_privilege: ::std::option::Option<i32>,
        }
        ///Response body of list_problem_types.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListProblemTypesResponse {
            ///Problem types.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub incident_business_type_list: ::std::vec::Vec<
                SimpleIncidentBusinessTypeV2,
            >,
            ///Total count.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub total_count: ::std::option::Option<i32>,
        }
        ///Response body of list_product_categories.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListProductCategoriesResponse {
            ///Product categories.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub incident_product_category_list: ::std::vec::Vec<
                IncidentProductCategoryV2,
            >,
            ///Total count.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub total_count: ::std::option::Option<i32>,
        }
        ///Response body of list_regions.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListRegionsResponse {
            ///Regions.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub data_center_list: ::std::vec::Vec<DataCenterV2Do>,
            ///Total count.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub total_count: ::std::option::Option<i32>,
        }
        ///Response body of list_relation.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListRelationResponse {
            ///Related cases.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub case_relation_list: ::std::vec::Vec<CaseRealtionInfo>,
        }
        ///Response body of list_satisfaction_dimensions.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListSatisfactionDimensionsResponse {
            ///Satisfaction categories.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub satisfaction_dimension_list: ::std::vec::Vec<
                SatisfactionDimensionSimpleInfoV2,
            >,
            ///Total count.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub total_count: ::std::option::Option<i32>,
        }
        ///Response body of list_severities.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListSeveritiesResponse {
            ///Severities.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub severity_list: ::std::vec::Vec<SeverityV2Do>,
            ///Whether the severity selection is shown.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub show: ::std::option::Option<bool>,
        }
        ///Response body of list_sub_customers.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListSubCustomersResponse {
            ///Sub-users.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub sub_customer_infos: ::std::vec::Vec<SubCutomerInfoV2>,
        }
        ///Response body of list_transport_histories.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListTransportHistoriesResponse {
            ///File transfer records.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub file_ops_list: ::std::vec::Vec<FileOperateLog>,
            ///Total count.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub total_count: ::std::option::Option<i32>,
        }
        ///Response body of list_unread_new_instant_messages.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ListUnreadNewInstantMessagesResponse {
            ///Unread message counts.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub imunread: ::std::vec::Vec<ImUnreadV2>,
        }
        ///Request body of update_authorizations.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct OperateAuthorizationV2Req {
            ///Huawei Cloud IAM group ID; required when operating on another case of the same group.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub group_id: ::std::option::Option<::std::string::String>,
            ///Reason for rejection.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub reject_reason: ::std::option::Option<::std::string::String>,
        }
        ///A bastion host session.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct OperateHistorySession {
            ///Session duration, formatted hh:mm:ss.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub duration: ::std::option::Option<::std::string::String>,
            ///Session end time.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub end_time: ::std::option::Option<::std::string::String>,
            ///Session ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub session_id: ::std::option::Option<i64>,
            ///Session start time.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub start_time: ::std::option::Option<::std::string::String>,
        }
        ///A command executed during a bastion host session.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct OperateLog {
            ///Command executed.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub oper: ::std::option::Option<::std::string::String>,
            ///Operation time.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub operate_time: ::std::option::Option<::std::string::String>,
        }
        ///Service information of a partner.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct PartnersServiceInfo {
            ///Customer ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub customer_id: ::std::option::Option<::std::string::String>,
            ///Customer name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub customer_name: ::std::option::Option<::std::string::String>,
            ///Service days per week.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub service_time_day: ::std::option::Option<::std::string::String>,
            ///Service hours per day.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub service_time_hour: ::std::option::Option<::std::string::String>,
            ///Service time zone, such as GMT+08:00.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub service_time_zone: ::std::option::Option<::std::string::String>,
        }
        ///Request body of create_case_extends_param.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct PutCaseExtParamReq {
            ///Extension parameters.
            #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
            pub extends_map: ::serde_json::Map<
                ::std::string::String,
                ::serde_json::Value,
            >,
            ///Huawei Cloud IAM group ID; required when operating on another case of the same group.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub group_id: ::std::option::Option<::std::string::String>,
            ///Message ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub message_id: ::std::option::Option<::std::string::String>,
        }
        ///Request body of list_diagnose_items.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct QueryDiagnoseItemsReq {
            ///Diagnosis item IDs.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub item_ids: ::std::option::Option<::std::string::String>,
            ///Job ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub job_id: ::std::option::Option<::std::string::String>,
        }
        ///A message of a case.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct QueryMessageInfoV2 {
            ///Attachments.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub accessory_list: ::std::vec::Vec<SimpleAccessoryV2>,
            ///Message content.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub content: ::std::option::Option<::std::string::String>,
            ///Creation time.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub create_time: ::std::option::Option<::std::string::String>,
            ///Sub-user type.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub iam_user_type: ::std::option::Option<i32>,
            ///Whether this is the first message.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub is_first_message: ::std::option::Option<i32>,
            ///ID of the replier.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub replier: ::std::option::Option<::std::string::String>,
            ///Name of the replier.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub replier_name: ::std::option::Option<::std::string::String>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub replier_type: ::std::option::Option<crate::types::ReplierType>,
            #[serde(
                rename = "type",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub type_: ::std::option::Option<crate::types::MessageType>,
        }
        ///Request body of list_diagnose_resources.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct QueryTscDiagnoseResourcesReq {
            ///Project ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub project_id: ::std::option::Option<::std::string::String>,
            ///Region.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub region: ::std::option::Option<::std::string::String>,
        }
        ///A region associated with the user.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct Region {
            ///Region ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub region_id: ::std::option::Option<::std::string::String>,
            ///Region name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub region_name: ::std::option::Option<::std::string::String>,
        }
        ///Response body of revoke_message.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct RevokeMessageResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///A satisfaction dimension.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct SatisfactionDimensionSimpleInfoV2 {
            ///Score per step.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub per_value: ::std::option::Option<i32>,
            ///Satisfaction category ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub sat_category_id: ::std::option::Option<::std::string::String>,
            ///Satisfaction description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub satisfaction_desc: ::std::option::Option<::std::string::String>,
            ///Satisfaction ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub satisfaction_id: ::std::option::Option<i32>,
            ///Satisfaction name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub satisfaction_name: ::std::option::Option<::std::string::String>,
            ///Total score.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub value: ::std::option::Option<i32>,
        }
        ///Request body of send_verify_codes.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct SendVerifyCodeReq {
            ///Country calling code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub area_code: ::std::option::Option<::std::string::String>,
            ///Contact value.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub contact_value: ::std::option::Option<::std::string::String>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub contact_way: ::std::option::Option<crate::types::ContactWay>,
        }
        ///Response body of send_verify_codes.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct SendVerifyCodesResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///A severity level.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct SeverityV2Do {
            ///Language.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub language: ::std::option::Option<::std::string::String>,
            ///Severity ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub severity_id: ::std::option::Option<::std::string::String>,
            ///Severity name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub severity_name: ::std::option::Option<::std::string::String>,
        }
        ///Response body of show_accessory_limits.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ShowAccessoryLimitsResponse {
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub accessory_limit: ::std::option::Option<AccessoryLimitVo>,
        }
        ///Response body of show_authorization_detail.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ShowAuthorizationDetailResponse {
            ///Agency name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub agency_name: ::std::option::Option<::std::string::String>,
            ///Authorization description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub auth_describe: ::std::option::Option<::std::string::String>,
            ///Time from which the authorization is effective.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub auth_effective_time: ::std::option::Option<::std::string::String>,
            ///Time at which the authorization expires.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub auth_expire_time: ::std::option::Option<::std::string::String>,
            ///Name of the authorization handler.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub auth_handler_name: ::std::option::Option<::std::string::String>,
            ///Authorized content ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub content_type_id: ::std::option::Option<::std::string::String>,
            ///Authorized content name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub content_type_name: ::std::option::Option<::std::string::String>,
            ///Authorization ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub id: ::std::option::Option<::std::string::String>,
            ///Authorization details.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub incident_auth_detail_list: ::std::vec::Vec<
                IncidentOrderAuthDetailInfoV2,
            >,
            ///Case ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_id: ::std::option::Option<::std::string::String>,
            ///Reason for rejection.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub reject_reason: ::std::option::Option<::std::string::String>,
            ///Authorized resource type ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub resource_type_id: ::std::option::Option<::std::string::String>,
            ///Authorized resource type name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub resource_type_name: ::std::option::Option<::std::string::String>,
            ///Brief description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub simple_description: ::std::option::Option<::std::string::String>,
            ///Authorization status.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub status: ::std::option::Option<i32>,
            ///Authorized access type ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub visit_type_id: ::std::option::Option<::std::string::String>,
            ///Authorized access type name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub visit_type_name: ::std::option::Option<::std::string::String>,
            ///Sub-account name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub xcustomer_name: ::std::option::Option<::std::string::String>,
        }
        ///Response body of show_case_detail.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ShowCaseDetailResponse {
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_detail_info: ::std::option::Option<IncidentDetailInfoV2>,
        }
        ///Response body of show_case_extends_param.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ShowCaseExtendsParamResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///Response body of show_case_status.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ShowCaseStatusResponse {
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub status: ::std::option::Option<crate::types::CaseStatus>,
        }
        ///Response body of show_configuration.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ShowConfigurationResponse {
            ///Configuration item key.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub config_key: ::std::option::Option<::std::string::String>,
            ///Configuration item value.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub config_value: ::std::option::Option<::std::string::String>,
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///Response body of show_customer_privilege_policy.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ShowCustomerPrivilegePolicyResponse {
            ///Switch state.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub policy_switch: ::std::option::Option<bool>,
        }
        ///Response body of show_download_accessory_url.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ShowDownloadAccessoryUrlResponse {
            ///Attachment download URL.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub accessory_url: ::std::option::Option<::std::string::String>,
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///Response body of show_latest_published_agreement.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ShowLatestPublishedAgreementResponse {
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub case_agreement: ::std::option::Option<AgreementVo>,
        }
        ///Response body of show_login_type.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ShowLoginTypeResponse {
            ///Login type.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub login_type: ::std::option::Option<::std::string::String>,
        }
        ///Response body of show_partners_cases_privilege.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ShowPartnersCasesPrivilegeResponse {
            ///Whether the user has the privilege.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub has_privilege: ::std::option::Option<bool>,
        }
        ///Response body of show_partners_service_info.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ShowPartnersServiceInfoResponse {
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub partners_service_info: ::std::option::Option<PartnersServiceInfo>,
        }
        ///Response body of show_signed_latest_published_agreement.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct ShowSignedLatestPublishedAgreementResponse {
            ///Whether the latest agreement is signed.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub is_signed_latest: ::std::option::Option<bool>,
        }
        ///Request body of sign_published_agreement.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct SignAgreementReq {
            ///Relation ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub relation_id: ::std::option::Option<::std::string::String>,
        }
        ///Response body of sign_published_agreement.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct SignPublishedAgreementResponse {
            ///Signing record ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub agreement_signed_record_id: ::std::option::Option<i32>,
        }
        ///An attachment of a message.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct SimpleAccessoryV2 {
            ///Attachment ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub accessory_id: ::std::option::Option<::std::string::String>,
            ///Actual file name of the attachment.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub file_actual_name: ::std::option::Option<::std::string::String>,
        }
        ///A problem type.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct SimpleIncidentBusinessTypeV2 {
            ///Problem type ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub business_type_id: ::std::option::Option<::std::string::String>,
            ///Problem type name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub business_type_name: ::std::option::Option<::std::string::String>,
            ///Whether the support plan can be used.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub can_use_support_plan: ::std::option::Option<bool>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub case_type: ::std::option::Option<crate::types::CaseType>,
        }
        ///A sub-user of the account (anonymized).
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct SubCutomerInfoV2 {
            ///Country calling code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub area_code: ::std::option::Option<::std::string::String>,
            ///Customer ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub customer_id: ::std::option::Option<::std::string::String>,
            ///Customer name (anonymized).
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub customer_name: ::std::option::Option<::std::string::String>,
            ///Main account ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub domain_id: ::std::option::Option<::std::string::String>,
            ///Email address (anonymized).
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub email: ::std::option::Option<::std::string::String>,
            ///Mobile number (anonymized).
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub mobile: ::std::option::Option<::std::string::String>,
        }
        ///Request body of create_diagnose_job.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct SubmitDiagnoseJobReq {
            ///Parameters specific to the diagnosis type, for example eip for ECS, instanceId for RDS.
            #[serde(
                default,
                skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
            )]
            pub params: ::std::collections::BTreeMap<
                ::std::string::String,
                ::std::string::String,
            >,
            ///Region (node) ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub region_id: ::std::option::Option<::std::string::String>,
            ///Job type, for example 1 ECS diagnosis job, 2 RDS diagnosis job.
            #[serde(
                rename = "type",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub type_: ::std::option::Option<i32>,
        }
        ///Credentials for one authorized resource.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct TenantAgreeAuthDetailV2 {
            ///Account.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub account: ::std::option::Option<::std::string::String>,
            ///Authorization detail ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub auth_detail_id: ::std::option::Option<i64>,
            ///Password.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub password: ::std::option::Option<::std::string::String>,
            ///Port.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub port: ::std::option::Option<i32>,
        }
        ///Case limits of a tenant.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct TenantConfigV2 {
            ///Maximum number of CC email addresses.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub create_case_ccemail_max_count: ::std::option::Option<i32>,
        }
        ///Response body of update_authorizations.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct UpdateAuthorizationsResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///Request body of update_case_contact_info.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct UpdateCaseContactInfoReq {
            ///Country calling code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub area_code: ::std::option::Option<::std::string::String>,
            ///Extension parameters.
            #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
            pub extension_map: ::serde_json::Map<
                ::std::string::String,
                ::serde_json::Value,
            >,
            ///Huawei Cloud IAM group ID; required when operating on another case of the same group.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub group_id: ::std::option::Option<::std::string::String>,
            ///Contact email address.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub remind_mail: ::std::option::Option<::std::string::String>,
            ///Contact mobile number.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub remind_mobile: ::std::option::Option<::std::string::String>,
            ///Contact time.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub remind_time: ::std::option::Option<::std::string::String>,
        }
        ///Response body of update_case_contact_info.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct UpdateCaseContactInfoResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///Response body of update_cases.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct UpdateCasesResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///Request body of update_labels.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct UpdateLabelsReq {
            ///Color ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub color: ::std::option::Option<::std::string::String>,
            ///Label name.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub name: ::std::option::Option<::std::string::String>,
        }
        ///Response body of update_labels.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct UpdateLabelsResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///Response body of update_new_instant_messages_read.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct UpdateNewInstantMessagesReadResponse {
            ///Error code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_code: ::std::option::Option<::std::string::String>,
            ///Error description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub error_msg: ::std::option::Option<::std::string::String>,
        }
        ///Request body of update_new_instant_messages_read.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct UpdateUnreadNewInstantMsgV2Req {
            ///Huawei Cloud IAM group ID; required when operating on another case of the same group.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub group_id: ::std::option::Option<::std::string::String>,
        }
        ///Response body of upload_accessory.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct UploadAccessoryResponse {
            ///Attachment ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub accessory_id: ::std::option::Option<::std::string::String>,
        }
        ///Response body of upload_json_accessories.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct UploadJsonAccessoriesResponse {
            ///Attachment ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub accessory_id: ::std::option::Option<::std::string::String>,
        }
        ///New messages of one case.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct UserInstantIncidentMsgV2 {
            ///Case ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub incident_id: ::std::option::Option<::std::string::String>,
            ///Messages.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub message_list: ::std::vec::Vec<QueryMessageInfoV2>,
        }
        ///Request body of check_hosts.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct VerifyHostV2Req {
            ///Host account.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub account: ::std::option::Option<::std::string::String>,
            ///Huawei Cloud IAM group ID; required when operating on another case of the same group.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub group_id: ::std::option::Option<::std::string::String>,
            ///Host password.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub password: ::std::option::Option<::std::string::String>,
            ///Host port.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub port: ::std::option::Option<i32>,
        }
        ///Request body of check_verify_codes.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct VerifyVerifyCodeV2Req {
            ///Country calling code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub area_code: ::std::option::Option<::std::string::String>,
            ///Contact value.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub contact_value: ::std::option::Option<::std::string::String>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub contact_way: ::std::option::Option<crate::types::ContactWay>,
            ///Customer ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub customer_id: ::std::option::Option<::std::string::String>,
            ///Verification code.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub verify_code: ::std::option::Option<::std::string::String>,
            ///Sub-user ID.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub x_customer_id: ::std::option::Option<::std::string::String>,
        }
        ///Request body of update_cases.
        #[derive(
            ::serde::Deserialize,
            ::serde::Serialize,
            Clone,
            Debug,
            Default,
            PartialEq
        )]
        pub struct WorkOrderOperateV2Req {
            ///Huawei Cloud IAM group ID; required when operating on another case of the same group.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub group_id: ::std::option::Option<::std::string::String>,
            ///Case satisfaction scores.
            #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub incident_satisfaction_list: ::std::vec::Vec<IncidentSatisfactionV2Do>,
            ///Evaluation comment.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub judgement: ::std::option::Option<::std::string::String>,
            ///Operation description.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            pub operate_desc: ::std::option::Option<::std::string::String>,
        }
        /// Error types.
        pub mod error {
            /// Error from a `TryFrom` or `FromStr` implementation.
            pub struct ConversionError(::std::borrow::Cow<'static, str>);
            impl ::std::error::Error for ConversionError {}
            impl ::std::fmt::Display for ConversionError {
                fn fmt(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> Result<(), ::std::fmt::Error> {
                    ::std::fmt::Display::fmt(&self.0, f)
                }
            }
            impl ::std::fmt::Debug for ConversionError {
                fn fmt(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> Result<(), ::std::fmt::Error> {
                    ::std::fmt::Debug::fmt(&self.0, f)
                }
            }
            impl From<&'static str> for ConversionError {
                fn from(value: &'static str) -> Self {
                    Self(value.into())
                }
            }
            impl From<String> for ConversionError {
                fn from(value: String) -> Self {
                    Self(value.into())
                }
            }
        }
    }
    #[derive(Clone, Debug)]
    /**Client for Huawei Cloud OSM API (support tickets)

Operation Support Management (OSM) is Huawei Cloud's service-ticket API: create and follow
support cases, exchange messages with support engineers, attach files, label and relate cases,
grant support engineers temporary access to resources, run one-click diagnoses, and read the
configuration that drives the case submission form.

Authentication: every request is either signed with an access key pair (AK/SK, see the AkSk
security scheme) or carries an IAM token (X-Auth-Token). OSM is a global service: a signed
request names the account in the X-Domain-Id header (there is no project id in the path).

Common headers: most operations accept X-Site (0 China site, 1 international site), X-Language
(for example zh-cn or en-us) and X-Time-Zone (for example GMT+8).

Errors come back as JSON with error_code and error_msg; the request id is in the X-Request-Id
response header. Time values are strings and are not always RFC 3339 (clients should also
accept '2006-01-02T15:04:05', '2006-01-02 15:04:05' and an empty string for an absent time).

Version: 2.0.0*/
    pub struct Client {
        pub(crate) baseurl: String,
        pub(crate) client: reqwest::Client,
        pub(crate) inner: crate::runtime::CallState,
    }
    impl Client {
        /// Create a new client.
        ///
        /// `baseurl` is the base URL provided to the internal
        /// `reqwest::Client`, and should include a scheme and hostname,
        /// as well as port and a path stem if applicable.
        pub fn new(baseurl: &str, inner: crate::runtime::CallState) -> Self {
            #[cfg(not(target_arch = "wasm32"))]
            let client = {
                let dur = ::std::time::Duration::from_secs(15u64);
                reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
            };
            #[cfg(target_arch = "wasm32")]
            let client = reqwest::ClientBuilder::new();
            Self::new_with_client(baseurl, client.build().unwrap(), inner)
        }
        /// Construct a new client with an existing `reqwest::Client`,
        /// allowing more control over its configuration.
        ///
        /// `baseurl` is the base URL provided to the internal
        /// `reqwest::Client`, and should include a scheme and hostname,
        /// as well as port and a path stem if applicable.
        pub fn new_with_client(
            baseurl: &str,
            client: reqwest::Client,
            inner: crate::runtime::CallState,
        ) -> Self {
            Self {
                baseurl: baseurl.to_string(),
                client,
                inner,
            }
        }
    }
    impl ClientInfo<crate::runtime::CallState> for Client {
        fn api_version() -> &'static str {
            "2.0.0"
        }
        fn baseurl(&self) -> &str {
            self.baseurl.as_str()
        }
        fn client(&self) -> &reqwest::Client {
            &self.client
        }
        fn inner(&self) -> &crate::runtime::CallState {
            &self.inner
        }
    }
    const _: () = {
        #[allow(dead_code)]
        fn assert_client_hooks()
        where
            Client: ClientHooks<crate::runtime::CallState>,
        {}
    };
    #[allow(clippy::all)]
    impl Client {
        /**List cases (legacy)

Lists cases through the legacy v1 interface (camelCase parameters and fields). Prefer list_cases.

Sends a `GET` request to `/osm/incidentservice/api/v1/queryincident`

Arguments:
- `app_key`: App key.
- `business_type_id`: Type.
- `group_id`: Group.
- `incident_id`: Case (incident) ID.
- `incident_status`: Case status.
- `label_id_list`: Label list.
- `page_no`: Page number.
- `page_size`: Page size.
- `product_category_id`: Product category.
- `query_end_time`: End of the query time range.
- `query_start_time`: Start of the query time range.
- `search_key`: Keyword.
- `status`: Status.
- `version`: Version number.
- `x_customer_id`: Customer ID.
- `x_customer_name`: User name.
*/
        pub async fn list_order_incident<'a>(
            &'a self,
            app_key: Option<&'a str>,
            business_type_id: Option<&'a str>,
            group_id: Option<&'a str>,
            incident_id: Option<&'a str>,
            incident_status: Option<&'a str>,
            label_id_list: Option<&'a ::std::vec::Vec<i32>>,
            page_no: Option<i32>,
            page_size: Option<i32>,
            product_category_id: Option<&'a str>,
            query_end_time: Option<&'a str>,
            query_start_time: Option<&'a str>,
            search_key: Option<&'a ::std::vec::Vec<::std::string::String>>,
            status: Option<i32>,
            version: Option<&'a str>,
            x_customer_id: Option<&'a str>,
            x_customer_name: Option<&'a str>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/osm/incidentservice/api/v1/queryincident", self.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("appKey", &app_key))
                .query(
                    &progenitor_client::QueryParam::new(
                        "businessTypeId",
                        &business_type_id,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("groupId", &group_id))
                .query(&progenitor_client::QueryParam::new("incidentId", &incident_id))
                .query(
                    &progenitor_client::QueryParam::new(
                        "incidentStatus",
                        &incident_status,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("labelIdList", &label_id_list),
                )
                .query(&progenitor_client::QueryParam::new("pageNo", &page_no))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(
                    &progenitor_client::QueryParam::new(
                        "productCategoryId",
                        &product_category_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("queryEndTime", &query_end_time),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "queryStartTime",
                        &query_start_time,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("searchKey", &search_key))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .query(&progenitor_client::QueryParam::new("version", &version))
                .query(
                    &progenitor_client::QueryParam::new("xCustomerId", &x_customer_id),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "xCustomerName",
                        &x_customer_name,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_order_incident",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List case CC email addresses

Lists the CC email addresses configured for cases.

Sends a `GET` request to `/v2/servicerequest/carbon-copy-emails`

*/
        pub async fn list_case_cc_emails<'a>(
            &'a self,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/carbon-copy-emails", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "list_case_cc_emails",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List cases

Lists the cases of the account, filtered by keyword, labels, status, time range or sub-user, page by page (offset, limit).

Sends a `GET` request to `/v2/servicerequest/cases`

Arguments:
- `app_key`: App keyword.
- `group_id`: Huawei Cloud IAM group ID; required when accessing another case of the same group.
- `incident_id`: Case ID.
- `incident_status`: Status list.
- `label_id_list`: Label IDs, at most 5.
- `limit`: Maximum number of records to return.
- `offset`: Query offset.
- `query_end_time`: End of the query time range.
- `query_start_time`: Start of the query time range.
- `search_key`: Keywords; several keywords may be separated by spaces.
- `status`: Status: 0 pending acceptance, 1 processing, 2 pending confirmation, 3 completed, 4 cancelled, 5 paused, 12 invalid, 17 pending feedback.
- `x_customer_id`: Sub-user ID.
- `x_customer_name`: Sub-user name.
*/
        pub async fn list_cases<'a>(
            &'a self,
            app_key: Option<&'a str>,
            group_id: Option<&'a str>,
            incident_id: Option<&'a str>,
            incident_status: Option<&'a str>,
            label_id_list: Option<&'a ::std::vec::Vec<::std::string::String>>,
            limit: Option<i32>,
            offset: Option<i32>,
            query_end_time: Option<&'a str>,
            query_start_time: Option<&'a str>,
            search_key: Option<&'a ::std::vec::Vec<::std::string::String>>,
            status: Option<&'a crate::types::CaseStatus>,
            x_customer_id: Option<&'a str>,
            x_customer_name: Option<&'a str>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/cases", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("app_key", &app_key))
                .query(&progenitor_client::QueryParam::new("group_id", &group_id))
                .query(&progenitor_client::QueryParam::new("incident_id", &incident_id))
                .query(
                    &progenitor_client::QueryParam::new(
                        "incident_status",
                        &incident_status,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("label_id_list", &label_id_list),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(
                    &progenitor_client::QueryParam::new(
                        "query_end_time",
                        &query_end_time,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "query_start_time",
                        &query_start_time,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("search_key", &search_key))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .query(
                    &progenitor_client::QueryParam::new("x_customer_id", &x_customer_id),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "x_customer_name",
                        &x_customer_name,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_cases",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Create a case

Creates a case (service ticket) and returns its ID. Get business_type_id from list_problem_types, incident_sub_type_id and product_category_id from list_case_categories, severity_id from list_severities, and attachment IDs from upload_accessory. When the contact is not the registered one, verify it first (send_verify_codes, check_verify_codes) and pass the verification serial IDs in the headers.

Sends a `POST` request to `/v2/servicerequest/cases`

Arguments:
- `x_email_verifiedid`: Email verification serial ID. Required when the email address is not the registered contact; obtain it from the "list verified contacts" operation.
- `x_phone_verifiedid`: Phone verification serial ID. Required when the phone number is not the registered contact; obtain it from the "list verified contacts" operation.
- `body`
*/
        pub async fn create_cases<'a>(
            &'a self,
            x_email_verifiedid: Option<&'a str>,
            x_phone_verifiedid: Option<&'a str>,
            body: &'a types::CreateOrderIncidentV2Req,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/cases", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            if let Some(value) = x_email_verifiedid {
                header_map.append("x-email-verifiedid", value.to_string().try_into()?);
            }
            if let Some(value) = x_phone_verifiedid {
                header_map.append("x-phone-verifiedid", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = self
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_cases",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Count cases by status

Counts the cases of the account in each status.

Sends a `GET` request to `/v2/servicerequest/cases/count`

Arguments:
- `status`: Status: 0 pending acceptance, 1 processing, 2 pending confirmation, 3 completed, 4 cancelled, 12 invalid, 17 pending feedback.
*/
        pub async fn list_case_counts<'a>(
            &'a self,
            status: Option<&'a crate::types::CaseStatus>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/cases/count", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("status", &status))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_case_counts",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Export cases

Exports the cases matching the filters as a file (byte stream).

Sends a `GET` request to `/v2/servicerequest/cases/export`

Arguments:
- `customer_id`: User ID.
- `incident_id`: Case ID.
- `language`: Language.
- `limit`: Number of records to return.
- `offset`: Query offset.
- `query_end_time`: End of the query time range.
- `query_start_time`: Start of the query time range.
- `search_key`: Search keyword.
- `status`: Status: 0 pending acceptance, 1 processing, 2 pending confirmation, 3 completed, 4 cancelled, 12 invalid, 17 pending feedback.
- `sub_customer_id`: Sub-user ID.
- `tenant_source_id_list`: Source IDs.
- `timezone`: Time zone.
- `x_customer_name`: Sub-user name.
*/
        pub async fn download_cases<'a>(
            &'a self,
            customer_id: Option<&'a str>,
            incident_id: Option<&'a str>,
            language: &'a str,
            limit: Option<i32>,
            offset: Option<i32>,
            query_end_time: Option<&'a str>,
            query_start_time: Option<&'a str>,
            search_key: Option<&'a str>,
            status: Option<&'a crate::types::CaseStatus>,
            sub_customer_id: Option<&'a str>,
            tenant_source_id_list: Option<&'a ::std::vec::Vec<::std::string::String>>,
            timezone: &'a str,
            x_customer_name: Option<&'a str>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/cases/export", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("customer_id", &customer_id))
                .query(&progenitor_client::QueryParam::new("incident_id", &incident_id))
                .query(&progenitor_client::QueryParam::new("language", &language))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(
                    &progenitor_client::QueryParam::new(
                        "query_end_time",
                        &query_end_time,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "query_start_time",
                        &query_start_time,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("search_key", &search_key))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .query(
                    &progenitor_client::QueryParam::new(
                        "sub_customer_id",
                        &sub_customer_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "tenant_source_id_list",
                        &tenant_source_id_list,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("timezone", &timezone))
                .query(
                    &progenitor_client::QueryParam::new(
                        "x_customer_name",
                        &x_customer_name,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "download_cases",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Show partner case privileges

Shows whether the user may process cases as a partner.

Sends a `GET` request to `/v2/servicerequest/cases/partners/privilege/cases-processing`

*/
        pub async fn show_partners_cases_privilege<'a>(
            &'a self,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/partners/privilege/cases-processing", self
                .baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "show_partners_cases_privilege",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Show partner service information

Shows the service information (service days, hours and time zone) of the partner associated with a product.

Sends a `GET` request to `/v2/servicerequest/cases/partners/service-info`

Arguments:
- `case_sub_type_id`: Case sub-type.
- `product_id`: ISV product ID.
*/
        pub async fn show_partners_service_info<'a>(
            &'a self,
            case_sub_type_id: Option<&'a str>,
            product_id: Option<&'a str>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/partners/service-info", self.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(
                    &progenitor_client::QueryParam::new(
                        "case_sub_type_id",
                        &case_sub_type_id,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("product_id", &product_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_partners_service_info",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Show case details

Shows the details of a case, including its messages and satisfaction scores.

Sends a `GET` request to `/v2/servicerequest/cases/{case_id}`

Arguments:
- `case_id`: Case ID.
- `group_id`: Huawei Cloud IAM group ID; required when accessing another case of the same group.
*/
        pub async fn show_case_detail<'a>(
            &'a self,
            case_id: &'a str,
            group_id: Option<&'a str>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/{}", self.baseurl, encode_path(& case_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("group_id", &group_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_case_detail",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Operate on a case

Operates on a case: cancel it, close it, press (urge) the support engineer, or delete it; the action is chosen by action_id. Closing a case can carry a satisfaction evaluation.

Sends a `POST` request to `/v2/servicerequest/cases/{case_id}/action`

Arguments:
- `case_id`: Case ID.
- `action_id`: Action to perform: cancel, close, press (urge handling) or delete.
- `body`
*/
        pub async fn update_cases<'a>(
            &'a self,
            case_id: &'a str,
            action_id: &'a crate::types::CaseAction,
            body: &'a types::WorkOrderOperateV2Req,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/{}/action", self.baseurl, encode_path(&
                case_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .post(url)
                .json(&body)
                .query(&progenitor_client::QueryParam::new("action_id", &action_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_cases",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Update case contact information

Updates the contact details (mobile number, email, contact time) of a case.

Sends a `PUT` request to `/v2/servicerequest/cases/{case_id}/contact-info`

Arguments:
- `case_id`: Case ID.
- `body`
*/
        pub async fn update_case_contact_info<'a>(
            &'a self,
            case_id: &'a str,
            body: &'a types::UpdateCaseContactInfoReq,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/{}/contact-info", self.baseurl, encode_path(&
                case_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .put(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_case_contact_info",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Show case extension parameters

Shows the extension parameters submitted for a case.

Sends a `GET` request to `/v2/servicerequest/cases/{case_id}/extends-param`

Arguments:
- `case_id`: Case ID.
- `group_id`: Huawei Cloud IAM group ID; required when accessing another case of the same group.
*/
        pub async fn show_case_extends_param<'a>(
            &'a self,
            case_id: &'a str,
            group_id: Option<&'a str>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/{}/extends-param", self.baseurl,
                encode_path(& case_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("group_id", &group_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_case_extends_param",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Submit case extension parameters

Submits the extension parameters of a case (the additional parameters required by its product or problem type).

Sends a `POST` request to `/v2/servicerequest/cases/{case_id}/extends-param`

Arguments:
- `case_id`: Case ID.
- `body`
*/
        pub async fn create_case_extends_param<'a>(
            &'a self,
            case_id: &'a str,
            body: &'a types::PutCaseExtParamReq,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/{}/extends-param", self.baseurl,
                encode_path(& case_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_case_extends_param",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List case operation logs

Lists the operation log of a case (who did what, and when), page by page.

Sends a `GET` request to `/v2/servicerequest/cases/{case_id}/operate-logs`

Arguments:
- `case_id`: Case ID.
- `group_id`: Huawei Cloud IAM group ID; required when accessing another case of the same group.
- `limit`: Number of records to return.
- `offset`: Query offset.
*/
        pub async fn list_case_operate_logs<'a>(
            &'a self,
            case_id: &'a str,
            group_id: Option<&'a str>,
            limit: Option<i32>,
            offset: Option<i32>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/{}/operate-logs", self.baseurl, encode_path(&
                case_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("group_id", &group_id))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_case_operate_logs",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List related cases

Lists the relations of a case, returning brief information about each related case.

Sends a `GET` request to `/v2/servicerequest/cases/{case_id}/relations`

Arguments:
- `case_id`: ID of the case to which the relations are added.
*/
        pub async fn list_relation<'a>(
            &'a self,
            case_id: &'a str,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/{}/relations", self.baseurl, encode_path(&
                case_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "list_relation",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Create case relations

Relates other cases to a case; a case supports at most 3 relations.

Sends a `POST` request to `/v2/servicerequest/cases/{case_id}/relations`

Arguments:
- `case_id`: ID of the case to which the relations are added.
- `body`
*/
        pub async fn create_relations<'a>(
            &'a self,
            case_id: &'a str,
            body: &'a types::CreateRelationsReq,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/{}/relations", self.baseurl, encode_path(&
                case_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_relations",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Delete a case relation

Removes the relation between a case and another case.

Sends a `DELETE` request to `/v2/servicerequest/cases/{case_id}/relations`

Arguments:
- `case_id`: ID of the case whose relation is removed.
- `body`
*/
        pub async fn delete_relation<'a>(
            &'a self,
            case_id: &'a str,
            body: &'a types::DeleteRelationsReq,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/{}/relations", self.baseurl, encode_path(&
                case_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .delete(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_relation",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Submit a satisfaction score

Submits the satisfaction scores and evaluation of a case.

Sends a `POST` request to `/v2/servicerequest/cases/{case_id}/score`

Arguments:
- `case_id`: Case ID.
- `body`
*/
        pub async fn create_scores<'a>(
            &'a self,
            case_id: &'a str,
            body: &'a types::CreateScoreV2Req,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/{}/score", self.baseurl, encode_path(&
                case_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_scores",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Show the status of a case

Shows the current status of a case.

Sends a `GET` request to `/v2/servicerequest/cases/{case_id}/status`

Arguments:
- `case_id`: Case ID.
*/
        pub async fn show_case_status<'a>(
            &'a self,
            case_id: &'a str,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/{}/status", self.baseurl, encode_path(&
                case_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "show_case_status",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Show case quotas

Shows the case quota (total and unused) for a product category and problem type.

Sends a `GET` request to `/v2/servicerequest/quotas`

Arguments:
- `business_type_id`: Problem type ID.
- `product_category_id`: Product category ID.
*/
        pub async fn list_case_quotas<'a>(
            &'a self,
            business_type_id: &'a str,
            product_category_id: Option<&'a str>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/quotas", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(
                    &progenitor_client::QueryParam::new(
                        "business_type_id",
                        &business_type_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "product_category_id",
                        &product_category_id,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_case_quotas",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Poll for instant messages

Polls for new messages on the given cases since the last query. Pass the returned last_message_time_id back on the next poll.

Sends a `GET` request to `/v2/servicerequest/cases/instant-messages`

Arguments:
- `case_ids`: Case ID.
- `group_id`: Huawei Cloud IAM group ID; required when accessing another case of the same group.
- `last_message_time_id`: Time of the previous message query.
*/
        pub async fn list_new_instant_messages<'a>(
            &'a self,
            case_ids: &'a ::std::vec::Vec<::std::string::String>,
            group_id: Option<&'a str>,
            last_message_time_id: Option<&'a str>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/instant-messages", self.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("case_ids", &case_ids))
                .query(&progenitor_client::QueryParam::new("group_id", &group_id))
                .query(
                    &progenitor_client::QueryParam::new(
                        "last_message_time_id",
                        &last_message_time_id,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_new_instant_messages",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List unread messages

Lists the number of unread messages of the given cases.

Sends a `GET` request to `/v2/servicerequest/cases/instant-messages/unread`

Arguments:
- `case_ids`: Case ID.
- `group_id`: Huawei Cloud IAM group ID; required when accessing another case of the same group.
*/
        pub async fn list_unread_new_instant_messages<'a>(
            &'a self,
            case_ids: &'a ::std::vec::Vec<::std::string::String>,
            group_id: Option<&'a str>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/instant-messages/unread", self.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("case_ids", &case_ids))
                .query(&progenitor_client::QueryParam::new("group_id", &group_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_unread_new_instant_messages",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List more messages

Lists older messages of a case, before the given message time (for paging back through a conversation).

Sends a `GET` request to `/v2/servicerequest/cases/{case_id}/instant-messages/more`

Arguments:
- `case_id`: Case ID.
- `create_time`: Creation time, as a timestamp.
- `group_id`: Huawei Cloud IAM group ID; required when accessing another case of the same group.
- `limit`: Number of records to return.
- `type_`: How the previous message was left: 0 customer message, 1 reply from customer service.
*/
        pub async fn list_more_instant_messages<'a>(
            &'a self,
            case_id: &'a str,
            create_time: &'a str,
            group_id: Option<&'a str>,
            limit: i32,
            type_: &'a crate::types::MessageType,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/{}/instant-messages/more", self.baseurl,
                encode_path(& case_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("create_time", &create_time))
                .query(&progenitor_client::QueryParam::new("group_id", &group_id))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("type", &type_))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_more_instant_messages",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Mark messages as read

Marks the messages of a case as read.

Sends a `POST` request to `/v2/servicerequest/cases/{case_id}/instant-messages/unread`

Arguments:
- `case_id`: Case ID.
- `body`
*/
        pub async fn update_new_instant_messages_read<'a>(
            &'a self,
            case_id: &'a str,
            body: &'a types::UpdateUnreadNewInstantMsgV2Req,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/{}/instant-messages/unread", self.baseurl,
                encode_path(& case_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_new_instant_messages_read",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Withdraw a message

Withdraws a message previously posted on a case.

Sends a `POST` request to `/v2/servicerequest/cases/{case_id}/instant-messages/{message_id}/withdraw`

Arguments:
- `case_id`: Case ID.
- `message_id`: Message ID.
*/
        pub async fn revoke_message<'a>(
            &'a self,
            case_id: &'a str,
            message_id: &'a str,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/{}/instant-messages/{}/withdraw", self
                .baseurl, encode_path(& case_id.to_string()), encode_path(& message_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self.client.post(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "revoke_message",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Post a message

Posts a message (comment) on a case, optionally with attachments uploaded beforehand.

Sends a `POST` request to `/v2/servicerequest/cases/{case_id}/message`

Arguments:
- `case_id`: Case ID.
- `body`
*/
        pub async fn create_messages<'a>(
            &'a self,
            case_id: &'a str,
            body: &'a types::CreateMessageV2Req,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/{}/message", self.baseurl, encode_path(&
                case_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_messages",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List messages

Lists the messages of a case.

Sends a `GET` request to `/v2/servicerequest/cases/{case_id}/messages`

Arguments:
- `case_id`: Case ID.
- `group_id`: Huawei Cloud IAM group ID; required when accessing another case of the same group.
- `limit`: Number of records to return.
- `offset`: Query offset.
*/
        pub async fn list_messages<'a>(
            &'a self,
            case_id: &'a str,
            group_id: Option<&'a str>,
            limit: Option<i32>,
            offset: Option<i32>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/{}/messages", self.baseurl, encode_path(&
                case_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("group_id", &group_id))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_messages",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List the labels of a case

Lists the labels attached to a case.

Sends a `GET` request to `/v2/servicerequest/cases/{case_id}/labels`

Arguments:
- `case_id`: Case ID.
*/
        pub async fn list_case_labels<'a>(
            &'a self,
            case_id: &'a str,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/{}/labels", self.baseurl, encode_path(&
                case_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "list_case_labels",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Add labels to a case

Attaches labels to a case (at most 5).

Sends a `POST` request to `/v2/servicerequest/cases/{case_id}/labels`

Arguments:
- `case_id`: Case ID.
- `label_ids`: IDs of the labels to attach to the case, at most 5.
*/
        pub async fn create_case_labels<'a>(
            &'a self,
            case_id: &'a str,
            label_ids: &'a ::std::vec::Vec<i32>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/{}/labels", self.baseurl, encode_path(&
                case_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .post(url)
                .query(&progenitor_client::QueryParam::new("label_ids", &label_ids))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_case_labels",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Remove labels from a case

Removes the given labels from the specified case.

Sends a `DELETE` request to `/v2/servicerequest/cases/{case_id}/labels`

Arguments:
- `case_id`: Case ID.
- `label_ids`: IDs of the labels to detach, at most 5.
*/
        pub async fn delete_case_labels<'a>(
            &'a self,
            case_id: &'a str,
            label_ids: &'a ::std::vec::Vec<i32>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/cases/{}/labels", self.baseurl, encode_path(&
                case_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .delete(url)
                .query(&progenitor_client::QueryParam::new("label_ids", &label_ids))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_case_labels",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List labels

Lists the labels of the account, optionally filtered by name (fuzzy) or ID.

Sends a `GET` request to `/v2/servicerequest/labels`

Arguments:
- `label_id`: Label ID.
- `limit`: Number of records to return, default 10, at most 100.
- `name`: Label name, at most 64 characters; fuzzy matching is supported.
- `offset`: Query offset, default 0.
*/
        pub async fn list_labels<'a>(
            &'a self,
            label_id: Option<i32>,
            limit: Option<i32>,
            name: Option<&'a str>,
            offset: Option<i32>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/labels", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("label_id", &label_id))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_labels",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Create a label

Creates a label that can then be attached to cases.

Sends a `POST` request to `/v2/servicerequest/labels`

*/
        pub async fn create_labels<'a>(
            &'a self,
            body: &'a types::CreateLabelsReq,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/labels", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_labels",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Update a label

Updates the name and color of a label.

Sends a `PUT` request to `/v2/servicerequest/labels/{label_id}`

Arguments:
- `label_id`: ID of the label to update.
- `body`
*/
        pub async fn update_labels<'a>(
            &'a self,
            label_id: i32,
            body: &'a types::UpdateLabelsReq,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/labels/{}", self.baseurl, encode_path(& label_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .put(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_labels",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Delete a label

Deletes a label, and with it every association between cases and that label.

Sends a `DELETE` request to `/v2/servicerequest/labels/{label_id}`

Arguments:
- `label_id`: ID of the label to delete.
*/
        pub async fn delete_labels<'a>(
            &'a self,
            label_id: i32,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/labels/{}", self.baseurl, encode_path(& label_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self.client.delete(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "delete_labels",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Get download links for attachments

Gets download links for several attachments at once.

Sends a `GET` request to `/v2/servicerequest/accessorys/access-urls`

Arguments:
- `accessory_ids`: Attachment IDs.
- `group_id`: Huawei Cloud IAM group ID; required when querying another case of the same group.
*/
        pub async fn list_accessory_access_urls<'a>(
            &'a self,
            accessory_ids: &'a ::std::vec::Vec<::std::string::String>,
            group_id: Option<&'a str>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/accessorys/access-urls", self.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(
                    &progenitor_client::QueryParam::new("accessory_ids", &accessory_ids),
                )
                .query(&progenitor_client::QueryParam::new("group_id", &group_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_accessory_access_urls",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Upload an attachment

Uploads an attachment as Base64 content inside a JSON body (intended for SDKs). The file must respect the limits (size, count, types) returned by show_accessory_limits. Returns the attachment ID.

Sends a `POST` request to `/v2/servicerequest/accessorys/json-format-content`

*/
        pub async fn upload_json_accessories<'a>(
            &'a self,
            body: &'a types::AccessoryJsonFormatReq,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/accessorys/json-format-content", self.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "upload_json_accessories",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Show attachment limits

Shows the limits on attachments, such as size, count and file types.

Sends a `GET` request to `/v2/servicerequest/accessorys/limits`

*/
        pub async fn show_accessory_limits<'a>(
            &'a self,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/accessorys/limits", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "show_accessory_limits",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Download attachments

Downloads attachments as a byte stream; several IDs can be given, separated by commas.

Sends a `GET` request to `/v2/servicerequest/accessorys/{accessory_id}`

Arguments:
- `accessory_id`: Attachment IDs; several can be downloaded at once, separated by commas.
- `group_id`: Huawei Cloud IAM group ID; required when accessing another case of the same group.
*/
        pub async fn download_accessories<'a>(
            &'a self,
            accessory_id: &'a str,
            group_id: Option<&'a str>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/accessorys/{}", self.baseurl, encode_path(&
                accessory_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("group_id", &group_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "download_accessories",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Delete an attachment

Deletes an attachment.

Sends a `DELETE` request to `/v2/servicerequest/accessorys/{accessory_id}`

Arguments:
- `accessory_id`: Attachment ID.
*/
        pub async fn delete_accessories<'a>(
            &'a self,
            accessory_id: &'a str,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/accessorys/{}", self.baseurl, encode_path(&
                accessory_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self.client.delete(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "delete_accessories",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Show an attachment download URL

Gets a temporary download URL for an attachment.

Sends a `GET` request to `/v2/servicerequest/accessorys/{accessory_id}/access-url`

Arguments:
- `accessory_id`: Attachment ID.
- `incident_id`: Case ID.
- `relation_id`: Relation ID.
- `relation_type`: Relation type of the attachment: DEFAULT, NO_RELATION, NOTIFICATION, INCIDENT, MESSAGE, INSPECTION or CONNECT.
*/
        pub async fn show_download_accessory_url<'a>(
            &'a self,
            accessory_id: &'a str,
            incident_id: Option<&'a str>,
            relation_id: Option<&'a str>,
            relation_type: &'a crate::types::AccessoryRelationType,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/accessorys/{}/access-url", self.baseurl,
                encode_path(& accessory_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("incident_id", &incident_id))
                .query(&progenitor_client::QueryParam::new("relation_id", &relation_id))
                .query(
                    &progenitor_client::QueryParam::new("relation_type", &relation_type),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_download_accessory_url",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Show an image

Returns the content of an image attachment, for direct display in a page.

Sends a `GET` request to `/v2/servicerequest/accessorys/{accessory_id}/image`

Arguments:
- `accessory_id`: Attachment ID.
- `group_id`: Huawei Cloud IAM group ID; required when accessing another case of the same group.
*/
        pub async fn download_images<'a>(
            &'a self,
            accessory_id: &'a str,
            group_id: Option<&'a str>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/accessorys/{}/image", self.baseurl, encode_path(&
                accessory_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("group_id", &group_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "download_images",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List authorizations

Lists the authorizations requested by support engineers, filtered by status, sub-account or description.

Sends a `GET` request to `/v2/servicerequest/authorizations`

Arguments:
- `group_id`: Huawei Cloud IAM group ID; required when accessing another case of the same group.
- `incident_id`: Case ID.
- `limit`: Maximum number of records to return.
- `offset`: Query offset.
- `simple_description`: Brief description.
- `status`: Authorization status.
- `sub_customer_name`: Sub-account name.
*/
        pub async fn list_authorizations<'a>(
            &'a self,
            group_id: Option<&'a str>,
            incident_id: Option<&'a str>,
            limit: Option<i32>,
            offset: Option<i32>,
            simple_description: Option<&'a str>,
            status: Option<i32>,
            sub_customer_name: Option<&'a str>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/authorizations", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("group_id", &group_id))
                .query(&progenitor_client::QueryParam::new("incident_id", &incident_id))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(
                    &progenitor_client::QueryParam::new(
                        "simple_description",
                        &simple_description,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("status", &status))
                .query(
                    &progenitor_client::QueryParam::new(
                        "sub_customer_name",
                        &sub_customer_name,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_authorizations",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Verify an authorized host

Checks whether the account and password of an authorized host are correct.

Sends a `POST` request to `/v2/servicerequest/authorizations/authorization-details/{authorization_detail_id}/verify-host`

Arguments:
- `authorization_detail_id`: Authorization detail ID.
- `body`
*/
        pub async fn check_hosts<'a>(
            &'a self,
            authorization_detail_id: i64,
            body: &'a types::VerifyHostV2Req,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/authorizations/authorization-details/{}/verify-host",
                self.baseurl, encode_path(& authorization_detail_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "check_hosts",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Show the login type

Shows the login type of the current user.

Sends a `GET` request to `/v2/servicerequest/authorizations/login-type`

*/
        pub async fn show_login_type<'a>(
            &'a self,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/authorizations/login-type", self.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "show_login_type",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Show authorization details

Shows the details of an authorization, including the authorized resources.

Sends a `GET` request to `/v2/servicerequest/authorizations/{authorization_id}`

Arguments:
- `authorization_id`: Authorization ID.
- `group_id`: Huawei Cloud IAM group ID; required when accessing another case of the same group.
*/
        pub async fn show_authorization_detail<'a>(
            &'a self,
            authorization_id: &'a str,
            group_id: Option<&'a str>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/authorizations/{}", self.baseurl, encode_path(&
                authorization_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("group_id", &group_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_authorization_detail",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Confirm an authorization

Confirms (grants) an authorization requested by a support engineer, with its time window and resource credentials.

Sends a `PUT` request to `/v2/servicerequest/authorizations/{authorization_id}`

Arguments:
- `authorization_id`: Authorization ID.
- `body`
*/
        pub async fn confirm_authorizations<'a>(
            &'a self,
            authorization_id: &'a str,
            body: &'a types::AgreeTenantAuthorizationV2Req,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/authorizations/{}", self.baseurl, encode_path(&
                authorization_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .put(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "confirm_authorizations",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Reject or revoke an authorization

Rejects or revokes an authorization; action_id chooses reject or cancel.

Sends a `PUT` request to `/v2/servicerequest/authorizations/{authorization_id}/action`

Arguments:
- `authorization_id`: Authorization ID.
- `action_id`: Action ID: reject or cancel.
- `body`
*/
        pub async fn update_authorizations<'a>(
            &'a self,
            authorization_id: &'a str,
            action_id: Option<&'a crate::types::AuthorizationAction>,
            body: &'a types::OperateAuthorizationV2Req,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/authorizations/{}/action", self.baseurl,
                encode_path(& authorization_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .put(url)
                .json(&body)
                .query(&progenitor_client::QueryParam::new("action_id", &action_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_authorizations",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List bastion host history sessions

Lists the bastion host sessions opened under an authorization detail.

Sends a `GET` request to `/v2/servicerequest/authorizations/{authorization_id}/authorization-details/{authorization_detail_id}/history-sessions`

Arguments:
- `authorization_id`: Authorization ID.
- `authorization_detail_id`: Authorization detail ID.
- `group_id`: Huawei Cloud IAM group ID; required when accessing another case of the same group.
- `limit`: Maximum number of records to return.
- `offset`: Query offset.
*/
        pub async fn list_history_sessions<'a>(
            &'a self,
            authorization_id: &'a str,
            authorization_detail_id: i64,
            group_id: Option<&'a str>,
            limit: Option<i32>,
            offset: Option<i32>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/authorizations/{}/authorization-details/{}/history-sessions",
                self.baseurl, encode_path(& authorization_id.to_string()), encode_path(&
                authorization_detail_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("group_id", &group_id))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_history_sessions",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List bastion host file transfer records

Lists the files transferred during a bastion host session.

Sends a `GET` request to `/v2/servicerequest/authorizations/{authorization_id}/authorization-details/{authorization_detail_id}/sessions/{session_id}/operation-file-logs`

Arguments:
- `authorization_id`: Authorization ID.
- `authorization_detail_id`: Authorization detail ID.
- `session_id`: Session ID.
- `group_id`: Huawei Cloud IAM group ID; required when accessing another case of the same group.
- `limit`: Maximum number of records to return.
- `offset`: Query offset.
- `sort`: Sort order: 1 by operation time ascending; 0 by operation time descending. Default 0.
*/
        pub async fn list_transport_histories<'a>(
            &'a self,
            authorization_id: &'a str,
            authorization_detail_id: i64,
            session_id: i64,
            group_id: Option<&'a str>,
            limit: Option<i32>,
            offset: Option<i32>,
            sort: Option<&'a crate::types::SortOrder>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/authorizations/{}/authorization-details/{}/sessions/{}/operation-file-logs",
                self.baseurl, encode_path(& authorization_id.to_string()), encode_path(&
                authorization_detail_id.to_string()), encode_path(& session_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("group_id", &group_id))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("sort", &sort))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_transport_histories",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List bastion host operation history

Lists the commands executed during a bastion host session.

Sends a `GET` request to `/v2/servicerequest/authorizations/{authorization_id}/authorization-details/{authorization_detail_id}/sessions/{session_id}/operation-logs`

Arguments:
- `authorization_id`: Authorization ID.
- `authorization_detail_id`: Authorization detail ID.
- `session_id`: Session ID.
- `group_id`: Huawei Cloud IAM group ID; required when accessing another case of the same group.
- `limit`: Maximum number of records to return.
- `offset`: Query offset.
- `sort`: Sort order: 1 by operation time ascending; 0 by operation time descending. Default 0.
*/
        pub async fn list_history_operate_logs<'a>(
            &'a self,
            authorization_id: &'a str,
            authorization_detail_id: i64,
            session_id: i64,
            group_id: Option<&'a str>,
            limit: Option<i32>,
            offset: Option<i32>,
            sort: Option<&'a crate::types::SortOrder>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/authorizations/{}/authorization-details/{}/sessions/{}/operation-logs",
                self.baseurl, encode_path(& authorization_id.to_string()), encode_path(&
                authorization_detail_id.to_string()), encode_path(& session_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("group_id", &group_id))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("sort", &sort))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_history_operate_logs",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List agencies

Lists the IAM agencies of the account that can be used to grant access to support engineers.

Sends a `GET` request to `/v2/servicerequest/agencies`

*/
        pub async fn list_agencies<'a>(
            &'a self,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/agencies", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "list_agencies",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Show the latest published agreement

Shows the latest published version of an agreement of the given type.

Sends a `GET` request to `/v2/servicerequest/agreements/published-agreement`

Arguments:
- `agreement_type`: Agreement type: 0 case creation by an ordinary user, 1 case creation by an ISV user, 2 authorization.
*/
        pub async fn show_latest_published_agreement<'a>(
            &'a self,
            agreement_type: Option<&'a crate::types::AgreementType>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/agreements/published-agreement", self.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(
                    &progenitor_client::QueryParam::new(
                        "agreement_type",
                        &agreement_type,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_latest_published_agreement",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Check whether the latest agreement is signed

Checks whether the user has signed the latest published agreement of the given type.

Sends a `GET` request to `/v2/servicerequest/agreements/signed-latest`

Arguments:
- `agreement_type`: Agreement type: 0 case creation by an ordinary user, 1 case creation by an ISV user, 2 authorization.
*/
        pub async fn show_signed_latest_published_agreement<'a>(
            &'a self,
            agreement_type: Option<&'a crate::types::AgreementType>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/agreements/signed-latest", self.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(
                    &progenitor_client::QueryParam::new(
                        "agreement_type",
                        &agreement_type,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_signed_latest_published_agreement",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Sign an agreement

Signs an agreement.

Sends a `POST` request to `/v2/servicerequest/agreements/{id}/signed`

Arguments:
- `id`: Agreement ID.
- `body`
*/
        pub async fn sign_published_agreement<'a>(
            &'a self,
            id: i32,
            body: &'a types::SignAgreementReq,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/agreements/{}/signed", self.baseurl, encode_path(&
                id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "sign_published_agreement",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Submit diagnosis feedback

Tells whether a diagnosis was helpful.

Sends a `POST` request to `/v2.0/servicerequest/diagnose/feedback`

*/
        pub async fn create_diagnose_feedback<'a>(
            &'a self,
            body: &'a types::CreateFeedbackReq,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2.0/servicerequest/diagnose/feedback", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_diagnose_feedback",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Get the result of a diagnosis job

Gets the result of a diagnosis job; poll until the job status is final (3 completed; 4, 7, 8 failed).

Sends a `GET` request to `/v2.0/servicerequest/diagnose/job`

Arguments:
- `job_id`: Job ID.
*/
        pub async fn list_diagnose_job<'a>(
            &'a self,
            job_id: Option<&'a str>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2.0/servicerequest/diagnose/job", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("job_id", &job_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_diagnose_job",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Get diagnosis check item results

Gets the detailed results of specific check items of a diagnosis job.

Sends a `POST` request to `/v2.0/servicerequest/diagnose/job/show-items`

*/
        pub async fn list_diagnose_items<'a>(
            &'a self,
            body: &'a types::QueryDiagnoseItemsReq,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2.0/servicerequest/diagnose/job/show-items", self.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_diagnose_items",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Start a one-click diagnosis

Starts a one-click diagnosis of a resource and returns the job ID.

Sends a `POST` request to `/v2.0/servicerequest/diagnose/job/start`

*/
        pub async fn create_diagnose_job<'a>(
            &'a self,
            body: &'a types::SubmitDiagnoseJobReq,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2.0/servicerequest/diagnose/job/start", self.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_diagnose_job",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Get diagnosable resources

Lists the resources of a project and region that can be diagnosed.

Sends a `POST` request to `/v2.0/servicerequest/diagnose/job/vm/resources`

*/
        pub async fn list_diagnose_resources<'a>(
            &'a self,
            body: &'a types::QueryTscDiagnoseResourcesReq,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2.0/servicerequest/diagnose/job/vm/resources", self.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_diagnose_resources",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List diagnosis history records

Lists past diagnosis records, page by page.

Sends a `GET` request to `/v2.0/servicerequest/diagnose/records`

Arguments:
- `page_no`: Page number.
- `page_size`: Page size.
- `type_`: Job type, for example 1 ECS diagnosis job, 2 RDS diagnosis job.
*/
        pub async fn list_diagnose_records<'a>(
            &'a self,
            page_no: Option<i32>,
            page_size: Option<i32>,
            type_: Option<i32>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2.0/servicerequest/diagnose/records", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("page_no", &page_no))
                .query(&progenitor_client::QueryParam::new("page_size", &page_size))
                .query(&progenitor_client::QueryParam::new("type", &type_))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_diagnose_records",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List country calling codes

Lists country calling codes, used for the contact details on the case submission page.

Sends a `GET` request to `/v2/servicerequest/config/area-codes`

*/
        pub async fn list_area_codes<'a>(
            &'a self,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/config/area-codes", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "list_area_codes",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List case categories

Lists the case categories (sub-types), each with its product categories.

Sends a `GET` request to `/v2/servicerequest/config/categories`

*/
        pub async fn list_case_categories<'a>(
            &'a self,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/config/categories", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "list_case_categories",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List additional parameters

Lists the additional parameters to fill in when submitting a case; they differ by product or problem type.

Sends a `GET` request to `/v2/servicerequest/config/extends-map`

Arguments:
- `business_type_id`: Business (problem) type ID.
- `incident_sub_type_id`: Case sub-type ID.
- `product_category_id`: Product category ID.
*/
        pub async fn list_extends_params<'a>(
            &'a self,
            business_type_id: &'a str,
            incident_sub_type_id: Option<&'a str>,
            product_category_id: Option<&'a str>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/config/extends-map", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(
                    &progenitor_client::QueryParam::new(
                        "business_type_id",
                        &business_type_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "incident_sub_type_id",
                        &incident_sub_type_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "product_category_id",
                        &product_category_id,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_extends_params",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List case limits

Shows the case limits of the tenant, such as the maximum number of CC email addresses.

Sends a `GET` request to `/v2/servicerequest/config/limits`

*/
        pub async fn list_case_limits<'a>(
            &'a self,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/config/limits", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "list_case_limits",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List problem types

Lists the problem types of a product category; choose one after choosing the product category when submitting a case.

Sends a `GET` request to `/v2/servicerequest/config/problems`

Arguments:
- `product_category_id`: Product category ID.
*/
        pub async fn list_problem_types<'a>(
            &'a self,
            product_category_id: Option<&'a str>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/config/problems", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(
                    &progenitor_client::QueryParam::new(
                        "product_category_id",
                        &product_category_id,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_problem_types",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List product categories

Lists the product categories, optionally filtered by name.

Sends a `GET` request to `/v2/servicerequest/config/product-categories`

Arguments:
- `product_category_name`: Product category name.
*/
        pub async fn list_product_categories<'a>(
            &'a self,
            product_category_name: Option<&'a str>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/config/product-categories", self.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(
                    &progenitor_client::QueryParam::new(
                        "product_category_name",
                        &product_category_name,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_product_categories",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List regions

Lists the regions a case can concern.

Sends a `GET` request to `/v2/servicerequest/config/regions`

*/
        pub async fn list_regions<'a>(
            &'a self,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/config/regions", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "list_regions",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List satisfaction dimensions

Lists the satisfaction dimensions used to score a case.

Sends a `GET` request to `/v2/servicerequest/config/satisfaction-dimensions`

*/
        pub async fn list_satisfaction_dimensions<'a>(
            &'a self,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/config/satisfaction-dimensions", self.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "list_satisfaction_dimensions",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List severities

Lists the severity levels a case can have.

Sends a `GET` request to `/v2/servicerequest/config/severities`

Arguments:
- `business_type_id`: Problem type ID.
- `product_category_id`: Product category ID.
*/
        pub async fn list_severities<'a>(
            &'a self,
            business_type_id: &'a str,
            product_category_id: &'a str,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/config/severities", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(
                    &progenitor_client::QueryParam::new(
                        "business_type_id",
                        &business_type_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "product_category_id",
                        &product_category_id,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_severities",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List templates for a problem type

Lists the case description templates of a problem type.

Sends a `GET` request to `/v2/servicerequest/config/templates`

Arguments:
- `business_type_id`: Business (problem) type ID.
*/
        pub async fn list_case_templates<'a>(
            &'a self,
            business_type_id: &'a str,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/config/templates", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(
                    &progenitor_client::QueryParam::new(
                        "business_type_id",
                        &business_type_id,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_case_templates",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Show a configuration item

Shows the value of a configuration item.

Sends a `GET` request to `/v2/servicerequest/configurations/{config_key}`

Arguments:
- `config_key`: Configuration item key.
*/
        pub async fn show_configuration<'a>(
            &'a self,
            config_key: &'a str,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/configurations/{}", self.baseurl, encode_path(&
                config_key.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "show_configuration",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Verify a contact

Verifies a contact (phone or email) with the code sent by send_verify_codes.

Sends a `POST` request to `/v2/servicerequest/verifycodes`

*/
        pub async fn check_verify_codes<'a>(
            &'a self,
            body: &'a types::VerifyVerifyCodeV2Req,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/verifycodes", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "check_verify_codes",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List verified contacts

Lists the contacts that have been verified; their serial IDs go into the verification headers of create_cases.

Sends a `GET` request to `/v2/servicerequest/verifycodes/has-verified`

Arguments:
- `area_code`: Country calling code.
- `contact_value`: Contact value.
- `contact_way`: Contact type: 0 phone; 1 email.
- `customer_id`: Customer ID.
- `expired_time`: Expiry time.
- `limit`: Number of records to return.
- `offset`: Query offset.
- `sub_customer_id`: Sub-user ID.
- `verified_id`: Verification serial ID.
*/
        pub async fn list_has_verified_contacts<'a>(
            &'a self,
            area_code: Option<&'a str>,
            contact_value: Option<&'a str>,
            contact_way: Option<&'a crate::types::ContactWay>,
            customer_id: Option<&'a str>,
            expired_time: Option<&'a str>,
            limit: Option<i32>,
            offset: Option<i32>,
            sub_customer_id: Option<&'a str>,
            verified_id: Option<&'a str>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/verifycodes/has-verified", self.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("area_code", &area_code))
                .query(
                    &progenitor_client::QueryParam::new("contact_value", &contact_value),
                )
                .query(&progenitor_client::QueryParam::new("contact_way", &contact_way))
                .query(&progenitor_client::QueryParam::new("customer_id", &customer_id))
                .query(
                    &progenitor_client::QueryParam::new("expired_time", &expired_time),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(
                    &progenitor_client::QueryParam::new(
                        "sub_customer_id",
                        &sub_customer_id,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("verified_id", &verified_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_has_verified_contacts",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Check whether verification is needed

Checks whether a contact must be verified before it can be used in a case.

Sends a `GET` request to `/v2/servicerequest/verifycodes/need-verify`

Arguments:
- `area_code`: Country calling code.
- `contact_value`: Contact value (the phone number or email address).
- `contact_way`: Contact type: 0 phone; 1 email.
*/
        pub async fn check_need_verify<'a>(
            &'a self,
            area_code: Option<&'a str>,
            contact_value: &'a str,
            contact_way: &'a crate::types::ContactWay,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/verifycodes/need-verify", self.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("area_code", &area_code))
                .query(
                    &progenitor_client::QueryParam::new("contact_value", &contact_value),
                )
                .query(&progenitor_client::QueryParam::new("contact_way", &contact_way))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "check_need_verify",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Send a verification code

Sends a verification code to a contact by SMS or email.

Sends a `POST` request to `/v2/servicerequest/verifycodes/send`

*/
        pub async fn send_verify_codes<'a>(
            &'a self,
            body: &'a types::SendVerifyCodeReq,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/verifycodes/send", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "send_verify_codes",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Check case privileges

Checks whether the user has a case privilege.

Sends a `GET` request to `/v2/servicerequest/privileges`

Arguments:
- `privilege`: Privilege identifier.
*/
        pub async fn list_privileges<'a>(
            &'a self,
            privilege: &'a crate::types::Privilege,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/privileges", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(&progenitor_client::QueryParam::new("privilege", &privilege))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_privileges",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Create a privilege

Grants or removes a case privilege (create or delete).

Sends a `POST` request to `/v2/servicerequest/privileges`

*/
        pub async fn create_privileges<'a>(
            &'a self,
            body: &'a types::CreateAndDeletePrivilegeReq,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/privileges", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_privileges",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Show the case submission privilege policy

Shows whether the case submission restriction is enabled. The main account can enable it; once enabled, sub-accounts cannot submit cases by default.

Sends a `GET` request to `/v2/servicerequest/privileges/privilege-policy`

*/
        pub async fn show_customer_privilege_policy<'a>(
            &'a self,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/privileges/privilege-policy", self.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "show_customer_privilege_policy",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List regions associated with the user

Lists the regions associated with the user.

Sends a `GET` request to `/v2/servicerequest/customers/regions`

*/
        pub async fn list_customers_regions<'a>(
            &'a self,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/customers/regions", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "list_customers_regions",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**List sub-users

Lists the sub-users of the account (anonymized).

Sends a `GET` request to `/v2/servicerequest/customers/sub-customers`

Arguments:
- `sub_customer_id`: Sub-user ID.
- `sub_customer_name`: Sub-user name.
*/
        pub async fn list_sub_customers<'a>(
            &'a self,
            sub_customer_id: Option<&'a str>,
            sub_customer_name: Option<&'a str>,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!(
                "{}/v2/servicerequest/customers/sub-customers", self.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .get(url)
                .query(
                    &progenitor_client::QueryParam::new(
                        "sub_customer_id",
                        &sub_customer_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "sub_customer_name",
                        &sub_customer_name,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_sub_customers",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /**Create an abuse or infringement report

Files an abuse or intellectual property infringement report.

Sends a `POST` request to `/v2/servicerequest/feedbacks`

*/
        pub async fn create_feedback<'a>(
            &'a self,
            body: &'a types::CreateFeedbackV2Req,
        ) -> Result<ResponseValue<ByteStream>, Error<()>> {
            let url = format!("{}/v2/servicerequest/feedbacks", self.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(Self::api_version()),
                );
            #[allow(unused_mut)]
            let mut request = self
                .client
                .post(url)
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_feedback",
            };
            self.pre(&mut request, &info).await?;
            let result = self.exec(request, &info).await;
            self.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// Items consumers will typically use such as the Client.
    pub mod prelude {
        #[allow(unused_imports)]
        pub use super::Client;
    }
}
/// Accessors of the response models (one line each).
mod accessors {
    use crate::types;

    impl types::AccessoryLimitVo {
        /// Maximum number of files.
        pub fn limit_count(&self) -> Option<&str> { self.limit_count.as_deref() }
        /// Allowed file types.
        pub fn limit_file_type(&self) -> Option<&str> { self.limit_file_type.as_deref() }
        /// Maximum file size, in MB.
        pub fn limit_size(&self) -> Option<&str> { self.limit_size.as_deref() }
    }
    impl types::AccessoryUrl {
        /// Attachment ID.
        pub fn accessory_id(&self) -> Option<&str> { self.accessory_id.as_deref() }
        /// File name.
        pub fn accessory_name(&self) -> Option<&str> { self.accessory_name.as_deref() }
        /// Attachment link.
        pub fn accessory_url(&self) -> Option<&str> { self.accessory_url.as_deref() }
    }
    impl types::AgencyV2 {
        /// Creation time.
        pub fn create_time(&self) -> Option<&str> { self.create_time.as_deref() }
        /// Duration of the agency.
        pub fn duration(&self) -> Option<&str> { self.duration.as_deref() }
        /// Expiry time.
        pub fn expire_time(&self) -> Option<&str> { self.expire_time.as_deref() }
        /// Agency ID.
        pub fn id(&self) -> Option<&str> { self.id.as_deref() }
        /// Agency name.
        pub fn name(&self) -> Option<&str> { self.name.as_deref() }
        /// ID of the delegated (trusted) account.
        pub fn trust_domain_id(&self) -> Option<&str> { self.trust_domain_id.as_deref() }
        /// Name of the delegated (trusted) account.
        pub fn trust_domain_name(&self) -> Option<&str> { self.trust_domain_name.as_deref() }
    }
    impl types::AgreementVo {
        /// Agreement name.
        pub fn agreement_name(&self) -> Option<&str> { self.agreement_name.as_deref() }
        /// Agreement type.
        pub fn agreement_type(&self) -> Option<&str> { self.agreement_type.as_deref() }
        /// Agreement type name.
        pub fn agreement_type_name(&self) -> Option<&str> { self.agreement_type_name.as_deref() }
        /// Content.
        pub fn content(&self) -> Option<&str> { self.content.as_deref() }
        /// Agreement ID.
        pub fn id(&self) -> Option<&str> { self.id.as_deref() }
        /// Version.
        pub fn version(&self) -> Option<i32> { self.version }
    }
    impl types::AreaCodeSimpleInfoV2 {
        /// Country calling code.
        pub fn area_code(&self) -> Option<&str> { self.area_code.as_deref() }
        /// Country name.
        pub fn area_name(&self) -> Option<&str> { self.area_name.as_deref() }
        /// Unique ID.
        pub fn id(&self) -> Option<i32> { self.id }
    }
    impl types::CaseLabelInfo {
        /// Label color.
        pub fn color(&self) -> Option<&str> { self.color.as_deref() }
        /// Label ID.
        pub fn label_id(&self) -> Option<i32> { self.label_id }
        /// Label name.
        pub fn name(&self) -> Option<&str> { self.name.as_deref() }
    }
    impl types::CaseQueryLabel {
        /// Label color.
        pub fn color(&self) -> Option<&str> { self.color.as_deref() }
        /// Label ID.
        pub fn label_id(&self) -> Option<&str> { self.label_id.as_deref() }
        /// Label name.
        pub fn name(&self) -> Option<&str> { self.name.as_deref() }
    }
    impl types::CaseRealtionInfo {
        /// Case ID.
        pub fn case_id(&self) -> Option<&str> { self.case_id.as_deref() }
        /// Brief description.
        pub fn simple_description(&self) -> Option<&str> { self.simple_description.as_deref() }
        /// Submitter, i.e.
        pub fn user_name(&self) -> Option<&str> { self.user_name.as_deref() }
    }
    impl types::CheckHostsResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::CheckNeedVerifyResponse {
        /// Expiry time (parsed leniently: `None` when absent, empty or not a time OSM sends).
        pub fn expire_time(&self) -> Option<crate::time::OsmDateTime> { crate::time::OsmDateTime::parse_lenient(self.expire_time.as_deref()) }
        /// Whether a verification code is needed: 0 no, 1 yes.
        pub fn need_verify_code(&self) -> Option<i32> { self.need_verify_code }
    }
    impl types::CheckVerifyCodesResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::CommonParamV2 {
        /// Whether the parameter is required.
        pub fn is_required(&self) -> Option<i32> { self.is_required }
        /// Whether the parameter is shown.
        pub fn is_show(&self) -> Option<i32> { self.is_show }
        /// Parameter key.
        pub fn param_key(&self) -> Option<&str> { self.param_key.as_deref() }
        /// Parameter name.
        pub fn param_name(&self) -> Option<&str> { self.param_name.as_deref() }
    }
    impl types::ConfirmAuthorizationsResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::ContactV2 {
        /// Country calling code.
        pub fn area_code(&self) -> Option<&str> { self.area_code.as_deref() }
        /// Contact value (the phone number or email address).
        pub fn contact_value(&self) -> Option<&str> { self.contact_value.as_deref() }
        /// Contact type: 0 phone; 1 email.
        pub fn contact_way(&self) -> Option<crate::types::ContactWay> { self.contact_way }
        /// Verification serial ID.
        pub fn verified_id(&self) -> Option<&str> { self.verified_id.as_deref() }
    }
    impl types::CreateCaseExtendsParamResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::CreateCaseLabelsResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::CreateCasesResponse {
        /// Case ID.
        pub fn incident_id(&self) -> Option<&str> { self.incident_id.as_deref() }
    }
    impl types::CreateDiagnoseFeedbackResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::CreateDiagnoseJobResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
        /// Diagnosis tool job ID.
        pub fn job_id(&self) -> Option<&str> { self.job_id.as_deref() }
    }
    impl types::CreateFeedbackResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::CreateLabelsResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::CreateMessagesResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::CreatePrivilegesResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::CreateRelationsResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::CreateScoresResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::DataCenterV2Do {
        /// Whether the region is sensitive.
        pub fn is_sensitive(&self) -> Option<i32> { self.is_sensitive }
        /// Region ID.
        pub fn region_id(&self) -> Option<&str> { self.region_id.as_deref() }
        /// Region name.
        pub fn region_name(&self) -> Option<&str> { self.region_name.as_deref() }
        /// Region type: 0 Chinese mainland, 1 international.
        pub fn type_(&self) -> Option<crate::types::RegionType> { self.type_ }
    }
    impl types::DeleteAccessoriesResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::DeleteCaseLabelsResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::DeleteLabelsResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::DeleteRelationResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::DiagnoseRecordVo {
        /// IDs of the abnormal check items.
        pub fn abnormal_items(&self) -> &[String] { &self.abnormal_items }
        /// Creation timestamp.
        pub fn create_time(&self) -> Option<i64> { self.create_time }
        /// Creator (account ID).
        pub fn domain_id(&self) -> Option<&str> { self.domain_id.as_deref() }
        /// ID.
        pub fn id(&self) -> Option<&str> { self.id.as_deref() }
        /// Job ID.
        pub fn job_id(&self) -> Option<&str> { self.job_id.as_deref() }
        /// Attributes specific to each kind of diagnosis.
        pub fn params(&self) -> &::std::collections::BTreeMap <::std::string::String ,::std::string::String> { &self.params }
        /// Number of abnormal items.
        pub fn red_count(&self) -> Option<i32> { self.red_count }
        /// Region.
        pub fn region(&self) -> Option<&str> { self.region.as_deref() }
        /// Status.
        pub fn status(&self) -> Option<&str> { self.status.as_deref() }
    }
    impl types::DiagnoseResourceVo {
        /// IPv4 address.
        pub fn access_i_pv4(&self) -> Option<&str> { self.access_i_pv4.as_deref() }
        /// IPv6 address.
        pub fn access_i_pv6(&self) -> Option<&str> { self.access_i_pv6.as_deref() }
        /// Fault information (the SDKs document this field as "ID").
        pub fn fault(&self) -> Option<&str> { self.fault.as_deref() }
        /// Host ID.
        pub fn host_id(&self) -> Option<&str> { self.host_id.as_deref() }
        /// Resource ID (the SDKs document this field as "status").
        pub fn id(&self) -> Option<&str> { self.id.as_deref() }
        /// Resource metadata.
        pub fn metadata(&self) -> Option<&::serde_json::Value> { self.metadata.as_ref() }
        /// Name.
        pub fn name(&self) -> Option<&str> { self.name.as_deref() }
        /// Progress.
        pub fn progress(&self) -> Option<&str> { self.progress.as_deref() }
        /// Status.
        pub fn status(&self) -> Option<&str> { self.status.as_deref() }
        /// Tenant ID (the SDKs call it the front-end ID).
        pub fn tenant_id(&self) -> Option<&str> { self.tenant_id.as_deref() }
        /// User ID.
        pub fn user_id(&self) -> Option<&str> { self.user_id.as_deref() }
    }
    impl types::ExtendsParamV2 {
        /// Default value.
        pub fn default_value(&self) -> Option<&str> { self.default_value.as_deref() }
        /// Whether the parameter is sensitive.
        pub fn is_sensitive(&self) -> Option<i32> { self.is_sensitive }
        /// Whether the parameter is shown.
        pub fn is_show(&self) -> Option<i32> { self.is_show }
        /// Language.
        pub fn language(&self) -> Option<&str> { self.language.as_deref() }
        /// Maximum length.
        pub fn length(&self) -> Option<i32> { self.length }
        /// Maximum value.
        pub fn max_value(&self) -> Option<i64> { self.max_value }
        /// Minimum value.
        pub fn min_value(&self) -> Option<i64> { self.min_value }
        /// Parameter description.
        pub fn param_desc(&self) -> Option<&str> { self.param_desc.as_deref() }
        /// Parameter key.
        pub fn param_key(&self) -> Option<&str> { self.param_key.as_deref() }
        /// Parameter name.
        pub fn param_name(&self) -> Option<&str> { self.param_name.as_deref() }
        /// Parameter type.
        pub fn param_type(&self) -> Option<i32> { self.param_type }
        /// Whether the parameter is required.
        pub fn required(&self) -> Option<i32> { self.required }
        /// Selectable values.
        pub fn select_item(&self) -> Option<&str> { self.select_item.as_deref() }
        /// Hint.
        pub fn tips(&self) -> Option<&str> { self.tips.as_deref() }
    }
    impl types::FileOperateLog {
        /// Transfer duration, formatted hh:mm:ss.
        pub fn duration(&self) -> Option<&str> { self.duration.as_deref() }
        /// File name.
        pub fn file_name(&self) -> Option<&str> { self.file_name.as_deref() }
        /// File size, in K, M or G.
        pub fn file_size(&self) -> Option<&str> { self.file_size.as_deref() }
        /// Source path.
        pub fn from_path(&self) -> Option<&str> { self.from_path.as_deref() }
        /// Operation result.
        pub fn oper_result(&self) -> Option<&str> { self.oper_result.as_deref() }
        /// Operation time.
        pub fn operate_time(&self) -> Option<&str> { self.operate_time.as_deref() }
        /// Operation type.
        pub fn operate_type(&self) -> Option<&str> { self.operate_type.as_deref() }
        /// Target path.
        pub fn to_path(&self) -> Option<&str> { self.to_path.as_deref() }
    }
    impl types::ImStatusV2 {
        /// Case ID.
        pub fn incident_id(&self) -> Option<&str> { self.incident_id.as_deref() }
        /// Status.
        pub fn status(&self) -> Option<i32> { self.status }
    }
    impl types::ImUnreadV2 {
        /// Case ID.
        pub fn incident_id(&self) -> Option<&str> { self.incident_id.as_deref() }
        /// Status.
        pub fn status(&self) -> Option<i32> { self.status }
        /// Number of unread messages.
        pub fn unread_num(&self) -> Option<i32> { self.unread_num }
    }
    impl types::IncidentDetailExtInfoV2 {
        /// Country calling code.
        pub fn area_code(&self) -> Option<&str> { self.area_code.as_deref() }
        /// CC email address.
        pub fn cc_email(&self) -> Option<&str> { self.cc_email.as_deref() }
        /// ISV commodity ID.
        pub fn commodity_id(&self) -> Option<&str> { self.commodity_id.as_deref() }
        /// Contact type.
        pub fn contact_type(&self) -> Option<&str> { self.contact_type.as_deref() }
        /// Reminder email address.
        pub fn remind_mail(&self) -> Option<&str> { self.remind_mail.as_deref() }
        /// Reminder mobile number.
        pub fn remind_mobile(&self) -> Option<&str> { self.remind_mobile.as_deref() }
        /// Reminder time.
        pub fn remind_time(&self) -> Option<&str> { self.remind_time.as_deref() }
    }
    impl types::IncidentDetailInfoV2 {
        /// Business ownership: 0 Huawei Cloud, 1 BP partner, 2 ISV.
        pub fn business_ownership(&self) -> Option<i32> { self.business_ownership }
        /// Problem type name.
        pub fn business_type_name(&self) -> Option<&str> { self.business_type_name.as_deref() }
        /// Creation time (parsed leniently: `None` when absent, empty or not a time OSM sends).
        pub fn create_time(&self) -> Option<crate::time::OsmDateTime> { crate::time::OsmDateTime::parse_lenient(self.create_time.as_deref()) }
        /// Customer ID.
        pub fn customer_id(&self) -> Option<&str> { self.customer_id.as_deref() }
        /// Region name.
        pub fn dc_name(&self) -> Option<&str> { self.dc_name.as_deref() }
        /// Extended information of the case (contact and reminder settings).
        pub fn ext_info(&self) -> Option<&types::IncidentDetailExtInfoV2> { self.ext_info.as_ref() }
        /// Case ID.
        pub fn incident_id(&self) -> Option<&str> { self.incident_id.as_deref() }
        /// Satisfaction scores.
        pub fn incident_satisfaction(&self) -> &[types::IncidentSatisfactionV2Do] { &self.incident_satisfaction }
        /// Case type name.
        pub fn incident_type_name(&self) -> Option<&str> { self.incident_type_name.as_deref() }
        /// Evaluation comment.
        pub fn judgement(&self) -> Option<&str> { self.judgement.as_deref() }
        /// Messages.
        pub fn message_list(&self) -> &[types::IncidentMessageV2] { &self.message_list }
        /// Resolution time.
        pub fn resolve_time(&self) -> Option<i64> { self.resolve_time }
        /// Severity name.
        pub fn severity_name(&self) -> Option<&str> { self.severity_name.as_deref() }
        /// Brief description.
        pub fn simple_description(&self) -> Option<&str> { self.simple_description.as_deref() }
        /// Source name.
        pub fn source_name(&self) -> Option<&str> { self.source_name.as_deref() }
        /// Status: 0 pending acceptance, 1 processing, 2 pending confirmation, 3 completed, 4 cancelled, 12 invalid, 17 pending feedback.
        pub fn status(&self) -> Option<crate::types::CaseStatus> { self.status }
        /// Sub-user ID.
        pub fn xcustomer_id(&self) -> Option<&str> { self.xcustomer_id.as_deref() }
        /// Sub-user name.
        pub fn xcustomer_name(&self) -> Option<&str> { self.xcustomer_name.as_deref() }
    }
    impl types::IncidentInfo {
        /// Business category name.
        pub fn business_type_name(&self) -> Option<&str> { self.business_type_name.as_deref() }
        /// Creation time (parsed leniently: `None` when absent, empty or not a time OSM sends).
        pub fn create_time(&self) -> Option<crate::time::OsmDateTime> { crate::time::OsmDateTime::parse_lenient(self.create_time.as_deref()) }
        /// Customer ID.
        pub fn customer_id(&self) -> Option<&str> { self.customer_id.as_deref() }
        /// Data center name.
        pub fn dc_name(&self) -> Option<&str> { self.dc_name.as_deref() }
        /// Whether the case is in the gray (canary) release.
        pub fn gray(&self) -> Option<bool> { self.gray }
        /// Case ID.
        pub fn incident_id(&self) -> Option<&str> { self.incident_id.as_deref() }
        /// Case type name.
        pub fn incident_type_name(&self) -> Option<&str> { self.incident_type_name.as_deref() }
        /// Label list.
        pub fn label_list(&self) -> &[types::CaseQueryLabel] { &self.label_list }
        /// Brief description.
        pub fn simple_describe(&self) -> Option<&str> { self.simple_describe.as_deref() }
        /// Case status.
        pub fn status(&self) -> Option<i32> { self.status }
        /// Type.
        pub fn type_(&self) -> Option<i32> { self.type_ }
        /// Customer ID.
        pub fn xcustomer_id(&self) -> Option<&str> { self.xcustomer_id.as_deref() }
        /// Customer name.
        pub fn xcustomer_name(&self) -> Option<&str> { self.xcustomer_name.as_deref() }
    }
    impl types::IncidentInfoV2 {
        /// Problem type name.
        pub fn business_type_name(&self) -> Option<&str> { self.business_type_name.as_deref() }
        /// Resolution time (parsed leniently: `None` when absent, empty or not a time OSM sends).
        pub fn confirmed_time(&self) -> Option<crate::time::OsmDateTime> { crate::time::OsmDateTime::parse_lenient(self.confirmed_time.as_deref()) }
        /// Creation time (parsed leniently: `None` when absent, empty or not a time OSM sends).
        pub fn create_time(&self) -> Option<crate::time::OsmDateTime> { crate::time::OsmDateTime::parse_lenient(self.create_time.as_deref()) }
        /// Customer ID.
        pub fn customer_id(&self) -> Option<&str> { self.customer_id.as_deref() }
        /// Region name.
        pub fn dc_name(&self) -> Option<&str> { self.dc_name.as_deref() }
        /// Case ID.
        pub fn incident_id(&self) -> Option<&str> { self.incident_id.as_deref() }
        /// Service type.
        pub fn incident_service_type(&self) -> Option<&str> { self.incident_service_type.as_deref() }
        /// Case type name.
        pub fn incident_type_name(&self) -> Option<&str> { self.incident_type_name.as_deref() }
        /// Label list.
        pub fn label_list(&self) -> &[types::LabelInfo] { &self.label_list }
        /// Product category name.
        pub fn product_category_name(&self) -> Option<&str> { self.product_category_name.as_deref() }
        /// Resolution.
        pub fn resolution(&self) -> Option<&str> { self.resolution.as_deref() }
        /// Party responsible for the problem.
        pub fn root_cause(&self) -> Option<&str> { self.root_cause.as_deref() }
        /// Brief description.
        pub fn simple_description(&self) -> Option<&str> { self.simple_description.as_deref() }
        /// Status: 0 pending acceptance, 1 processing, 2 pending confirmation, 3 completed, 4 cancelled, 12 invalid, 17 pending feedback.
        pub fn status(&self) -> Option<crate::types::CaseStatus> { self.status }
        /// Sub-user ID.
        pub fn xcustomer_id(&self) -> Option<&str> { self.xcustomer_id.as_deref() }
        /// Sub-user name.
        pub fn xcustomer_name(&self) -> Option<&str> { self.xcustomer_name.as_deref() }
    }
    impl types::IncidentMessageV2 {
        /// Attachments.
        pub fn accessory_list(&self) -> &[types::SimpleAccessoryV2] { &self.accessory_list }
        /// Message content.
        pub fn content(&self) -> Option<&str> { self.content.as_deref() }
        /// Creation time (parsed leniently: `None` when absent, empty or not a time OSM sends).
        pub fn create_time(&self) -> Option<crate::time::OsmDateTime> { crate::time::OsmDateTime::parse_lenient(self.create_time.as_deref()) }
        /// Whether this is the first message.
        pub fn is_first_message(&self) -> Option<i32> { self.is_first_message }
        /// Message ID.
        pub fn message_id(&self) -> Option<&str> { self.message_id.as_deref() }
        /// ID of the replier.
        pub fn replier(&self) -> Option<&str> { self.replier.as_deref() }
        /// Name of the replier.
        pub fn replier_name(&self) -> Option<&str> { self.replier_name.as_deref() }
        /// Type: 0 customer message, 1 message from a Huawei engineer.
        pub fn type_(&self) -> Option<crate::types::MessageType> { self.type_ }
    }
    impl types::IncidentOperateLogV2 {
        /// Case ID.
        pub fn incident_id(&self) -> Option<&str> { self.incident_id.as_deref() }
        /// Case log ID.
        pub fn incident_log_id(&self) -> Option<&str> { self.incident_log_id.as_deref() }
        /// Operation description.
        pub fn operate_desc(&self) -> Option<&str> { self.operate_desc.as_deref() }
        /// Operation time.
        pub fn operate_time(&self) -> Option<&str> { self.operate_time.as_deref() }
        /// Operation type.
        pub fn operate_type(&self) -> Option<i32> { self.operate_type }
        /// Operator ID.
        pub fn operator_id(&self) -> Option<&str> { self.operator_id.as_deref() }
        /// Operator name.
        pub fn operator_name(&self) -> Option<&str> { self.operator_name.as_deref() }
        /// Operator type.
        pub fn operator_type(&self) -> Option<i32> { self.operator_type }
        /// Time of the case operation (parsed leniently: `None` when absent, empty or not a time OSM sends).
        pub fn timestamp_operate_time(&self) -> Option<crate::time::OsmDateTime> { crate::time::OsmDateTime::parse_lenient(self.timestamp_operate_time.as_deref()) }
    }
    impl types::IncidentOrderAuthDetailInfoV2 {
        /// Account.
        pub fn account(&self) -> Option<&str> { self.account.as_deref() }
        /// Authorization detail ID.
        pub fn id(&self) -> Option<i64> { self.id }
        /// Instance ID.
        pub fn instance_id(&self) -> Option<&str> { self.instance_id.as_deref() }
        /// Instance name.
        pub fn instance_name(&self) -> Option<&str> { self.instance_name.as_deref() }
        /// Port.
        pub fn port(&self) -> Option<i32> { self.port }
        /// Region ID.
        pub fn region_id(&self) -> Option<&str> { self.region_id.as_deref() }
        /// Authorization detail type: 0 console, 1 host resource.
        pub fn type_(&self) -> Option<crate::types::AuthorizationDetailType> { self.type_ }
    }
    impl types::IncidentOrderAuthV2 {
        /// Authorization description.
        pub fn auth_describe(&self) -> Option<&str> { self.auth_describe.as_deref() }
        /// Time from which the authorization is effective (parsed leniently: `None` when absent, empty or not a time OSM sends).
        pub fn auth_effective_time(&self) -> Option<crate::time::OsmDateTime> { crate::time::OsmDateTime::parse_lenient(self.auth_effective_time.as_deref()) }
        /// Time at which the authorization expires (parsed leniently: `None` when absent, empty or not a time OSM sends).
        pub fn auth_expire_time(&self) -> Option<crate::time::OsmDateTime> { crate::time::OsmDateTime::parse_lenient(self.auth_expire_time.as_deref()) }
        /// Content of the letter of commitment.
        pub fn content_of_auth_letter(&self) -> Option<&str> { self.content_of_auth_letter.as_deref() }
        /// Creation time (parsed leniently: `None` when absent, empty or not a time OSM sends).
        pub fn create_time(&self) -> Option<crate::time::OsmDateTime> { crate::time::OsmDateTime::parse_lenient(self.create_time.as_deref()) }
        /// Main account ID.
        pub fn customer_id(&self) -> Option<&str> { self.customer_id.as_deref() }
        /// Authorization ID.
        pub fn id(&self) -> Option<&str> { self.id.as_deref() }
        /// Case ID.
        pub fn incident_id(&self) -> Option<&str> { self.incident_id.as_deref() }
        /// Reason for rejection.
        pub fn reject_reason(&self) -> Option<&str> { self.reject_reason.as_deref() }
        /// Authorized resource type ID.
        pub fn resource_type_id(&self) -> Option<&str> { self.resource_type_id.as_deref() }
        /// Authorized resource type name.
        pub fn resource_type_name(&self) -> Option<&str> { self.resource_type_name.as_deref() }
        /// Brief description.
        pub fn simple_description(&self) -> Option<&str> { self.simple_description.as_deref() }
        /// Authorization status.
        pub fn status(&self) -> Option<i32> { self.status }
        /// Authorized access type ID.
        pub fn visit_type_id(&self) -> Option<&str> { self.visit_type_id.as_deref() }
        /// Authorized access type name.
        pub fn visit_type_name(&self) -> Option<&str> { self.visit_type_name.as_deref() }
        /// Sub-user ID.
        pub fn x_customer_id(&self) -> Option<&str> { self.x_customer_id.as_deref() }
        /// Sub-user name.
        pub fn xcustomer_name(&self) -> Option<&str> { self.xcustomer_name.as_deref() }
    }
    impl types::IncidentOrderCcEmailInfoV2 {
        /// CC email address (the SDKs call it the operating email address).
        pub fn cc_email(&self) -> Option<&str> { self.cc_email.as_deref() }
        /// Customer ID.
        pub fn customer_id(&self) -> Option<&str> { self.customer_id.as_deref() }
        /// User ID.
        pub fn user_id(&self) -> Option<&str> { self.user_id.as_deref() }
    }
    impl types::IncidentProductCategoryV2 {
        /// Whether the support plan entitlement can be used.
        pub fn can_use_support_plan(&self) -> Option<bool> { self.can_use_support_plan }
        /// Product category abbreviation.
        pub fn incident_product_category_acronym(&self) -> Option<&str> { self.incident_product_category_acronym.as_deref() }
        /// Product category description.
        pub fn incident_product_category_desc(&self) -> Option<&str> { self.incident_product_category_desc.as_deref() }
        /// Product category ID.
        pub fn incident_product_category_id(&self) -> Option<&str> { self.incident_product_category_id.as_deref() }
        /// Product category name.
        pub fn incident_product_category_name(&self) -> Option<&str> { self.incident_product_category_name.as_deref() }
    }
    impl types::IncidentSatisfactionV2Do {
        /// Score per step.
        pub fn per_value(&self) -> Option<i32> { self.per_value }
        /// Satisfaction dimension ID.
        pub fn sat_category_id(&self) -> Option<&str> { self.sat_category_id.as_deref() }
        /// Satisfaction dimension name.
        pub fn sat_category_name(&self) -> Option<&str> { self.sat_category_name.as_deref() }
        /// Satisfaction category ID.
        pub fn satisfaction_id(&self) -> Option<i32> { self.satisfaction_id }
        /// Satisfaction category name.
        pub fn satisfaction_name(&self) -> Option<&str> { self.satisfaction_name.as_deref() }
        /// Satisfaction value.
        pub fn satisfaction_value(&self) -> Option<i32> { self.satisfaction_value }
        /// Total satisfaction score.
        pub fn value(&self) -> Option<i32> { self.value }
    }
    impl types::IncidentStatusCount {
        /// Count.
        pub fn count(&self) -> Option<i32> { self.count }
        /// Status: 0 pending acceptance, 1 processing, 2 pending confirmation, 3 completed, 4 cancelled, 12 invalid, 17 pending feedback.
        pub fn status(&self) -> Option<crate::types::CaseStatus> { self.status }
    }
    impl types::IncidentSubTypeV2Do {
        /// Product categories.
        pub fn incident_product_category_list(&self) -> &[types::IncidentProductCategoryV2] { &self.incident_product_category_list }
        /// Case sub-type ID.
        pub fn incident_sub_type_id(&self) -> Option<&str> { self.incident_sub_type_id.as_deref() }
        /// Case sub-type name.
        pub fn incident_sub_type_name(&self) -> Option<&str> { self.incident_sub_type_name.as_deref() }
    }
    impl types::IncidentTempV2 {
        /// Template content.
        pub fn incident_template_content(&self) -> Option<&str> { self.incident_template_content.as_deref() }
        /// Template ID.
        pub fn incident_template_id(&self) -> Option<&str> { self.incident_template_id.as_deref() }
        /// Template name.
        pub fn incident_template_name(&self) -> Option<&str> { self.incident_template_name.as_deref() }
    }
    impl types::ItemResultDetailVo {
        /// Check item ID.
        pub fn check_id(&self) -> Option<&str> { self.check_id.as_deref() }
        /// Check item name.
        pub fn check_name(&self) -> Option<&str> { self.check_name.as_deref() }
        /// Check item name in English.
        pub fn check_name_en(&self) -> Option<&str> { self.check_name_en.as_deref() }
        /// Risk level of the check item.
        pub fn level(&self) -> Option<i32> { self.level }
        /// Response of the check item.
        pub fn response(&self) -> Option<&str> { self.response.as_deref() }
        /// Status.
        pub fn status(&self) -> Option<i32> { self.status }
        /// Suggested fix for the check item.
        pub fn suggestion(&self) -> Option<&str> { self.suggestion.as_deref() }
        /// URL of the suggested fix for the check item.
        pub fn suggestion_url(&self) -> Option<&str> { self.suggestion_url.as_deref() }
    }
    impl types::ItemResultVo {
        /// Check item ID.
        pub fn check_id(&self) -> Option<&str> { self.check_id.as_deref() }
        /// Check item name (the SDKs document this field as "execution status").
        pub fn check_name(&self) -> Option<&str> { self.check_name.as_deref() }
        /// Problem level: 0 not executed, 3 normal, 4 abnormal; tells the result of the check item.
        pub fn problem_level(&self) -> Option<crate::types::ProblemLevel> { self.problem_level }
        /// ID of the check item's category.
        pub fn resource_id(&self) -> Option<&str> { self.resource_id.as_deref() }
        /// Name of the check item's category.
        pub fn resource_name(&self) -> Option<&str> { self.resource_name.as_deref() }
        /// Execution status.
        pub fn status(&self) -> Option<i32> { self.status }
        /// Visibility: 0 hidden, 1 visible.
        pub fn visible(&self) -> Option<crate::types::Visibility> { self.visible }
    }
    impl types::LabelInfo {
        /// Color ID.
        pub fn color(&self) -> Option<&str> { self.color.as_deref() }
        /// Label ID.
        pub fn label_id(&self) -> Option<i32> { self.label_id }
        /// Label description.
        pub fn name(&self) -> Option<&str> { self.name.as_deref() }
    }
    impl types::ListAccessoryAccessUrlsResponse {
        /// Attachment links.
        pub fn accessory_urls(&self) -> &[types::AccessoryUrl] { &self.accessory_urls }
    }
    impl types::ListAgenciesResponse {
        /// Agencies.
        pub fn agency_list(&self) -> &[types::AgencyV2] { &self.agency_list }
        /// Total count.
        pub fn total_count(&self) -> Option<i32> { self.total_count }
    }
    impl types::ListAreaCodesResponse {
        /// Country calling codes.
        pub fn area_code_list(&self) -> &[types::AreaCodeSimpleInfoV2] { &self.area_code_list }
    }
    impl types::ListAuthorizationsResponse {
        /// Total count.
        pub fn count(&self) -> Option<i32> { self.count }
        /// Authorizations.
        pub fn incident_auth_list(&self) -> &[types::IncidentOrderAuthV2] { &self.incident_auth_list }
    }
    impl types::ListCaseCategoriesResponse {
        /// Case sub-types.
        pub fn incident_sub_type_list(&self) -> &[types::IncidentSubTypeV2Do] { &self.incident_sub_type_list }
        /// Total count.
        pub fn total_count(&self) -> Option<i32> { self.total_count }
    }
    impl types::ListCaseCcEmailsResponse {
        /// CC email settings of the user.
        pub fn cc_email_info(&self) -> Option<&types::IncidentOrderCcEmailInfoV2> { self.cc_email_info.as_ref() }
        /// CC email information.
        pub fn mc_email_infos(&self) -> &[String] { &self.mc_email_infos }
    }
    impl types::ListCaseCountsResponse {
        /// Case counts per status.
        pub fn incident_status_counts(&self) -> &[types::IncidentStatusCount] { &self.incident_status_counts }
    }
    impl types::ListCaseLabelsResponse {
        /// Labels attached to the case.
        pub fn case_label_list(&self) -> &[types::CaseLabelInfo] { &self.case_label_list }
    }
    impl types::ListCaseLimitsResponse {
        /// Case limits of the tenant.
        pub fn config(&self) -> Option<&types::TenantConfigV2> { self.config.as_ref() }
    }
    impl types::ListCaseOperateLogsResponse {
        /// Case operation logs.
        pub fn incident_operate_log_list(&self) -> &[types::IncidentOperateLogV2] { &self.incident_operate_log_list }
        /// Total count.
        pub fn total_count(&self) -> Option<i32> { self.total_count }
    }
    impl types::ListCaseQuotasResponse {
        /// Total quota.
        pub fn total(&self) -> Option<i32> { self.total }
        /// Unused quota.
        pub fn un_used(&self) -> Option<i32> { self.un_used }
    }
    impl types::ListCaseTemplatesResponse {
        /// Templates.
        pub fn incident_template_list(&self) -> &[types::IncidentTempV2] { &self.incident_template_list }
        /// Total count.
        pub fn total_count(&self) -> Option<i32> { self.total_count }
    }
    impl types::ListCasesResponse {
        /// Cases.
        pub fn incident_info_list(&self) -> &[types::IncidentInfoV2] { &self.incident_info_list }
        /// Total count.
        pub fn total_count(&self) -> Option<i32> { self.total_count }
    }
    impl types::ListCustomersRegionsResponse {
        /// Total count.
        pub fn count(&self) -> Option<i32> { self.count }
        /// Region information.
        pub fn region_infos(&self) -> &[types::Region] { &self.region_infos }
    }
    impl types::ListDiagnoseItemsResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
        /// Check item results.
        pub fn item_results(&self) -> &[types::ItemResultDetailVo] { &self.item_results }
    }
    impl types::ListDiagnoseJobResponse {
        /// Job creation time.
        pub fn create_time(&self) -> Option<i64> { self.create_time }
        /// Tenant (account) ID.
        pub fn domain_id(&self) -> Option<&str> { self.domain_id.as_deref() }
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
        /// Check item results of the job.
        pub fn items_result(&self) -> &[types::ItemResultVo] { &self.items_result }
        /// Job ID.
        pub fn job_id(&self) -> Option<i32> { self.job_id }
        /// Job status: 0 preparing, 2 running, 3 completed, 4 failed, 7 not executed, 8 unavailable.
        pub fn status(&self) -> Option<crate::types::DiagnoseJobStatus> { self.status }
    }
    impl types::ListDiagnoseRecordsResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
        /// Diagnosis records.
        pub fn records(&self) -> &[types::DiagnoseRecordVo] { &self.records }
        /// Total number of records.
        pub fn total_count(&self) -> Option<i32> { self.total_count }
    }
    impl types::ListDiagnoseResourcesResponse {
        /// Diagnosable resources.
        pub fn result(&self) -> &[types::DiagnoseResourceVo] { &self.result }
        /// Total count.
        pub fn total_count(&self) -> Option<i32> { self.total_count }
    }
    impl types::ListExtendsParamsResponse {
        /// Common additional parameters.
        pub fn common_params(&self) -> &[types::CommonParamV2] { &self.common_params }
        /// Additional parameters.
        pub fn extends_params(&self) -> &[types::ExtendsParamV2] { &self.extends_params }
    }
    impl types::ListHasVerifiedContactsResponse {
        /// Contacts.
        pub fn contact_list(&self) -> &[types::ContactV2] { &self.contact_list }
        /// Total count.
        pub fn count(&self) -> Option<i32> { self.count }
    }
    impl types::ListHistoryOperateLogsResponse {
        /// Operations.
        pub fn ops_list(&self) -> &[types::OperateLog] { &self.ops_list }
        /// Total number of records.
        pub fn total_count(&self) -> Option<i32> { self.total_count }
    }
    impl types::ListHistorySessionsResponse {
        /// Sessions.
        pub fn session_list(&self) -> &[types::OperateHistorySession] { &self.session_list }
        /// Total number of records.
        pub fn total_count(&self) -> Option<i32> { self.total_count }
    }
    impl types::ListLabelsResponse {
        /// Label list.
        pub fn label_list(&self) -> &[types::CaseLabelInfo] { &self.label_list }
        /// Total count.
        pub fn total_count(&self) -> Option<i32> { self.total_count }
    }
    impl types::ListMessagesResponse {
        /// Total count.
        pub fn count(&self) -> Option<i32> { self.count }
        /// Messages.
        pub fn message_list(&self) -> &[types::QueryMessageInfoV2] { &self.message_list }
    }
    impl types::ListMoreInstantMessagesResponse {
        /// Total count.
        pub fn count(&self) -> Option<i32> { self.count }
        /// Messages.
        pub fn message_list(&self) -> &[types::QueryMessageInfoV2] { &self.message_list }
    }
    impl types::ListNewInstantMessagesResponse {
        /// Messages per case.
        pub fn immsg(&self) -> &[types::UserInstantIncidentMsgV2] { &self.immsg }
        /// Status list.
        pub fn imstatus(&self) -> &[types::ImStatusV2] { &self.imstatus }
        /// Time of the last message query; pass it back on the next poll.
        pub fn last_message_time_id(&self) -> Option<&str> { self.last_message_time_id.as_deref() }
    }
    impl types::ListOrderIncidentResponse {
        /// Cases.
        pub fn incident_info_list(&self) -> &[types::IncidentInfo] { &self.incident_info_list }
        /// Total number of records.
        pub fn total_count(&self) -> Option<i32> { self.total_count }
    }
    impl types::ListPrivilegesResponse {
        /// Whether the user has the privilege.
        pub fn has_privilege(&self) -> Option<i32> { self.has_privilege }
    }
    impl types::ListProblemTypesResponse {
        /// Problem types.
        pub fn incident_business_type_list(&self) -> &[types::SimpleIncidentBusinessTypeV2] { &self.incident_business_type_list }
        /// Total count.
        pub fn total_count(&self) -> Option<i32> { self.total_count }
    }
    impl types::ListProductCategoriesResponse {
        /// Product categories.
        pub fn incident_product_category_list(&self) -> &[types::IncidentProductCategoryV2] { &self.incident_product_category_list }
        /// Total count.
        pub fn total_count(&self) -> Option<i32> { self.total_count }
    }
    impl types::ListRegionsResponse {
        /// Regions.
        pub fn data_center_list(&self) -> &[types::DataCenterV2Do] { &self.data_center_list }
        /// Total count.
        pub fn total_count(&self) -> Option<i32> { self.total_count }
    }
    impl types::ListRelationResponse {
        /// Related cases.
        pub fn case_relation_list(&self) -> &[types::CaseRealtionInfo] { &self.case_relation_list }
    }
    impl types::ListSatisfactionDimensionsResponse {
        /// Satisfaction categories.
        pub fn satisfaction_dimension_list(&self) -> &[types::SatisfactionDimensionSimpleInfoV2] { &self.satisfaction_dimension_list }
        /// Total count.
        pub fn total_count(&self) -> Option<i32> { self.total_count }
    }
    impl types::ListSeveritiesResponse {
        /// Severities.
        pub fn severity_list(&self) -> &[types::SeverityV2Do] { &self.severity_list }
        /// Whether the severity selection is shown.
        pub fn show(&self) -> Option<bool> { self.show }
    }
    impl types::ListSubCustomersResponse {
        /// Sub-users.
        pub fn sub_customer_infos(&self) -> &[types::SubCutomerInfoV2] { &self.sub_customer_infos }
    }
    impl types::ListTransportHistoriesResponse {
        /// File transfer records.
        pub fn file_ops_list(&self) -> &[types::FileOperateLog] { &self.file_ops_list }
        /// Total count.
        pub fn total_count(&self) -> Option<i32> { self.total_count }
    }
    impl types::ListUnreadNewInstantMessagesResponse {
        /// Unread message counts.
        pub fn imunread(&self) -> &[types::ImUnreadV2] { &self.imunread }
    }
    impl types::OperateHistorySession {
        /// Session duration, formatted hh:mm:ss.
        pub fn duration(&self) -> Option<&str> { self.duration.as_deref() }
        /// Session end time.
        pub fn end_time(&self) -> Option<&str> { self.end_time.as_deref() }
        /// Session ID.
        pub fn session_id(&self) -> Option<i64> { self.session_id }
        /// Session start time.
        pub fn start_time(&self) -> Option<&str> { self.start_time.as_deref() }
    }
    impl types::OperateLog {
        /// Command executed.
        pub fn oper(&self) -> Option<&str> { self.oper.as_deref() }
        /// Operation time.
        pub fn operate_time(&self) -> Option<&str> { self.operate_time.as_deref() }
    }
    impl types::PartnersServiceInfo {
        /// Customer ID.
        pub fn customer_id(&self) -> Option<&str> { self.customer_id.as_deref() }
        /// Customer name.
        pub fn customer_name(&self) -> Option<&str> { self.customer_name.as_deref() }
        /// Service days per week.
        pub fn service_time_day(&self) -> Option<&str> { self.service_time_day.as_deref() }
        /// Service hours per day.
        pub fn service_time_hour(&self) -> Option<&str> { self.service_time_hour.as_deref() }
        /// Service time zone, such as GMT+08:00.
        pub fn service_time_zone(&self) -> Option<&str> { self.service_time_zone.as_deref() }
    }
    impl types::QueryMessageInfoV2 {
        /// Attachments.
        pub fn accessory_list(&self) -> &[types::SimpleAccessoryV2] { &self.accessory_list }
        /// Message content.
        pub fn content(&self) -> Option<&str> { self.content.as_deref() }
        /// Creation time (parsed leniently: `None` when absent, empty or not a time OSM sends).
        pub fn create_time(&self) -> Option<crate::time::OsmDateTime> { crate::time::OsmDateTime::parse_lenient(self.create_time.as_deref()) }
        /// Sub-user type.
        pub fn iam_user_type(&self) -> Option<i32> { self.iam_user_type }
        /// Whether this is the first message.
        pub fn is_first_message(&self) -> Option<i32> { self.is_first_message }
        /// ID of the replier.
        pub fn replier(&self) -> Option<&str> { self.replier.as_deref() }
        /// Name of the replier.
        pub fn replier_name(&self) -> Option<&str> { self.replier_name.as_deref() }
        /// Replier type: 0 customer message, 1 message from a Huawei engineer, 2 third-party message.
        pub fn replier_type(&self) -> Option<crate::types::ReplierType> { self.replier_type }
        /// Type: 0 customer message, 1 message from a Huawei engineer.
        pub fn type_(&self) -> Option<crate::types::MessageType> { self.type_ }
    }
    impl types::Region {
        /// Region ID.
        pub fn region_id(&self) -> Option<&str> { self.region_id.as_deref() }
        /// Region name.
        pub fn region_name(&self) -> Option<&str> { self.region_name.as_deref() }
    }
    impl types::RevokeMessageResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::SatisfactionDimensionSimpleInfoV2 {
        /// Score per step.
        pub fn per_value(&self) -> Option<i32> { self.per_value }
        /// Satisfaction category ID.
        pub fn sat_category_id(&self) -> Option<&str> { self.sat_category_id.as_deref() }
        /// Satisfaction description.
        pub fn satisfaction_desc(&self) -> Option<&str> { self.satisfaction_desc.as_deref() }
        /// Satisfaction ID.
        pub fn satisfaction_id(&self) -> Option<i32> { self.satisfaction_id }
        /// Satisfaction name.
        pub fn satisfaction_name(&self) -> Option<&str> { self.satisfaction_name.as_deref() }
        /// Total score.
        pub fn value(&self) -> Option<i32> { self.value }
    }
    impl types::SendVerifyCodesResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::SeverityV2Do {
        /// Language.
        pub fn language(&self) -> Option<&str> { self.language.as_deref() }
        /// Severity ID.
        pub fn severity_id(&self) -> Option<&str> { self.severity_id.as_deref() }
        /// Severity name.
        pub fn severity_name(&self) -> Option<&str> { self.severity_name.as_deref() }
    }
    impl types::ShowAccessoryLimitsResponse {
        /// Attachment limits.
        pub fn accessory_limit(&self) -> Option<&types::AccessoryLimitVo> { self.accessory_limit.as_ref() }
    }
    impl types::ShowAuthorizationDetailResponse {
        /// Agency name.
        pub fn agency_name(&self) -> Option<&str> { self.agency_name.as_deref() }
        /// Authorization description.
        pub fn auth_describe(&self) -> Option<&str> { self.auth_describe.as_deref() }
        /// Time from which the authorization is effective (parsed leniently: `None` when absent, empty or not a time OSM sends).
        pub fn auth_effective_time(&self) -> Option<crate::time::OsmDateTime> { crate::time::OsmDateTime::parse_lenient(self.auth_effective_time.as_deref()) }
        /// Time at which the authorization expires (parsed leniently: `None` when absent, empty or not a time OSM sends).
        pub fn auth_expire_time(&self) -> Option<crate::time::OsmDateTime> { crate::time::OsmDateTime::parse_lenient(self.auth_expire_time.as_deref()) }
        /// Name of the authorization handler.
        pub fn auth_handler_name(&self) -> Option<&str> { self.auth_handler_name.as_deref() }
        /// Authorized content ID.
        pub fn content_type_id(&self) -> Option<&str> { self.content_type_id.as_deref() }
        /// Authorized content name.
        pub fn content_type_name(&self) -> Option<&str> { self.content_type_name.as_deref() }
        /// Authorization ID.
        pub fn id(&self) -> Option<&str> { self.id.as_deref() }
        /// Authorization details.
        pub fn incident_auth_detail_list(&self) -> &[types::IncidentOrderAuthDetailInfoV2] { &self.incident_auth_detail_list }
        /// Case ID.
        pub fn incident_id(&self) -> Option<&str> { self.incident_id.as_deref() }
        /// Reason for rejection.
        pub fn reject_reason(&self) -> Option<&str> { self.reject_reason.as_deref() }
        /// Authorized resource type ID.
        pub fn resource_type_id(&self) -> Option<&str> { self.resource_type_id.as_deref() }
        /// Authorized resource type name.
        pub fn resource_type_name(&self) -> Option<&str> { self.resource_type_name.as_deref() }
        /// Brief description.
        pub fn simple_description(&self) -> Option<&str> { self.simple_description.as_deref() }
        /// Authorization status.
        pub fn status(&self) -> Option<i32> { self.status }
        /// Authorized access type ID.
        pub fn visit_type_id(&self) -> Option<&str> { self.visit_type_id.as_deref() }
        /// Authorized access type name.
        pub fn visit_type_name(&self) -> Option<&str> { self.visit_type_name.as_deref() }
        /// Sub-account name.
        pub fn xcustomer_name(&self) -> Option<&str> { self.xcustomer_name.as_deref() }
    }
    impl types::ShowCaseDetailResponse {
        /// Details of the case.
        pub fn incident_detail_info(&self) -> Option<&types::IncidentDetailInfoV2> { self.incident_detail_info.as_ref() }
    }
    impl types::ShowCaseExtendsParamResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::ShowCaseStatusResponse {
        /// Status: 0 pending acceptance, 1 processing, 2 pending confirmation, 3 completed, 4 cancelled, 12 invalid, 17 pending feedback.
        pub fn status(&self) -> Option<crate::types::CaseStatus> { self.status }
    }
    impl types::ShowConfigurationResponse {
        /// Configuration item key.
        pub fn config_key(&self) -> Option<&str> { self.config_key.as_deref() }
        /// Configuration item value.
        pub fn config_value(&self) -> Option<&str> { self.config_value.as_deref() }
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::ShowCustomerPrivilegePolicyResponse {
        /// Switch state.
        pub fn policy_switch(&self) -> Option<bool> { self.policy_switch }
    }
    impl types::ShowDownloadAccessoryUrlResponse {
        /// Attachment download URL.
        pub fn accessory_url(&self) -> Option<&str> { self.accessory_url.as_deref() }
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::ShowLatestPublishedAgreementResponse {
        /// The latest published agreement.
        pub fn case_agreement(&self) -> Option<&types::AgreementVo> { self.case_agreement.as_ref() }
    }
    impl types::ShowLoginTypeResponse {
        /// Login type.
        pub fn login_type(&self) -> Option<&str> { self.login_type.as_deref() }
    }
    impl types::ShowPartnersCasesPrivilegeResponse {
        /// Whether the user has the privilege.
        pub fn has_privilege(&self) -> Option<bool> { self.has_privilege }
    }
    impl types::ShowPartnersServiceInfoResponse {
        /// Service information of the partner.
        pub fn partners_service_info(&self) -> Option<&types::PartnersServiceInfo> { self.partners_service_info.as_ref() }
    }
    impl types::ShowSignedLatestPublishedAgreementResponse {
        /// Whether the latest agreement is signed.
        pub fn is_signed_latest(&self) -> Option<bool> { self.is_signed_latest }
    }
    impl types::SignPublishedAgreementResponse {
        /// Signing record ID.
        pub fn agreement_signed_record_id(&self) -> Option<i32> { self.agreement_signed_record_id }
    }
    impl types::SimpleAccessoryV2 {
        /// Attachment ID.
        pub fn accessory_id(&self) -> Option<&str> { self.accessory_id.as_deref() }
        /// Actual file name of the attachment.
        pub fn file_actual_name(&self) -> Option<&str> { self.file_actual_name.as_deref() }
    }
    impl types::SimpleIncidentBusinessTypeV2 {
        /// Problem type ID.
        pub fn business_type_id(&self) -> Option<&str> { self.business_type_id.as_deref() }
        /// Problem type name.
        pub fn business_type_name(&self) -> Option<&str> { self.business_type_name.as_deref() }
        /// Whether the support plan can be used.
        pub fn can_use_support_plan(&self) -> Option<bool> { self.can_use_support_plan }
        /// Corresponding case type: 0 consultation, 5 fault report.
        pub fn case_type(&self) -> Option<&crate::types::CaseType> { self.case_type.as_ref() }
    }
    impl types::SubCutomerInfoV2 {
        /// Country calling code.
        pub fn area_code(&self) -> Option<&str> { self.area_code.as_deref() }
        /// Customer ID.
        pub fn customer_id(&self) -> Option<&str> { self.customer_id.as_deref() }
        /// Customer name (anonymized).
        pub fn customer_name(&self) -> Option<&str> { self.customer_name.as_deref() }
        /// Main account ID.
        pub fn domain_id(&self) -> Option<&str> { self.domain_id.as_deref() }
        /// Email address (anonymized).
        pub fn email(&self) -> Option<&str> { self.email.as_deref() }
        /// Mobile number (anonymized).
        pub fn mobile(&self) -> Option<&str> { self.mobile.as_deref() }
    }
    impl types::TenantConfigV2 {
        /// Maximum number of CC email addresses.
        pub fn create_case_ccemail_max_count(&self) -> Option<i32> { self.create_case_ccemail_max_count }
    }
    impl types::UpdateAuthorizationsResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::UpdateCaseContactInfoResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::UpdateCasesResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::UpdateLabelsResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::UpdateNewInstantMessagesReadResponse {
        /// Error code.
        pub fn error_code(&self) -> Option<&str> { self.error_code.as_deref() }
        /// Error description.
        pub fn error_msg(&self) -> Option<&str> { self.error_msg.as_deref() }
    }
    impl types::UploadAccessoryResponse {
        /// Attachment ID.
        pub fn accessory_id(&self) -> Option<&str> { self.accessory_id.as_deref() }
    }
    impl types::UploadJsonAccessoriesResponse {
        /// Attachment ID.
        pub fn accessory_id(&self) -> Option<&str> { self.accessory_id.as_deref() }
    }
    impl types::UserInstantIncidentMsgV2 {
        /// Case ID.
        pub fn incident_id(&self) -> Option<&str> { self.incident_id.as_deref() }
        /// Messages.
        pub fn message_list(&self) -> &[types::QueryMessageInfoV2] { &self.message_list }
    }
}
