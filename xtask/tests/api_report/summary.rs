//! The summary line, the suggested version bump and the rendered report.

use xtask::api_report::{Bump, ChangeKind, CrateVersion};

use super::*;

#[test]
fn suggested_bump_follows_the_0x_rule() {
    let breaking = report(BASE, &edit(BASE, LIMIT_PARAM, ""));
    let additive = report(
        BASE,
        &edit(
            BASE,
            LIMIT_PARAM,
            &format!(
                "{LIMIT_PARAM}        - {{name: offset, in: query, schema: {{type: integer}}}}\n"
            ),
        ),
    );
    let v01 = CrateVersion::parse("0.1.0").unwrap();
    let v12 = CrateVersion::parse("1.2.3").unwrap();
    assert_eq!(breaking.suggested_bump(v01), Bump::Minor);
    assert_eq!(additive.suggested_bump(v01), Bump::Patch);
    assert_eq!(breaking.suggested_bump(v12), Bump::Major);
    assert_eq!(additive.suggested_bump(v12), Bump::Minor);
    assert_eq!(Bump::Minor.apply(v01).to_string(), "0.2.0");
    assert_eq!(Bump::Major.apply(v12).to_string(), "2.0.0");
    assert_eq!(
        breaking.summary(v01),
        "1 breaking, 0 additive: suggested bump minor (osm-client 0.1.0 -> 0.2.0; breaking changes bump the minor version of a 0.x crate)"
    );
}

#[test]
fn rendered_report_lists_breaking_first_then_the_summary() {
    let spec = edit(BASE, LIMIT_PARAM, "");
    let spec = edit(
        &spec,
        "        priority: {type: integer, format: int32}\n",
        "        priority: {type: integer, format: int32}\n        product: {type: string}\n",
    );
    let text = report(BASE, &spec).render(CrateVersion::parse("0.1.0").unwrap());
    assert_eq!(
        text,
        "  breaking  list_cases: query parameter limit: removed\n\
         \x20 additive  CreateCaseRequest.product: added (optional) [used by create_case]\n\
         1 breaking, 1 additive: suggested bump minor (osm-client 0.1.0 -> 0.2.0; breaking changes bump the minor version of a 0.x crate)\n"
    );
}

#[test]
fn crate_versions_parse_strictly() {
    assert_eq!(
        CrateVersion::parse("0.10.2-rc.1"),
        Some(CrateVersion {
            major: 0,
            minor: 10,
            patch: 2
        })
    );
    assert_eq!(CrateVersion::parse("1.2"), None);
    assert_eq!(CrateVersion::parse("1.2.3.4"), None);
    assert_eq!(CrateVersion::parse("one.2.3"), None);
}

#[test]
fn model_changes_name_the_operations_that_use_the_model() {
    // Label is reached from create_case's body and from list_cases' response.
    let change = only_change("        color: {type: string}\n", "");
    assert_eq!(change.used_by, ["create_case", "list_cases"]);
    assert_eq!(
        change.to_string(),
        "breaking  Label.color: removed [used by create_case, list_cases]"
    );
    // Operation-level changes name their operation in the location instead.
    let change = only_change(LIMIT_PARAM, "");
    assert!(change.used_by.is_empty());
}

#[test]
fn long_lists_of_users_are_shortened() {
    let change = Change {
        impact: Impact::Additive,
        element: Element::Field,
        kind: ChangeKind::Added { required: false },
        location: "ErrorResponse.request_id".into(),
        reason: None,
        used_by: ["a", "b", "c", "d"].map(String::from).to_vec(),
    };
    assert_eq!(
        change.to_string(),
        "additive  ErrorResponse.request_id: added (optional) [used by a, b and 2 more]"
    );
}
