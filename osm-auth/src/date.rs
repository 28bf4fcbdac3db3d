//! The `X-Sdk-Date` format: `YYYYMMDDTHHMMSSZ`, UTC.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use time::macros::format_description;
use time::{OffsetDateTime, PrimitiveDateTime};

/// A signing time, whole seconds, UTC.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SdkDate(PrimitiveDateTime);

/// Why an `X-Sdk-Date` value or a clock time cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// The value is not `YYYYMMDDTHHMMSSZ` or names no real UTC time.
    #[error(
        "X-Sdk-Date {value:?} is not a UTC time in the form YYYYMMDDTHHMMSSZ (e.g. 20261129T080000Z)"
    )]
    Malformed {
        /// The rejected value.
        value: String,
    },
    /// The clock time lies outside years 1..=9999.
    #[error("the signing time is outside the years 1 to 9999")]
    OutOfRange,
}

impl SdkDate {
    /// Parses `YYYYMMDDTHHMMSSZ` exactly (16 characters, upper-case `T` and `Z`, year >= 1).
    pub fn parse(value: &str) -> Result<Self, DateError> {
        let malformed = || DateError::Malformed {
            value: value.to_owned(),
        };
        let b = value.as_bytes();
        let shape_ok = b.len() == 16
            && b[8] == b'T'
            && b[15] == b'Z'
            && b[..8].iter().chain(&b[9..15]).all(u8::is_ascii_digit);
        if !shape_ok || &b[..4] == b"0000" {
            return Err(malformed());
        }
        let format = format_description!("[year][month][day]T[hour][minute][second]Z");
        PrimitiveDateTime::parse(value, format)
            .map(SdkDate)
            .map_err(|_| malformed())
    }

    /// The time `t`, truncated to whole seconds.
    pub fn from_system_time(t: SystemTime) -> Result<Self, DateError> {
        let secs: i64 = match t.duration_since(UNIX_EPOCH) {
            Ok(d) => i64::try_from(d.as_secs()).map_err(|_| DateError::OutOfRange)?,
            Err(e) => {
                let d = e.duration();
                // round towards the past so that truncation is to whole seconds
                let whole = i64::try_from(d.as_secs()).map_err(|_| DateError::OutOfRange)?;
                if d.subsec_nanos() > 0 {
                    -whole - 1
                } else {
                    -whole
                }
            }
        };
        let odt = OffsetDateTime::from_unix_timestamp(secs).map_err(|_| DateError::OutOfRange)?;
        if odt.year() < 1 {
            return Err(DateError::OutOfRange);
        }
        Ok(SdkDate(PrimitiveDateTime::new(odt.date(), odt.time())))
    }

    /// This time as a [`SystemTime`].
    pub fn to_system_time(self) -> SystemTime {
        let secs = self.0.assume_utc().unix_timestamp();
        match u64::try_from(secs) {
            Ok(s) => UNIX_EPOCH + Duration::from_secs(s),
            Err(_) => UNIX_EPOCH - Duration::from_secs(secs.unsigned_abs()),
        }
    }

    /// Seconds since the Unix epoch.
    pub fn unix_timestamp(self) -> i64 {
        self.0.assume_utc().unix_timestamp()
    }

    /// `YYYYMMDD`, the date part used in the V11 credential scope.
    pub fn date_stamp(self) -> String {
        let text = self.header_text();
        let full = text.as_str();
        // everything before the 'T'
        full.split('T').next().unwrap_or_default().to_owned()
    }

    /// `YYYYMMDDTHHMMSSZ`, as the string to sign carries it.
    pub fn to_header_value(self) -> String {
        self.header_text().as_str().to_owned()
    }

    /// `YYYYMMDDTHHMMSSZ` on the stack.
    pub(crate) fn header_text(self) -> DateText {
        let (year, month, day) = self.0.to_calendar_date();
        let (hour, minute, second) = self.0.as_hms();
        let mut text = DateText {
            bytes: [0; 24],
            len: 0,
        };
        if let Ok(year @ 1000..=9999) = u16::try_from(year) {
            // the usual case, at fixed places: YYYYMMDDTHHMMSSZ
            let two = |n: u8| [b'0' + n / 10 % 10, b'0' + n % 10];
            let [y0, y1] = two((year / 100) as u8);
            let [y2, y3] = two((year % 100) as u8);
            let [m0, m1] = two(u8::from(month));
            let [d0, d1] = two(day);
            let [h0, h1] = two(hour);
            let [i0, i1] = two(minute);
            let [s0, s1] = two(second);
            let date = [
                y0, y1, y2, y3, m0, m1, d0, d1, b'T', h0, h1, i0, i1, s0, s1, b'Z',
            ];
            text.bytes[..16].copy_from_slice(&date);
            text.len = 16;
            return text;
        }
        // Python's strftime("%Y") does not pad years below 1000; neither do we.
        text.push_number(u32::try_from(year).unwrap_or_default(), 1);
        text.push_two(u8::from(month));
        text.push_two(day);
        text.push_byte(b'T');
        text.push_two(hour);
        text.push_two(minute);
        text.push_two(second);
        text.push_byte(b'Z');
        text
    }
}

/// A formatted `X-Sdk-Date`, without a heap allocation.
#[derive(Clone, Copy)]
pub(crate) struct DateText {
    bytes: [u8; 24],
    len: usize,
}

impl DateText {
    pub(crate) fn as_str(&self) -> &str {
        // only ASCII digits, 'T' and 'Z' are written
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or_default()
    }

    fn push_byte(&mut self, b: u8) {
        if let Some(slot) = self.bytes.get_mut(self.len) {
            *slot = b;
            self.len += 1;
        }
    }

    /// Appends `n` (below 100: months, days, hours, minutes, seconds) as two digits.
    fn push_two(&mut self, n: u8) {
        self.push_byte(b'0' + n / 10 % 10);
        self.push_byte(b'0' + n % 10);
    }

    /// Appends `n` in decimal, zero-padded to at least `width` digits.
    fn push_number(&mut self, n: u32, width: usize) {
        let mut digits = [b'0'; 10];
        let mut i = digits.len();
        let mut rest = n;
        loop {
            i -= 1;
            digits[i] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        let start = i.min(digits.len().saturating_sub(width));
        for &d in &digits[start..] {
            self.push_byte(d);
        }
    }
}

impl std::fmt::Display for SdkDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_header_value())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_formats_round_trip() {
        let d = SdkDate::parse("20261129T080000Z").expect("valid date");
        assert_eq!(d.to_header_value(), "20261129T080000Z");
        assert_eq!(d.date_stamp(), "20261129");
        assert_eq!(SdkDate::from_system_time(d.to_system_time()), Ok(d));
    }

    #[test]
    fn rejects_malformed_dates() {
        for bad in [
            "",
            "20261129T080000",
            "20261129t080000z",
            "20261329T080000Z",
            "20260229T080000Z",
            "20261129T240000Z",
            "20261129T080060Z",
            "00001129T080000Z",
            " 20261129T080000Z",
            "2026-11-29T08:00",
        ] {
            assert!(SdkDate::parse(bad).is_err(), "{bad:?} should be rejected");
        }
    }
}
