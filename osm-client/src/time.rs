//! [`OsmDateTime`]: the type of every `format: date-time` field, decoding every format OSM sends.
//!
//! OSM does not always send RFC 3339. Like Huawei's Go SDK, this type accepts:
//!
//! | on the wire                        | meaning                                    |
//! |------------------------------------|--------------------------------------------|
//! | `2006-01-02T15:04:05Z`             | UTC                                        |
//! | `2006-01-02T15:04:05+08:00`        | that offset                                |
//! | `2006-01-02T15:04:05.123456Z`      | RFC 3339 with fractions (any offset)       |
//! | `2006-01-02T15:04:05` (no zone)    | zone-less, see below                       |
//! | `2006-01-02 15:04:05` (no zone)    | zone-less, see below                       |
//! | `""`                               | absent                                     |
//!
//! **Zone-less values** carry no offset. Huawei's Go SDK reads them as UTC, and so does
//! [`OsmDateTime::to_utc`]; [`OsmDateTime::has_zone`] tells such values apart, and
//! [`OsmDateTime::naive`] gives the wall-clock time to place in another zone (OSM documents
//! that times follow the request's `X-Time-Zone`, `GMT+8` by default).
//!
//! The models keep date-time fields as the text OSM sent; their accessors (e.g.
//! `case.create_time()`) parse it with [`OsmDateTime::parse_lenient`], so an odd or empty time
//! never fails a whole response.
//!
//! Serialization always writes RFC 3339 (`Z` for UTC; zone-less values are written as UTC).

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, FixedOffset, NaiveDateTime, SecondsFormat, TimeZone, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A date-time as OSM sends it: an instant, plus whether the wire value named its zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OsmDateTime {
    value: DateTime<FixedOffset>,
    zoned: bool,
}

/// A string that is not one of the date-time formats OSM sends.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{value}` is not a date-time in a format OSM sends (expected e.g. `2006-01-02T15:04:05Z`, \
     `2006-01-02T15:04:05+08:00`, `2006-01-02T15:04:05` or `2006-01-02 15:04:05`)"
)]
pub struct ParseDateTimeError {
    /// The rejected input (date-times are not secret).
    pub value: String,
}

/// Zone-less layouts, tried after RFC 3339.
const NAIVE_FORMATS: [&str; 2] = ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f"];

impl OsmDateTime {
    /// Parses any format listed in the [module documentation](self) except `""`.
    pub fn parse(text: &str) -> Result<Self, ParseDateTimeError> {
        let trimmed = text.trim();
        if let Ok(value) = DateTime::parse_from_rfc3339(trimmed) {
            return Ok(Self { value, zoned: true });
        }
        NAIVE_FORMATS
            .iter()
            .find_map(|f| NaiveDateTime::parse_from_str(trimmed, f).ok())
            .map(|naive| Self {
                value: Utc.from_utc_datetime(&naive).fixed_offset(),
                zoned: false,
            })
            .ok_or_else(|| ParseDateTimeError {
                value: text.to_owned(),
            })
    }

    /// A model field's text as a date-time: `None` when the field is absent, empty or not a
    /// format OSM sends (the models keep the text itself, so nothing fails to decode).
    pub fn parse_lenient(text: Option<&str>) -> Option<Self> {
        text.filter(|t| !t.trim().is_empty())
            .and_then(|t| Self::parse(t).ok())
    }

    /// The instant in UTC (zone-less values are read as UTC, like Huawei's Go SDK).
    pub fn to_utc(&self) -> DateTime<Utc> {
        self.value.with_timezone(&Utc)
    }

    /// The instant with the offset it was sent with (`+00:00` for zone-less values).
    pub fn to_fixed_offset(&self) -> DateTime<FixedOffset> {
        self.value
    }

    /// The wall-clock time as sent, without its offset.
    pub fn naive(&self) -> NaiveDateTime {
        self.value.naive_local()
    }

    /// Whether the wire value named its zone (`Z` or an offset).
    pub fn has_zone(&self) -> bool {
        self.zoned
    }

    /// RFC 3339, `Z` for UTC, fractions only when present.
    pub fn to_rfc3339(&self) -> String {
        self.value.to_rfc3339_opts(SecondsFormat::AutoSi, true)
    }
}

impl<Tz: TimeZone> From<DateTime<Tz>> for OsmDateTime {
    fn from(value: DateTime<Tz>) -> Self {
        Self {
            value: value.fixed_offset(),
            zoned: true,
        }
    }
}

impl FromStr for OsmDateTime {
    type Err = ParseDateTimeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl fmt::Display for OsmDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

impl Serialize for OsmDateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_rfc3339())
    }
}

impl<'de> Deserialize<'de> for OsmDateTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Self::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn utc(text: &str) -> String {
        OsmDateTime::parse(text).unwrap().to_utc().to_rfc3339()
    }

    #[test]
    fn every_format_osm_sends_decodes() {
        assert_eq!(utc("2006-01-02T15:04:05Z"), "2006-01-02T15:04:05+00:00");
        assert_eq!(utc("2006-01-02T15:04:05"), "2006-01-02T15:04:05+00:00");
        assert_eq!(utc("2006-01-02 15:04:05"), "2006-01-02T15:04:05+00:00");
        assert_eq!(
            utc("2006-01-02T15:04:05+08:00"),
            "2006-01-02T07:04:05+00:00"
        );
        assert_eq!(
            utc("2006-01-02T15:04:05.123Z"),
            "2006-01-02T15:04:05.123+00:00"
        );
        assert_eq!(
            utc("2006-01-02T15:04:05.123456789-03:30"),
            "2006-01-02T18:34:05.123456789+00:00"
        );
        assert_eq!(
            utc("2006-01-02 15:04:05.5"),
            "2006-01-02T15:04:05.500+00:00"
        );
    }

    #[test]
    fn zone_is_remembered() {
        assert!(
            OsmDateTime::parse("2006-01-02T15:04:05Z")
                .unwrap()
                .has_zone()
        );
        let naive = OsmDateTime::parse("2006-01-02 15:04:05").unwrap();
        assert!(!naive.has_zone());
        assert_eq!(naive.naive().to_string(), "2006-01-02 15:04:05");
        let offset = OsmDateTime::parse("2006-01-02T15:04:05+08:00").unwrap();
        assert_eq!(offset.naive().to_string(), "2006-01-02 15:04:05");
        assert_eq!(
            offset.to_fixed_offset().offset().local_minus_utc(),
            8 * 3600
        );
    }

    #[test]
    fn garbage_is_an_error_naming_the_value() {
        for bad in [
            "",
            "yesterday",
            "2006-13-02T15:04:05Z",
            "2006-01-02",
            "15:04:05",
            "2006-01-02T25:00:00",
        ] {
            let err = OsmDateTime::parse(bad).unwrap_err();
            assert_eq!(err.value, bad);
            assert!(err.to_string().contains(&format!("`{bad}`")), "{err}");
        }
    }

    #[test]
    fn serializes_as_rfc3339() {
        let t = OsmDateTime::parse("2006-01-02T15:04:05+08:00").unwrap();
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            "\"2006-01-02T15:04:05+08:00\""
        );
        let t = OsmDateTime::parse("2006-01-02 15:04:05").unwrap();
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            "\"2006-01-02T15:04:05Z\""
        );
        assert_eq!(t.to_string(), "2006-01-02T15:04:05Z");
        let t: OsmDateTime = "2006-01-02T15:04:05.250Z".parse().unwrap();
        assert_eq!(t.to_string(), "2006-01-02T15:04:05.250Z");
    }

    #[test]
    fn round_trips_through_json() {
        let t = OsmDateTime::parse("2021-06-30T23:59:59.999+05:45").unwrap();
        let back: OsmDateTime = serde_json::from_str(&serde_json::to_string(&t).unwrap()).unwrap();
        assert_eq!(back, t);
    }

    #[test]
    fn lenient_parsing_of_model_fields() {
        for absent in [None, Some(""), Some("  "), Some("soon")] {
            assert!(OsmDateTime::parse_lenient(absent).is_none(), "{absent:?}");
        }
        let t = OsmDateTime::parse_lenient(Some("2006-01-02 15:04:05")).unwrap();
        assert_eq!(t.to_string(), "2006-01-02T15:04:05Z");
    }

    #[test]
    fn bare_type_rejects_empty_and_non_strings() {
        assert!(serde_json::from_str::<OsmDateTime>(r#""""#).is_err());
        assert!(serde_json::from_str::<OsmDateTime>("12").is_err());
    }
}
