//! Date-time fields of generated models decode every format OSM sends, and `""` means absent.

#![allow(clippy::unwrap_used)]

use osm_client::types::IncidentDetailInfoV2;

fn create_time(json: &str) -> Option<String> {
    let detail: IncidentDetailInfoV2 = serde_json::from_str(json).unwrap();
    detail.create_time.map(|t| t.to_utc().to_rfc3339())
}

#[test]
fn every_wire_format_decodes_in_a_generated_model() {
    for (wire, utc) in [
        ("2006-01-02T15:04:05Z", "2006-01-02T15:04:05+00:00"),
        ("2006-01-02T15:04:05", "2006-01-02T15:04:05+00:00"),
        ("2006-01-02 15:04:05", "2006-01-02T15:04:05+00:00"),
        ("2006-01-02T15:04:05+08:00", "2006-01-02T07:04:05+00:00"),
        ("2006-01-02T15:04:05.123Z", "2006-01-02T15:04:05.123+00:00"),
    ] {
        let json = format!(r#"{{"incident_id": "c-1", "create_time": "{wire}"}}"#);
        assert_eq!(create_time(&json).as_deref(), Some(utc), "{wire}");
    }
}

#[test]
fn empty_null_and_missing_date_times_are_none() {
    for json in [
        r#"{"create_time": ""}"#,
        r#"{"create_time": null}"#,
        r#"{"incident_id": "c-1"}"#,
    ] {
        assert_eq!(create_time(json), None, "{json}");
    }
}

#[test]
fn a_garbage_date_time_fails_naming_the_value() {
    let err = serde_json::from_str::<IncidentDetailInfoV2>(r#"{"create_time": "last tuesday"}"#)
        .unwrap_err();
    assert!(err.to_string().contains("`last tuesday`"), "{err}");
}

#[test]
fn date_times_serialize_as_rfc3339() {
    let detail: IncidentDetailInfoV2 =
        serde_json::from_str(r#"{"create_time": "2006-01-02 15:04:05"}"#).unwrap();
    let json = serde_json::to_value(&detail).unwrap();
    assert_eq!(json["create_time"], "2006-01-02T15:04:05Z");
}
