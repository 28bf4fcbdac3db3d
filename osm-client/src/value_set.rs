//! What the generated open enums share: [`UnknownValue`] and the impls osm-gen asks for with
//! `open_enum_impls!` (conversions both ways, serde, `Display`, `FromStr`).

use std::fmt;

/// A wire value an open enum does not know, kept as it came so it is sent back unchanged.
///
/// Only decoding (or `From` the wire value) makes one: a known value always becomes its
/// variant, so two equal wire values are always equal enums.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnknownValue<T>(pub(crate) T);

impl<T> UnknownValue<T> {
    /// The value as it was on the wire.
    pub fn get(&self) -> &T {
        &self.0
    }
}

impl<T: fmt::Debug> fmt::Debug for UnknownValue<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Integer-valued open enums also accept their numbers sent as strings (`"3"`), as some
/// gateways do; a number that does not fit is a decode error.
pub(crate) fn deserialize_int<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: TryFrom<i64>,
{
    #[derive(serde::Deserialize)]
    #[serde(untagged)]
    enum Wire<'a> {
        Number(i64),
        Text(std::borrow::Cow<'a, str>),
    }
    let n = match <Wire<'de> as serde::Deserialize>::deserialize(deserializer)? {
        Wire::Number(n) => n,
        Wire::Text(s) => s.trim().parse::<i64>().map_err(|_| {
            serde::de::Error::custom(format!("expected an integer, found the string {s:?}"))
        })?,
    };
    T::try_from(n).map_err(|_| serde::de::Error::custom(format!("{n} is out of range")))
}

/// True when `input` names the variant `ident` (`PendingAcceptance`): its words in any ASCII
/// case, each joined to the next directly or by one `-` or `_` (`pending-acceptance`,
/// `pending_acceptance`, `PENDING_ACCEPTANCE`, `pendingacceptance`).
pub(crate) fn names_variant(input: &str, ident: &str) -> bool {
    let mut input = input.chars().peekable();
    for (i, c) in ident.chars().enumerate() {
        // a word starts at each upper-case letter after the first
        if i > 0 && c.is_ascii_uppercase() && matches!(input.peek(), Some('-' | '_')) {
            input.next();
        }
        match input.next() {
            Some(got) if got.eq_ignore_ascii_case(&c) => {}
            _ => return false,
        }
    }
    input.next().is_none()
}

/// The impls of a generated open enum: `KNOWN`, `value()`, `From` the wire value (and back),
/// serde as the wire value, `Display` (the wire value) and `FromStr` (the wire value, or a
/// variant's name as [`names_variant`] reads it; the wire value wins).
macro_rules! open_enum_impls {
    (int $name:ident: $raw:ty { $($variant:ident = $value:literal,)* }) => {
        impl $name {
            /// Every value this version knows.
            pub const KNOWN: &'static [Self] = &[$(Self::$variant),*];
            /// The value on the wire.
            pub fn value(self) -> $raw {
                match self {
                    $(Self::$variant => $value,)*
                    Self::Unknown(v) => v.0,
                }
            }
        }
        impl From<$raw> for $name {
            fn from(value: $raw) -> Self {
                match value {
                    $($value => Self::$variant,)*
                    other => Self::Unknown($crate::value_set::UnknownValue(other)),
                }
            }
        }
        impl From<$name> for $raw {
            fn from(value: $name) -> Self {
                value.value()
            }
        }
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&self.value(), f)
            }
        }
        impl ::std::str::FromStr for $name {
            type Err = ::std::num::ParseIntError;
            /// The wire value (any integer: an unknown one is `Unknown`) or a variant's name
            /// (`"pending-acceptance"`, `"pending_acceptance"`, `"PendingAcceptance"`); the
            /// error is the integer's when it is neither.
            fn from_str(s: &str) -> ::std::result::Result<Self, Self::Err> {
                let s = s.trim();
                s.parse::<$raw>().map(Self::from).or_else(|e| {
                    $(if $crate::value_set::names_variant(s, stringify!($variant)) {
                        return Ok(Self::$variant);
                    })*
                    Err(e)
                })
            }
        }
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                ::serde::Serialize::serialize(&self.value(), s)
            }
        }
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                $crate::value_set::deserialize_int::<D, $raw>(d).map(Self::from)
            }
        }
    };
    (str $name:ident: $raw:ty { $($variant:ident = $value:literal,)* }) => {
        impl $name {
            /// Every value this version knows.
            pub const KNOWN: &'static [Self] = &[$(Self::$variant),*];
            /// The value on the wire.
            pub fn value(&self) -> &str {
                match self {
                    $(Self::$variant => $value,)*
                    Self::Unknown(v) => &v.0,
                }
            }
        }
        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $($value => Self::$variant,)*
                    other => Self::Unknown($crate::value_set::UnknownValue(other.to_owned())),
                }
            }
        }
        impl From<String> for $name {
            fn from(value: String) -> Self {
                Self::from(value.as_str())
            }
        }
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.value())
            }
        }
        impl ::std::str::FromStr for $name {
            type Err = ::std::convert::Infallible;
            /// The wire value exactly, else a variant's name (`"create-case"`,
            /// `"CreateCase"`), else `Unknown` with the text as given.
            fn from_str(s: &str) -> ::std::result::Result<Self, Self::Err> {
                let value = Self::from(s);
                if let Self::Unknown(_) = value {
                    $(if $crate::value_set::names_variant(s.trim(), stringify!($variant)) {
                        return Ok(Self::$variant);
                    })*
                }
                Ok(value)
            }
        }
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.value())
            }
        }
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                <::std::borrow::Cow<'de, str> as ::serde::Deserialize<'de>>::deserialize(d)
                    .map(|s| Self::from(s.as_ref()))
            }
        }
    };
}
pub(crate) use open_enum_impls;

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use crate::types::{CaseAction, CaseStatus};

    #[test]
    fn integer_sets_are_open() {
        let s: CaseStatus = serde_json::from_str("1").unwrap();
        assert_eq!(s, CaseStatus::Processing);
        let s: CaseStatus = serde_json::from_str("\"17\"").unwrap();
        assert_eq!(s, CaseStatus::PendingFeedback);
        let new: CaseStatus = serde_json::from_str("99").unwrap();
        assert!(matches!(new, CaseStatus::Unknown(v) if *v.get() == 99));
        assert_eq!(serde_json::to_string(&new).unwrap(), "99");
        assert_eq!(CaseStatus::from(3), CaseStatus::Completed);
        assert_eq!(CaseStatus::Completed.value(), 3);
        assert_eq!(CaseStatus::Invalid.to_string(), "12");
        assert_eq!("5".parse::<CaseStatus>().unwrap(), CaseStatus::Paused);
        assert!(serde_json::from_str::<CaseStatus>("\"soon\"").is_err());
        assert!(serde_json::from_str::<CaseStatus>("9999999999").is_err());
        assert_eq!(CaseStatus::KNOWN.len(), 8);
    }

    #[test]
    fn integer_sets_parse_wire_values_and_names() {
        for text in [
            "2",
            " 2 ",
            "pending-confirmation",
            "pending_confirmation",
            "PendingConfirmation",
            "PENDING_CONFIRMATION",
            "pendingconfirmation",
            " Pending-Confirmation\n",
        ] {
            assert_eq!(
                text.parse::<CaseStatus>().unwrap(),
                CaseStatus::PendingConfirmation,
                "{text:?}"
            );
        }
        assert_eq!(
            "completed".parse::<CaseStatus>().unwrap(),
            CaseStatus::Completed
        );
        assert_eq!(
            "Processing".parse::<CaseStatus>().unwrap(),
            CaseStatus::Processing
        );
        // every known value round-trips through its wire value (Display)
        for s in CaseStatus::KNOWN {
            assert_eq!(s.to_string().parse::<CaseStatus>().unwrap(), *s);
        }
        // an unknown number is still accepted, an unknown name is not
        let new = "99".parse::<CaseStatus>().unwrap();
        assert!(matches!(new, CaseStatus::Unknown(v) if *v.get() == 99));
        for bad in [
            "",
            "done",
            "pending",
            "pending--confirmation",
            "pending-confirmation-x",
            "-processing",
            "processing_",
            "pend-ing",
            "pending confirmation",
        ] {
            assert!(bad.parse::<CaseStatus>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn string_sets_parse_wire_values_then_names() {
        use crate::types::Privilege;
        assert_eq!(
            "createCase".parse::<Privilege>().unwrap(),
            Privilege::CreateCase
        );
        for name in ["create-case", "create_case", "CreateCase", "CREATE-CASE"] {
            assert_eq!(
                name.parse::<Privilege>().unwrap(),
                Privilege::CreateCase,
                "{name}"
            );
        }
        assert_eq!("Close".parse::<CaseAction>().unwrap(), CaseAction::Close);
        // anything else is an unknown value, kept as given
        let other = "create-cases".parse::<Privilege>().unwrap();
        assert_eq!(other.value(), "create-cases");
    }

    #[test]
    fn names_are_read_word_by_word() {
        use super::names_variant;
        assert!(names_variant("create-case-isv", "CreateCaseIsv"));
        assert!(names_variant("create_case-isv", "CreateCaseIsv"));
        assert!(names_variant("createcaseisv", "CreateCaseIsv"));
        assert!(!names_variant("createc-aseisv", "CreateCaseIsv"));
        assert!(!names_variant("create-case", "CreateCaseIsv"));
        assert!(!names_variant("", "Close"));
        assert!(names_variant("ipv6-address", "Ipv6Address"));
    }

    #[test]
    fn string_sets_are_open() {
        let a: CaseAction = serde_json::from_str("\"close\"").unwrap();
        assert_eq!(a, CaseAction::Close);
        let new: CaseAction = serde_json::from_str("\"reopen\"").unwrap();
        assert_eq!(new.value(), "reopen");
        assert_eq!(serde_json::to_string(&new).unwrap(), "\"reopen\"");
        assert_eq!(CaseAction::from("press"), CaseAction::Press);
        assert_eq!(CaseAction::Delete.to_string(), "delete");
    }
}
