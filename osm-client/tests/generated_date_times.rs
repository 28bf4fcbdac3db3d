//! Date-time fields of generated models keep the text OSM sent (so no time format ever fails a
//! response) and their accessors parse every format OSM sends; `""` means absent.

#![allow(clippy::unwrap_used)]

use osm_client::types::IncidentDetailInfoV2;

fn create_time(json: &str) -> Option<String> {
    let detail: IncidentDetailInfoV2 = serde_json::from_str(json).unwrap();
    detail.create_time().map(|t| t.to_utc().to_rfc3339())
}

#[test]
fn every_wire_format_parses_through_the_accessor() {
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
fn a_garbage_date_time_decodes_and_keeps_its_text() {
    let detail: IncidentDetailInfoV2 =
        serde_json::from_str(r#"{"incident_id": "c-1", "create_time": "last tuesday"}"#).unwrap();
    assert_eq!(detail.create_time(), None);
    assert_eq!(detail.create_time.as_deref(), Some("last tuesday"));
    assert_eq!(detail.incident_id(), Some("c-1"));
}

#[test]
fn date_times_serialize_as_sent() {
    let detail: IncidentDetailInfoV2 =
        serde_json::from_str(r#"{"create_time": "2006-01-02 15:04:05"}"#).unwrap();
    let json = serde_json::to_value(&detail).unwrap();
    assert_eq!(json["create_time"], "2006-01-02 15:04:05");
}
