//! The client's address: the socket's peer, or — when the peer is a trusted
//! proxy — the right-most `X-Forwarded-For` entry that is not one; and the key
//! per-address limits count it under (an IPv6 client by its /64).

use std::net::{IpAddr, Ipv6Addr};

use axum::http::HeaderMap;
use ipnet::IpNet;

/// The client's address as far as the trusted proxies vouch for it.
#[must_use]
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(&canonical(*ip)));
    if !is_trusted(&peer) {
        return canonical(peer);
    }
    let mut hops: Vec<IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .filter_map(|hop| hop.trim().parse::<IpAddr>().ok())
        .collect();
    hops.reverse();
    hops.into_iter()
        .map(canonical)
        .find(|hop| !is_trusted(hop))
        .unwrap_or_else(|| canonical(peer))
}

/// What per-address limits count: an IPv4 address, or an IPv6 address's /64
/// (one client easily holds a whole /64).
#[must_use]
pub fn limit_key(ip: IpAddr) -> IpAddr {
    match canonical(ip) {
        IpAddr::V6(v6) => {
            let [a, b, c, d, ..] = v6.segments();
            IpAddr::V6(Ipv6Addr::new(a, b, c, d, 0, 0, 0, 0))
        }
        v4 => v4,
    }
}

/// An IPv4-mapped IPv6 address as the IPv4 address it is.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn forwarded(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn forwarded_for_is_believed_only_from_trusted_proxies() {
        let trusted: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap()];
        let headers = forwarded("203.0.113.9, 198.51.100.7, 10.1.2.3");
        assert_eq!(
            client_ip(ip("10.0.0.1"), &headers, &trusted),
            ip("198.51.100.7")
        );
        assert_eq!(
            client_ip(ip("192.0.2.1"), &headers, &trusted),
            ip("192.0.2.1"),
            "an untrusted peer's header is ignored"
        );
        assert_eq!(
            client_ip(ip("10.0.0.1"), &forwarded("garbage, 10.9.9.9"), &trusted),
            ip("10.0.0.1"),
            "only proxies in the chain: the peer"
        );
    }

    #[test]
    fn ipv6_clients_count_by_their_64_and_mapped_v4_as_v4() {
        assert_eq!(
            limit_key(ip("2001:db8:1:2:aaaa::1")),
            limit_key(ip("2001:db8:1:2:bbbb::9"))
        );
        assert_ne!(
            limit_key(ip("2001:db8:1:2::1")),
            limit_key(ip("2001:db8:1:3::1"))
        );
        assert_eq!(limit_key(ip("::ffff:192.0.2.4")), ip("192.0.2.4"));
    }
}
