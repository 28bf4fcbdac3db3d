//! Regions and their OSM endpoints, resolved as the official SDKs resolve them.
//!
//! For a region id, the endpoint(s) come from, in order:
//! 1. `HUAWEICLOUD_SDK_REGION_OSM_<REGION>` (the id upper-cased, `-` as `_`, e.g.
//!    `HUAWEICLOUD_SDK_REGION_OSM_CN_SOUTH_1`), comma-separated endpoints;
//! 2. the regions file `HUAWEICLOUD_SDK_REGIONS_FILE` (default `~/.huaweicloud/regions.yaml`):
//!    `OSM: [{id: cn-south-1, endpoint: https://..., endpoints: [...]}]`;
//! 3. the table below ([`REGIONS`]): the endpoint of Huawei Cloud's API reference, with the
//!    one the official SDKs' `osm_region.py` lists beside it;
//! 4. any other id: `https://osm.<region>.myhuaweicloud.com` (the SDKs refuse unknown ids; OSM
//!    is global, so this only matters for a new region).
//!
//! [`ClientBuilder::region`](crate::ClientBuilder::region) uses it; explicit endpoints and
//! `OSM_ENDPOINT` win over the region.

use std::path::PathBuf;

use osm_auth::Environment;

use crate::error::Error;

/// Environment variable prefix of per-region endpoint overrides (`..._OSM_<REGION>`).
pub const ENV_REGION_PREFIX: &str = "HUAWEICLOUD_SDK_REGION";
/// Environment variable naming the regions file.
pub const ENV_REGIONS_FILE: &str = "HUAWEICLOUD_SDK_REGIONS_FILE";
/// The service name in overrides and in the regions file.
pub const SERVICE: &str = "OSM";

/// A region OSM is documented in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegionInfo {
    /// The region id, e.g. `cn-south-1`.
    pub id: &'static str,
    /// The endpoint of Huawei Cloud's API reference (what the client uses).
    pub endpoint: &'static str,
    /// The endpoint the official SDKs list (`osm_region.py` of `huaweicloudsdkosm` 3.1.219).
    pub sdk_endpoint: &'static str,
}

/// Every region OSM is documented in.
pub const REGIONS: &[RegionInfo] = &[RegionInfo {
    id: "cn-south-1",
    endpoint: "https://osm.cn-south-1.myhuaweicloud.com",
    sdk_endpoint: "https://osm.cn-south-1.myhuaweicloud.cn",
}];

/// The name of the override variable for `region`.
pub fn override_variable(region: &str) -> String {
    format!(
        "{ENV_REGION_PREFIX}_{SERVICE}_{}",
        region.replace('-', "_").to_ascii_uppercase()
    )
}

/// The endpoints of `region`, as the module documentation describes.
pub(crate) fn endpoints(region: &str, env: &dyn Environment) -> Result<Vec<String>, Error> {
    if region.trim().is_empty() || region.contains(['/', ' ', ':']) {
        return Err(Error::Config(format!(
            "region {region:?} is not a region id (e.g. cn-south-1)"
        )));
    }
    let variable = override_variable(region);
    if let Some(list) = env.var(&variable).filter(|v| !v.trim().is_empty()) {
        return Ok(split(&list));
    }
    if let Some(found) = from_regions_file(region, env)? {
        return Ok(found);
    }
    Ok(vec![REGIONS.iter().find(|r| r.id == region).map_or_else(
        || format!("https://osm.{region}.myhuaweicloud.com"),
        |r| r.endpoint.to_owned(),
    )])
}

fn split(list: &str) -> Vec<String> {
    list.split(',')
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The regions file's endpoints for `region`; `None` when there is no file or no entry.
fn from_regions_file(region: &str, env: &dyn Environment) -> Result<Option<Vec<String>>, Error> {
    let path = match env.var(ENV_REGIONS_FILE).filter(|p| !p.trim().is_empty()) {
        Some(p) => PathBuf::from(p),
        None => match env.home_dir() {
            Some(home) => home.join(".huaweicloud").join("regions.yaml"),
            None => return Ok(None),
        },
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Error::Config(format!(
                "cannot read the regions file {}: {e}",
                path.display()
            )));
        }
    };
    let doc: serde_yaml_ng::Value = serde_yaml_ng::from_str(&text).map_err(|e| {
        Error::Config(format!(
            "the regions file {} is not valid YAML: {e}; expected `OSM: [{{id: cn-south-1, endpoint: https://...}}]`",
            path.display()
        ))
    })?;
    let Some(services) = doc.as_mapping() else {
        return Ok(None);
    };
    let entries = services
        .iter()
        .find(|(k, _)| k.as_str().is_some_and(|k| k.eq_ignore_ascii_case(SERVICE)))
        .and_then(|(_, v)| v.as_sequence());
    for entry in entries.into_iter().flatten() {
        if entry.get("id").and_then(|v| v.as_str()) != Some(region) {
            continue;
        }
        let mut found: Vec<String> = entry
            .get("endpoints")
            .and_then(|v| v.as_sequence())
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect();
        if let Some(one) = entry.get("endpoint").and_then(|v| v.as_str()) {
            found.push(one.to_owned());
        }
        if !found.is_empty() {
            return Ok(Some(found));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::collections::HashMap;

    use super::*;

    fn env(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn the_table_then_the_pattern() {
        let none = env(&[("HOME", "/nonexistent-osm-home")]);
        assert_eq!(
            endpoints("cn-south-1", &none).unwrap(),
            ["https://osm.cn-south-1.myhuaweicloud.com"]
        );
        assert_eq!(
            endpoints("ap-southeast-3", &none).unwrap(),
            ["https://osm.ap-southeast-3.myhuaweicloud.com"]
        );
        assert!(endpoints("", &none).is_err());
        assert!(endpoints("http://x", &none).is_err());
    }

    #[test]
    fn the_sdks_override_variable_wins() {
        assert_eq!(
            override_variable("cn-south-1"),
            "HUAWEICLOUD_SDK_REGION_OSM_CN_SOUTH_1"
        );
        let e = env(&[(
            "HUAWEICLOUD_SDK_REGION_OSM_CN_SOUTH_1",
            "https://a.example, https://b.example",
        )]);
        assert_eq!(
            endpoints("cn-south-1", &e).unwrap(),
            ["https://a.example", "https://b.example"]
        );
    }

    #[test]
    fn the_regions_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("regions.yaml");
        std::fs::write(
            &path,
            "ECS: [{id: cn-south-1, endpoint: https://ecs.example}]\nosm:\n  - id: cn-south-1\n    endpoints: [https://one.example]\n    endpoint: https://two.example\n",
        )
        .unwrap();
        let e = env(&[(ENV_REGIONS_FILE, path.to_str().unwrap())]);
        assert_eq!(
            endpoints("cn-south-1", &e).unwrap(),
            ["https://one.example", "https://two.example"]
        );
        // not in the file: the table
        assert_eq!(
            endpoints("cn-north-4", &e).unwrap(),
            ["https://osm.cn-north-4.myhuaweicloud.com"]
        );
        std::fs::write(&path, "OSM: [unclosed").unwrap();
        let err = endpoints("cn-south-1", &e).unwrap_err().to_string();
        assert!(err.contains("not valid YAML"), "{err}");
    }
}
