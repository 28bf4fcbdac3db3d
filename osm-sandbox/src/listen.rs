//! The `--listen` address: `host:port`, `localhost:port`, `[v6]:port` or a bare port.

use std::net::{IpAddr, Ipv4Addr, SocketAddr, ToSocketAddrs as _};

/// `--listen` could not be understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "--listen {value:?}: {reason}; use HOST:PORT (127.0.0.1:8080, localhost:8080, [::1]:8080) or a bare PORT (8080 = 127.0.0.1:8080)"
)]
pub struct ListenParseError {
    /// The value as given.
    pub value: String,
    /// What is wrong with it.
    pub reason: String,
}

/// Parses a listen address. A bare port and `localhost:PORT` mean `127.0.0.1:PORT` (the
/// sandbox is for local use: an explicit address is needed to listen beyond loopback); other
/// host names are resolved and the first address is taken.
pub fn parse_listen(value: &str) -> Result<SocketAddr, ListenParseError> {
    let err = |reason: &str| ListenParseError {
        value: value.to_owned(),
        reason: reason.to_owned(),
    };
    let text = value.trim();
    if text.is_empty() {
        return Err(err("empty"));
    }
    if text.bytes().all(|b| b.is_ascii_digit()) {
        let port = text
            .parse::<u16>()
            .map_err(|_| err("the port is not between 0 and 65535"))?;
        return Ok(SocketAddr::from((Ipv4Addr::LOCALHOST, port)));
    }
    if let Ok(addr) = text.parse::<SocketAddr>() {
        return Ok(addr);
    }
    let Some((host, port)) = text.rsplit_once(':') else {
        return Err(err("no port"));
    };
    let port = port
        .parse::<u16>()
        .map_err(|_| err("the port is not a number between 0 and 65535"))?;
    if host.is_empty() {
        return Err(err("no host before the port"));
    }
    if host.eq_ignore_ascii_case("localhost") {
        return Ok(SocketAddr::from((Ipv4Addr::LOCALHOST, port)));
    }
    if host.parse::<IpAddr>().is_ok() || host.contains(['[', ']']) {
        return Err(err(
            "not a valid IP address (IPv6 goes in brackets: [::1]:8080)",
        ));
    }
    (host, port)
        .to_socket_addrs()
        .map_err(|e| err(&format!("host {host} cannot be resolved ({e})")))?
        .next()
        .ok_or_else(|| err(&format!("host {host} has no address")))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn forms() {
        let local = |p| SocketAddr::from((Ipv4Addr::LOCALHOST, p));
        assert_eq!(parse_listen("8080").unwrap(), local(8080));
        assert_eq!(parse_listen("0").unwrap(), local(0));
        assert_eq!(parse_listen("localhost:8081").unwrap(), local(8081));
        assert_eq!(parse_listen("LOCALHOST:1").unwrap(), local(1));
        assert_eq!(parse_listen("127.0.0.1:9").unwrap(), local(9));
        assert_eq!(
            parse_listen("0.0.0.0:80").unwrap(),
            "0.0.0.0:80".parse().unwrap()
        );
        assert_eq!(
            parse_listen("[::1]:80").unwrap(),
            "[::1]:80".parse().unwrap()
        );
        for bad in [
            "",
            "70000",
            "localhost",
            "localhost:x",
            ":80",
            "[::1:80",
            "::1:80",
        ] {
            let e = parse_listen(bad).unwrap_err().to_string();
            assert!(
                e.contains("--listen") && e.contains("HOST:PORT"),
                "{bad}: {e}"
            );
        }
    }
}
