//! The summary line, the suggested version bump and the rendered report.

use xtask::api_report::{Bump, CrateVersion};

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
         \x20 additive  CreateCaseRequest.product: added (optional)\n\
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
