//! Rust names for spec names, exactly as progenitor and typify derive them (heck's cases,
//! a trailing `_` for keywords), so osm-gen's own code can call into progenitor's.

use heck::{ToPascalCase, ToSnakeCase};

/// Whether `name` is a wire name osm-gen can map: ASCII letters, digits, `_` and `-`,
/// starting with a letter.
pub(crate) fn is_simple_wire_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// The snake_case field, parameter or method name of a wire name (`pageNo` → `page_no`,
/// `X-Site` → `x_site`, `type` → `type_`).
pub(crate) fn snake(name: &str) -> String {
    keyword_safe(name.replace('-', "_").to_snake_case())
}

/// The PascalCase type name of a spec name (`list_cases` → `ListCases`).
pub(crate) fn pascal(name: &str) -> String {
    keyword_safe(name.replace('-', "_").to_pascal_case())
}

fn keyword_safe(name: String) -> String {
    if typify::accept_as_ident(&name) {
        name
    } else {
        format!("{name}_")
    }
}

/// Whether `name` is a PascalCase Rust identifier that stays itself through [`pascal`].
pub(crate) fn is_pascal_ident(name: &str) -> bool {
    is_simple_wire_name(name) && pascal(name) == name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_progenitor() {
        assert_eq!(snake("pageNo"), "page_no");
        assert_eq!(snake("X-Site"), "x_site");
        assert_eq!(snake("x-email-verifiedid"), "x_email_verifiedid");
        assert_eq!(snake("type"), "type_");
        assert_eq!(snake("incidentInfoList"), "incident_info_list");
        assert_eq!(pascal("list_cases"), "ListCases");
        assert!(is_pascal_ident("IncidentInfoV2"));
        assert!(!is_pascal_ident("IAMToken"));
        assert!(!is_simple_wire_name("a.b"));
    }
}
