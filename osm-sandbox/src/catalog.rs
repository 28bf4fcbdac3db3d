//! The seeded configuration catalogue served by the config endpoints and used by create-case
//! validation: a business type, product category, sub type, severity or region that a config
//! endpoint does not list is rejected by `create_cases`.

/// A product category.
#[derive(Debug, Clone, Copy)]
pub struct Product {
    /// Id.
    pub id: &'static str,
    /// Name.
    pub name: &'static str,
    /// Short name.
    pub acronym: &'static str,
    /// Description.
    pub desc: &'static str,
}

/// A problem (business) type.
#[derive(Debug, Clone, Copy)]
pub struct BusinessType {
    /// Id.
    pub id: &'static str,
    /// Name.
    pub name: &'static str,
    /// `0` consultation, `5` fault report (needs `region_id`).
    pub case_type: &'static str,
    /// Template text offered for it.
    pub template: &'static str,
}

/// A case sub type (category) and the products it covers.
#[derive(Debug, Clone, Copy)]
pub struct SubType {
    /// Id.
    pub id: &'static str,
    /// Name.
    pub name: &'static str,
    /// Product ids.
    pub products: &'static [&'static str],
}

/// Product categories.
pub const PRODUCTS: &[Product] = &[
    Product {
        id: "pc-ecs",
        name: "Elastic Cloud Server",
        acronym: "ECS",
        desc: "Virtual machines",
    },
    Product {
        id: "pc-obs",
        name: "Object Storage Service",
        acronym: "OBS",
        desc: "Object storage",
    },
    Product {
        id: "pc-rds",
        name: "Relational Database Service",
        acronym: "RDS",
        desc: "Managed databases",
    },
    Product {
        id: "pc-vpc",
        name: "Virtual Private Cloud",
        acronym: "VPC",
        desc: "Networking",
    },
    Product {
        id: "pc-billing",
        name: "Billing Center",
        acronym: "BILL",
        desc: "Bills, payments, invoices",
    },
];

/// Problem types.
pub const BUSINESS_TYPES: &[BusinessType] = &[
    BusinessType {
        id: "bt-consult",
        name: "Technical consultation",
        case_type: "0",
        template: "What do you want to achieve?\nWhat have you tried?",
    },
    BusinessType {
        id: "bt-fault",
        name: "Service fault",
        case_type: "5",
        template: "Resource id:\nTime the fault started:\nError message:",
    },
    BusinessType {
        id: "bt-billing",
        name: "Billing and payment",
        case_type: "0",
        template: "Bill or order number:\nQuestion:",
    },
];

/// Sub types.
pub const SUB_TYPES: &[SubType] = &[
    SubType {
        id: "st-technical",
        name: "Technical issues",
        products: &["pc-ecs", "pc-obs", "pc-rds", "pc-vpc"],
    },
    SubType {
        id: "st-non-technical",
        name: "Non-technical issues",
        products: &["pc-billing"],
    },
];

/// Severities: (id, name).
pub const SEVERITIES: &[(&str, &str)] = &[
    ("sev-1", "Critical: service unavailable"),
    ("sev-2", "Major: service degraded"),
    ("sev-3", "Minor: single function affected"),
    ("sev-4", "Consultation: no impact"),
];

/// Regions: (id, name, type 0 mainland / 1 international).
pub const REGIONS: &[(&str, &str, i32)] = &[
    ("cn-north-4", "CN North-Beijing4", 0),
    ("cn-east-3", "CN East-Shanghai1", 0),
    ("cn-south-1", "CN South-Guangzhou", 0),
    ("ap-southeast-1", "AP-Hong Kong", 1),
    ("ap-southeast-3", "AP-Singapore", 1),
];

/// Country calling codes: (code, name).
pub const AREA_CODES: &[(&str, &str)] = &[
    ("86", "China"),
    ("852", "Hong Kong (China)"),
    ("65", "Singapore"),
    ("1", "United States"),
    ("44", "United Kingdom"),
    ("49", "Germany"),
];

/// Satisfaction dimensions: (id, name, description); each scored 1..=5.
pub const SATISFACTION: &[(i32, &str, &str)] = &[
    (1, "Response speed", "How quickly support answered"),
    (
        2,
        "Professionalism",
        "How well support understood and solved the problem",
    ),
    (3, "Overall satisfaction", "Your overall experience"),
];

/// Highest score of each satisfaction dimension.
pub const SATISFACTION_MAX: i32 = 5;

/// Case quota per problem type (open cases).
pub const CASE_QUOTA: i64 = 1000;

/// Maximum number of carbon-copy e-mails.
pub const CC_EMAIL_MAX: i32 = 5;

/// Largest attachment, in MiB.
pub const ACCESSORY_MAX_MB: usize = 5;
/// Most attachments per account.
pub const ACCESSORY_MAX_COUNT: usize = 100;
/// Accepted attachment extensions.
pub const ACCESSORY_TYPES: &[&str] = &[
    "txt", "log", "json", "xml", "csv", "png", "jpg", "jpeg", "gif", "bmp", "pdf", "zip", "gz",
    "tar", "doc", "docx", "xls", "xlsx", "md",
];

/// The problem type with this id.
pub fn business_type(id: &str) -> Option<&'static BusinessType> {
    BUSINESS_TYPES.iter().find(|b| b.id == id)
}
/// The product category with this id.
pub fn product(id: &str) -> Option<&'static Product> {
    PRODUCTS.iter().find(|p| p.id == id)
}
/// The sub type with this id.
pub fn sub_type(id: &str) -> Option<&'static SubType> {
    SUB_TYPES.iter().find(|s| s.id == id)
}
/// The severity name for this id.
pub fn severity(id: &str) -> Option<&'static str> {
    SEVERITIES.iter().find(|s| s.0 == id).map(|s| s.1)
}
/// The region name for this id.
pub fn region(id: &str) -> Option<&'static str> {
    REGIONS.iter().find(|r| r.0 == id).map(|r| r.1)
}
